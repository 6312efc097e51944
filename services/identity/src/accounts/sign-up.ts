import { randomUUID } from 'node:crypto';
import { DomainError } from '@atrium/errors';
import { fromGrpcError } from '@atrium/grpc';
import { checkName, checkNewPassword, normaliseEmail } from '../domain/credentials';
import { inTransaction } from '../store/transaction';
import { createUser, findUserByEmail } from '../store/users';
import { openSession } from '../tokens/session-tokens';
import type { IdentityDeps } from './deps';
import { hashPassword } from './password-hashing';
import type { SignedIn } from './signed-in';
import { isUniqueViolation, userRegistered } from './user-registered';
import { IDENTITY_ERRORS } from '../domain/errors';

export interface SignUpInput {
  agencyName: string;
  name: string;
  email: string;
  password: string;
  userAgent: string;
  ip: string;
}

const EMAIL_IN_USE = 'An account with this email already exists; log in instead.';

function emailInUse(): DomainError {
  return new DomainError(IDENTITY_ERRORS.email_in_use, EMAIL_IN_USE, {
    fields: [{ field: 'email', message: 'is already registered' }],
  });
}

/**
 * Creates the identity and, through tenancy, the agency it owns. The agency
 * is created first (idempotent on its id) so a failure never leaves an
 * identity without an agency holding the email hostage.
 */
export async function signUp(deps: IdentityDeps, input: SignUpInput): Promise<SignedIn> {
  const email = normaliseEmail(input.email);
  const name = checkName(input.name);
  checkNewPassword(input.password, 'password', [email, name, input.agencyName]);
  if (await findUserByEmail(deps.db, email)) throw emailInUse();
  const passwordHash = await hashPassword(input.password);
  const userId = randomUUID();
  const { agency } = await deps.tenancy
    .CreateAgency(
      {
        agencyId: randomUUID(),
        name: input.agencyName,
        ownerUserId: userId,
        ownerName: name,
        ownerEmail: email,
      },
      { actor: { userId } },
    )
    .catch((error: unknown) => {
      throw fromGrpcError(error);
    });
  if (!agency) throw new Error('tenancy answered CreateAgency without an agency');
  try {
    return await inTransaction(deps.db, async (tx) => {
      const user = await createUser(tx, {
        id: userId,
        email,
        name,
        passwordHash,
        defaultAgencyId: agency.id,
      });
      await userRegistered(tx, user, agency.id);
      const tokens = await openSession(tx, deps.keys, deps.tokens, {
        userId: user.id,
        agencyId: agency.id,
        userAgent: input.userAgent,
        ip: input.ip,
      });
      return { tokens, user, agency: { id: agency.id, name: agency.name } };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw emailInUse();
    throw error;
  }
}
