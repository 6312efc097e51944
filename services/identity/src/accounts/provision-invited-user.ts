import { randomUUID } from 'node:crypto';
import type { tenancy } from '@atrium/proto';
import { checkName, checkNewPassword, normaliseEmail } from '../domain/credentials';
import { inTransaction } from '../store/transaction';
import { createUser, findUserByEmail } from '../store/users';
import { fromInvitationCall, invalidToken } from './accept-invitation';
import type { IdentityDeps } from './deps';
import { hashPassword } from './password-hashing';
import { isUniqueViolation, userRegistered } from './user-registered';

export interface ProvisionInvitedUserInput {
  token: string;
  name: string;
  password: string;
}

/** Who an initial password is for, as identity stores them: the email normalised, the name checked. */
export interface InitialPasswordHolder {
  email: string;
  name: string;
}

/**
 * Judges the initial password the agency chose, before anything is written: the name must do for a
 * new identity and the password be strong, with the person's email and name counting as guessable.
 * Checked whether or not the email has an identity, so the answer does not tell which.
 */
export function checkInitialPassword(person: {
  email: string;
  name: string;
  password: string;
}): InitialPasswordHolder {
  const email = normaliseEmail(person.email);
  const name = checkName(person.name);
  checkNewPassword(person.password, 'password', [email, name]);
  return { email, name };
}

export interface SilentInvitation extends InitialPasswordHolder {
  /** The raw token of the client invitation tenancy minted with with_password. */
  token: string;
  agencyId: string;
  /** Already judged by checkInitialPassword. */
  password: string;
}

/**
 * Spends a silent client invitation with an initial password the caller has judged: creates the
 * identity with it, or takes the one that already has the email (which keeps its own password), and
 * has tenancy claim the invitation, which gives it the client role and makes the client user active.
 * The password is hashed whether or not the email has an identity, so the answer takes as long either
 * way. Answers tenancy's claim.
 */
export async function spendSilentInvitation(
  deps: IdentityDeps,
  invitation: SilentInvitation,
): Promise<tenancy.ClaimInvitationResponse__Output> {
  const passwordHash = await hashPassword(invitation.password);
  const existing = await findUserByEmail(deps.db, invitation.email);
  try {
    return await inTransaction(
      deps.db,
      async (tx) => {
        let user = existing;
        if (!user) {
          user = await createUser(tx, {
            id: randomUUID(),
            email: invitation.email,
            name: invitation.name,
            passwordHash,
            defaultAgencyId: invitation.agencyId,
          });
          await userRegistered(tx, user, invitation.agencyId);
        }
        // Tenancy claims the token before identity commits, so a refused claim rolls a new identity back.
        return await deps.tenancy
          .ClaimInvitation({
            token: invitation.token,
            userId: user.id,
            userName: user.name,
            userEmail: user.email,
          })
          .catch((error: unknown) => {
            throw fromInvitationCall(error);
          });
      },
      { timeout: deps.transactionTimeoutMs },
    );
  } catch (error) {
    // A concurrent acceptance created the identity first, and so spent the token.
    if (isUniqueViolation(error)) throw invalidToken();
    throw error;
  }
}

/**
 * Spends a client invitation with the initial password the agency chose, as accepting it would but
 * without opening a session: the person signs in later with that password. An existing identity
 * keeps its own password and only gains the client role.
 */
export async function provisionInvitedUser(
  deps: IdentityDeps,
  input: ProvisionInvitedUserInput,
): Promise<{ clientId: string; role: string }> {
  const { invitation } = await deps.tenancy
    .ResolveInvitation({ token: input.token })
    .catch((error: unknown) => {
      throw fromInvitationCall(error);
    });
  // Agency members choose their own password by accepting their invitation.
  if (!invitation?.clientId) throw invalidToken();
  const person = checkInitialPassword({
    email: invitation.email,
    name: input.name || invitation.name,
    password: input.password,
  });
  const claimed = await spendSilentInvitation(deps, {
    ...person,
    token: input.token,
    agencyId: invitation.agencyId,
    password: input.password,
  });
  return {
    clientId: claimed.invitation?.clientId ?? invitation.clientId,
    role: claimed.invitation?.role ?? invitation.role,
  };
}
