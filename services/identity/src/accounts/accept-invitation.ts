import { randomUUID } from 'node:crypto';
import { DomainError } from '@atrium/errors';
import { fromGrpcError, isNotFound } from '@atrium/grpc';
import { checkName, checkNewPassword, normaliseEmail } from '../domain/credentials';
import { inTransaction } from '../store/transaction';
import { createUser, findUserByEmail, type UserRow } from '../store/users';
import { openSession } from '../tokens/session-tokens';
import type { IdentityDeps } from './deps';
import { hashPassword } from './password-hashing';
import type { SignedIn } from './signed-in';
import { isUniqueViolation, userRegistered } from './user-registered';
import { IDENTITY_ERRORS } from '../domain/errors';

export interface AcceptInvitationInput {
  token: string;
  name: string;
  password: string;
  userAgent: string;
  ip: string;
}

export interface AcceptedInvitation extends SignedIn {
  clientId: string;
  role: string;
}

export function invalidToken(): DomainError {
  return new DomainError(
    IDENTITY_ERRORS.invalid_token,
    'The invitation is invalid, already used or expired.',
  );
}

/** A failed ResolveInvitation or ClaimInvitation: an invitation tenancy does not know is an invalid token. */
export function fromInvitationCall(error: unknown): unknown {
  const relayed = fromGrpcError(error);
  return isNotFound(relayed) ? invalidToken() : relayed;
}

/**
 * Spends an invitation tenancy minted: creates the invitee's identity (or takes the one that
 * already has the email, which keeps its password), lets tenancy give it the role, and opens a
 * session in the invitation's agency. Tenancy claims the token before identity commits, so a
 * refused claim rolls a new identity back.
 */
export async function acceptInvitation(
  deps: IdentityDeps,
  input: AcceptInvitationInput,
): Promise<AcceptedInvitation> {
  const { invitation } = await deps.tenancy
    .ResolveInvitation({ token: input.token })
    .catch((error: unknown) => {
      throw fromInvitationCall(error);
    });
  if (!invitation) throw invalidToken();
  const email = normaliseEmail(invitation.email);
  const existing = await findUserByEmail(deps.db, email);
  const person: { user: UserRow } | { create: NewIdentity } = existing
    ? { user: existing }
    : { create: await newIdentity(input, email, invitation.name, invitation.agencyId) };
  try {
    return await inTransaction(
      deps.db,
      async (tx) => {
        let user: UserRow;
        if ('user' in person) {
          user = person.user;
        } else {
          user = await createUser(tx, person.create);
          await userRegistered(tx, user, invitation.agencyId);
        }
        const claimed = await deps.tenancy
          .ClaimInvitation({
            token: input.token,
            userId: user.id,
            userName: user.name,
            userEmail: user.email,
          })
          .catch((error: unknown) => {
            throw fromInvitationCall(error);
          });
        const agencyId = claimed.invitation?.agencyId || invitation.agencyId;
        const tokens = await openSession(tx, deps.keys, deps.tokens, {
          userId: user.id,
          agencyId,
          userAgent: input.userAgent,
          ip: input.ip,
        });
        return {
          tokens,
          user,
          agency: { id: agencyId, name: claimed.agency?.name ?? '' },
          clientId: claimed.invitation?.clientId ?? invitation.clientId,
          role: claimed.invitation?.role ?? invitation.role,
        };
      },
      { timeout: deps.transactionTimeoutMs },
    );
  } catch (error) {
    // A concurrent acceptance created the identity first, and so spent the token.
    if (isUniqueViolation(error)) throw invalidToken();
    throw error;
  }
}

type NewIdentity = Awaited<ReturnType<typeof newIdentity>>;

/** A new identity's fields: its name defaults to the invitation's; a strong password is required. */
async function newIdentity(
  input: AcceptInvitationInput,
  email: string,
  invitedName: string,
  agencyId: string,
) {
  const name = checkName(input.name || invitedName);
  if (!input.password) {
    throw new DomainError('validation_failed', 'Choose a password for your new account.', {
      fields: [{ field: 'password', message: 'is required to create your account' }],
    });
  }
  checkNewPassword(input.password, 'password', [email, name]);
  return {
    id: randomUUID(),
    email,
    name,
    passwordHash: await hashPassword(input.password),
    defaultAgencyId: agencyId,
  };
}
