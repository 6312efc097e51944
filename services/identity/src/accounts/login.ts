import { DomainError } from '@atrium/errors';
import { normaliseEmail } from '../domain/credentials';
import { openSession } from '../tokens/session-tokens';
import type { IdentityDeps } from './deps';
import type { SignedUp } from './sign-up';
import { verifyAgainstDummy, verifyPassword } from './password-hashing';

export interface LoginInput {
  email: string;
  password: string;
  userAgent: string;
  ip: string;
}

const INVALID = 'The email or password is not correct.';

/** Checks the password and opens a session in the person's default agency. */
export async function login(deps: IdentityDeps, input: LoginInput): Promise<SignedUp> {
  const user = await deps.db.user.findUnique({ where: { email: normaliseEmail(input.email) } });
  if (!user) {
    // Same answer and comparable time whether the email or the password is wrong.
    await verifyAgainstDummy(input.password);
    throw new DomainError('invalid_credentials', INVALID);
  }
  if (!(await verifyPassword(user.passwordHash, input.password)))
    throw new DomainError('invalid_credentials', INVALID);
  const agencyId = user.defaultAgencyId;
  const [tokens, access] = await Promise.all([
    deps.db.$transaction((tx) =>
      openSession(tx, deps.keys, deps.tokens, {
        userId: user.id,
        agencyId,
        userAgent: input.userAgent,
        ip: input.ip,
      }),
    ),
    agencyId
      ? deps.tenancy.GetAccess({ userId: user.id, agencyId }, { actor: { userId: user.id, agencyId } })
      : null,
  ]);
  return {
    tokens,
    user,
    agency: { id: access?.agency?.id ?? '', name: access?.agency?.name ?? '' },
  };
}
