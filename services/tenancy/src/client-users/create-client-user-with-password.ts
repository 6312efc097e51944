import type { identity } from '@atrium/proto';
import { fromGrpcError, type PromiseClient } from '@atrium/grpc';
import type { Actor, Logger } from '@atrium/logger';
import { requireActor } from '../access/require-actor';
import { findClientUser, type ClientUser } from '../store/client-users';
import { inTenant } from '../store/tenant';
import type { Db } from '../store/transaction';
import { createClientUser, type CreateClientUserInput, type CreatedClientUser } from './create-client-user';
import { discardClientUser } from './remove-client-user';

/** The one identity RPC this workflow needs: it gives the invited person an identity with the password. */
export type IdentityProvisioning = Pick<
  PromiseClient<identity.IdentityServiceDefinition>,
  'ProvisionInvitedUser'
>;

export interface PasswordWorkflowDeps {
  db: Db;
  identity: IdentityProvisioning;
  logger: Logger;
}

/**
 * Adds a client user with the initial password the agency sets, as one request: tenancy creates the
 * user with a silent invitation and commits (identity claims that invitation from tenancy in a call of
 * its own), identity's ProvisionInvitedUser spends it with the password, and should identity refuse
 * (a weak password) or not answer, the user is removed again, so no half-created user remains. The
 * answer is the user as they are now: active, with their identity.
 */
export async function createClientUserWithPassword(
  deps: PasswordWorkflowDeps,
  actorOrNone: Actor | undefined,
  input: Omit<CreateClientUserInput, 'withPassword'> & { password: string },
): Promise<CreatedClientUser> {
  const actor = requireActor(actorOrNone);
  const { password, ...fields } = input;
  const created = await createClientUser(deps.db, actor, { ...fields, withPassword: true });
  const clientUser = created.clientUser;
  try {
    await deps.identity.ProvisionInvitedUser({
      token: created.invitationToken ?? '',
      name: clientUser.name,
      password,
    });
  } catch (error) {
    await discardClientUser(deps.db, actor, { clientId: clientUser.clientId, userId: clientUser.id }).catch(
      (discardError: unknown) =>
        // Identity may have provisioned the person after all (an answer lost to the deadline): then
        // the user has an identity and stays. Otherwise the unused invitation expires in 15 minutes.
        deps.logger.error(
          { err: discardError, clientUserId: clientUser.id },
          'could not discard a client user whose identity was not provisioned',
        ),
    );
    // Relayed as identity answered (validation_failed naming password), or service_unavailable.
    throw fromGrpcError(error);
  }
  return {
    clientUser: await currentState(deps.db, actor, clientUser),
    invitation: created.invitation,
    invitationToken: null,
  };
}

/** Provisioning claimed the invitation and so activated the user; answer what tenancy holds now. */
async function currentState(
  db: Db,
  actor: Actor & { agencyId: string },
  clientUser: ClientUser,
): Promise<ClientUser> {
  const now = await inTenant(db, { agencyId: actor.agencyId }, (tx) =>
    findClientUser(tx, clientUser.clientId, clientUser.id),
  );
  return now ?? clientUser;
}
