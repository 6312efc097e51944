import { enqueueEvent } from '@atrium/events';
import { DomainError } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import { requireActor } from '../access/require-actor';
import { requirePermission, resolveActorAccess } from '../access/resolve-access';
import { EVENT_SOURCE } from '../events/source';
import { recordAudit } from '../store/audit';
import { recordDeletionRequest } from '../store/client-deletions';
import { findClient, markClientDeleting, type ClientRecord } from '../store/clients';
import { inTenant } from '../store/tenant';
import type { Db } from '../store/transaction';
import { purgeClient } from '../purge/purge-client';
import { findVisibleClient } from './visible-client';
import { TENANCY_ERRORS } from '../domain/errors';

export interface DeleteClientInput {
  clientId: string;
  /** The client's exact name, repeated by the caller. */
  confirm: string;
}

/**
 * Starts deleting an inactive client (docs/product.md "Client lifecycle"): it turns `deleting` at once, so every call
 * inside it answers client_deleted, it leaves the list and stops counting against the plan (the
 * deletion cannot be taken back). client.deletion_requested asks each purge participant to purge
 * its data; tenancy purges its own once all have reported (purge/record-purge-report.ts), or at once
 * when no participant is configured.
 */
export async function deleteClient(
  db: Db,
  actorOrNone: Actor | undefined,
  input: DeleteClientInput,
  participants: readonly string[],
): Promise<ClientRecord> {
  const actor = requireActor(actorOrNone);
  if (!input.confirm)
    throw new DomainError('validation_failed', "Repeat the client's name to confirm.", {
      fields: [{ field: 'confirm', message: "is required: the client's exact name" }],
    });
  return inTenant(db, { agencyId: actor.agencyId }, async (tx) => {
    const access = await resolveActorAccess(tx, actor);
    const current = await findVisibleClient(tx, access, input.clientId);
    requirePermission(access, 'clients:delete');
    if (current.status !== 'inactive')
      throw new DomainError(
        TENANCY_ERRORS.client_active,
        'Only an inactive client can be deleted; deactivate it first.',
      );
    if (input.confirm !== current.name)
      throw new DomainError(
        TENANCY_ERRORS.confirmation_mismatch,
        "The confirmation is not the client's exact name.",
        {
          fields: [{ field: 'confirm', message: "must be the client's exact name" }],
        },
      );
    if (!(await markClientDeleting(tx, current.id)))
      throw new DomainError(TENANCY_ERRORS.client_active, 'The client changed meanwhile; try again.');
    const requestedBy = actor.apiKeyId ?? actor.userId;
    await recordDeletionRequest(tx, {
      agencyId: current.agencyId,
      clientId: current.id,
      requestedBy,
      participants,
    });
    await recordAudit(tx, actor, {
      action: 'client.deletion_requested',
      targetType: 'client',
      targetId: current.id,
      clientId: current.id,
      before: { status: current.status },
      after: { status: 'deleting' },
    });
    await enqueueEvent(
      tx,
      {
        type: 'atrium.tenancy.v1.client.deletion_requested',
        subject: `agencies/${current.agencyId}/clients/${current.id}`,
        data: {
          agencyId: current.agencyId,
          clientId: current.id,
          requestedBy,
          participants: [...participants],
        },
      },
      EVENT_SOURCE,
    );
    const deleting = (await findClient(tx, current.id))!;
    if (participants.length === 0) await purgeClient(tx, current.agencyId, current.id);
    return deleting;
  });
}
