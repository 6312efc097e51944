import { DomainError } from '@atrium/errors';
import { isNotFound } from '@atrium/grpc';
import { normaliseEmail } from '../domain/credentials';
import { inTransaction } from '../store/transaction';
import { findUserByEmail, replacePasswordHash } from '../store/users';
import { agencyRef } from '../tenancy/agency-access';
import { openSession } from '../tokens/session-tokens';
import type { IdentityDeps } from './deps';
import { admitPasswordCheck, passwordCheckFailed, passwordCheckSucceeded } from './login-attempts';
import { hashPassword, needsRehash, verifyAgainstDummy, verifyPassword } from './password-hashing';
import type { SignedIn } from './signed-in';
import { IDENTITY_ERRORS } from '../domain/errors';

export interface LoginInput {
  email: string;
  password: string;
  userAgent: string;
  ip: string;
}

const INVALID = 'The email or password is not correct.';

/**
 * Checks the password and opens a session in the person's default agency. Failures count per
 * (email, client address) and per email, known or not (domain/login-throttle.ts); while either
 * refuses, even the right password answers account_locked.
 */
export async function login(deps: IdentityDeps, input: LoginInput): Promise<SignedIn> {
  const email = normaliseEmail(input.email);
  const attempt = await admitPasswordCheck(deps.db, email, input.ip);
  const user = await findUserByEmail(deps.db, email);
  // Same answer and comparable time whether the email or the password is wrong.
  const valid = user
    ? await verifyPassword(user.passwordHash, input.password)
    : await verifyAgainstDummy(input.password);
  if (!user || !valid) {
    await passwordCheckFailed(deps.db, attempt, user);
    throw new DomainError(IDENTITY_ERRORS.invalid_credentials, INVALID);
  }
  // A right password for a person who may no longer enter the agency (a removed member, a disabled
  // client user) answers exactly like a wrong one: the answer must not confirm the password.
  const agencyId = user.defaultAgencyId;
  const agency = await agencyRef(deps, user.id, agencyId).catch((error: unknown) => {
    if (isNotFound(error)) return undefined;
    throw error;
  });
  if (!agency) {
    await passwordCheckFailed(deps.db, attempt, user);
    throw new DomainError(IDENTITY_ERRORS.invalid_credentials, INVALID);
  }
  await passwordCheckSucceeded(deps.db, attempt);
  if (needsRehash(user.passwordHash)) {
    // Conditional on the old hash, so a password changed meanwhile is not overwritten.
    await replacePasswordHash(deps.db, user.id, {
      current: user.passwordHash,
      replacement: await hashPassword(input.password),
    });
  }
  const tokens = await inTransaction(deps.db, (tx) =>
    openSession(tx, deps.keys, deps.tokens, {
      userId: user.id,
      agencyId,
      userAgent: input.userAgent,
      ip: input.ip,
    }),
  );
  return { tokens, user, agency };
}
