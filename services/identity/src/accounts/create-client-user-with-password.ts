import { fromGrpcError } from '@atrium/grpc';
import type { tenancy } from '@atrium/proto';
import { normaliseEmail } from '../domain/credentials';
import type { IdentityDeps } from './deps';
import { checkInitialPassword, spendSilentInvitation } from './provision-invited-user';

export interface CreateClientUserWithPasswordInput {
  clientId: string;
  name: string;
  email: string;
  role: string;
  position: string;
  phone: string;
  password: string;
}

/**
 * Adds a client user with the initial password the agency sets, as one request (docs/events.md
 * "Client users and invitations"): the password is judged first, tenancy creates the user with a
 * silent invitation under the caller's actor (so it decides who may manage the client's users), and
 * the invitation is spent at once as ProvisionInvitedUser spends it. Should anything fail once the
 * user exists, tenancy discards it again and the original error is answered, so no half-created user
 * remains. Identity calls tenancy here and tenancy never calls identity, so no call between them
 * comes back round.
 */
export async function createClientUserWithPassword(
  deps: IdentityDeps,
  input: CreateClientUserWithPasswordInput,
): Promise<tenancy.ClientUser__Output> {
  checkInitialPassword(input);
  const { password, ...fields } = input;
  // The caller's actor travels with the call (libs/grpc carries the request context's actor).
  const created = await deps.tenancy
    .CreateClientUser({ ...fields, withPassword: true, sendInvitation: false })
    .catch((error: unknown) => {
      throw fromGrpcError(error);
    });
  const clientUser = created.clientUser;
  if (!clientUser) throw new Error('tenancy answered CreateClientUser without the client user');
  try {
    const claimed = await spendSilentInvitation(deps, {
      // As tenancy stored them: its claim matches the email to the invitation's.
      email: normaliseEmail(clientUser.email),
      name: clientUser.name,
      token: created.invitationToken,
      agencyId: clientUser.agencyId,
      password,
    });
    // A tenancy older than ClaimInvitation's client_user activated the user all the same.
    return claimed.clientUser ?? { ...clientUser, status: 'active' };
  } catch (error) {
    await deps.tenancy
      .DiscardClientUser({ clientId: clientUser.clientId, userId: clientUser.id })
      .catch((discardError: unknown) =>
        // Tenancy may have claimed the invitation after all (an answer lost to the deadline): then
        // the user has an identity and stays. Otherwise its unused invitation expires in 15 minutes.
        deps.logger.error(
          { err: discardError, clientUserId: clientUser.id },
          'could not discard a client user whose identity was not provisioned',
        ),
      );
    throw error;
  }
}
