import { randomUUID } from 'node:crypto';
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

/**
 * Spends a client invitation with the initial password the agency chose, as accepting it would but
 * without opening a session: the person signs in later with that password. The password is checked
 * whether or not the email already has an identity, and hashed either way, so neither the answer
 * nor its duration tells which; an existing identity keeps its own password and only gains the
 * client role.
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
  const email = normaliseEmail(invitation.email);
  const name = checkName(input.name || invitation.name);
  checkNewPassword(input.password, 'password', [email, name]);
  // Hashed whether or not the email has an identity, so the answer takes as long either way; an
  // existing identity keeps its own password and this hash is dropped.
  const passwordHash = await hashPassword(input.password);
  const existing = await findUserByEmail(deps.db, email);
  try {
    return await inTransaction(
      deps.db,
      async (tx) => {
        let user = existing;
        if (!user) {
          user = await createUser(tx, {
            id: randomUUID(),
            email,
            name,
            passwordHash,
            defaultAgencyId: invitation.agencyId,
          });
          await userRegistered(tx, user, invitation.agencyId);
        }
        // Tenancy claims the token before identity commits, so a refused claim rolls a new identity back.
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
        return {
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
