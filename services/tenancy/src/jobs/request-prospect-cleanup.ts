import { enqueueEvent } from '@atrium/events';
import { DomainError, type FieldProblem } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import { requireActor } from '../access/require-actor';
import { requirePermission, resolveActorAccess } from '../access/resolve-access';
import { findVisibleClient } from '../clients/visible-client';
import { isUuid } from '../domain/ids';
import { EVENT_SOURCE } from '../events/source';
import { recordAudit } from '../store/audit';
import { createProspectCleanupJob, type Job } from '../store/jobs';
import { inTenant } from '../store/tenant';
import type { Db } from '../store/transaction';
import { TENANCY_ERRORS } from '../domain/errors';

export const CLEANUP_MODES = ['contacted_over_6_months', 'all', 'selected'] as const;
export const MAX_SELECTED_PROSPECTS = 10_000;

export interface ProspectCleanupInput {
  clientId: string;
  mode: string;
  prospectIds: string[];
}

/**
 * Asks for a client's prospect database to be cleaned (docs/product.md "Client accounts"): records a queued job and publishes
 * prospect_cleanup.requested for the campaigns service, which owns prospects and runs the job. Works
 * on active and inactive clients without entering them; removing selected prospects of an inactive
 * client is refused (client_inactive).
 */
export async function requestProspectCleanup(
  db: Db,
  actorOrNone: Actor | undefined,
  input: ProspectCleanupInput,
): Promise<Job> {
  const actor = requireActor(actorOrNone);
  const prospectIds = checkInput(input);
  return inTenant(db, { agencyId: actor.agencyId }, async (tx) => {
    const access = await resolveActorAccess(tx, actor);
    const client = await findVisibleClient(tx, access, input.clientId);
    requirePermission(access, 'clients:delete');
    if (input.mode === 'selected' && client.status === 'inactive')
      throw new DomainError(
        TENANCY_ERRORS.client_inactive,
        'Selected prospects of an inactive client cannot be removed; reactivate it, or clean all of them.',
      );
    const requestedBy = actor.apiKeyId ?? actor.userId;
    const job = await createProspectCleanupJob(tx, {
      agencyId: client.agencyId,
      clientId: client.id,
      requestedBy,
      params: { mode: input.mode, prospectIds },
    });
    await recordAudit(tx, actor, {
      action: 'client.prospect_cleanup_requested',
      targetType: 'job',
      targetId: job.id,
      clientId: client.id,
      after: { mode: input.mode, prospects: prospectIds.length },
    });
    await enqueueEvent(
      tx,
      {
        type: 'atrium.tenancy.v1.prospect_cleanup.requested',
        subject: `agencies/${client.agencyId}/clients/${client.id}/jobs/${job.id}`,
        data: {
          jobId: job.id,
          agencyId: client.agencyId,
          clientId: client.id,
          mode: input.mode,
          prospectIds,
          requestedBy,
        },
      },
      EVENT_SOURCE,
    );
    return job;
  });
}

/** The prospect ids to remove, without repeats: some for mode selected, none otherwise. */
function checkInput(input: ProspectCleanupInput): string[] {
  const problems: FieldProblem[] = [];
  if (!(CLEANUP_MODES as readonly string[]).includes(input.mode))
    problems.push({ field: 'mode', message: `must be one of ${CLEANUP_MODES.join(', ')}` });
  const prospectIds = [...new Set(input.prospectIds)];
  if (input.mode === 'selected') {
    if (prospectIds.length === 0)
      problems.push({ field: 'prospectIds', message: 'is required for mode selected' });
    else if (input.prospectIds.length > MAX_SELECTED_PROSPECTS)
      problems.push({ field: 'prospectIds', message: `must hold at most ${MAX_SELECTED_PROSPECTS} ids` });
    else if (!prospectIds.every(isUuid))
      problems.push({ field: 'prospectIds', message: 'must hold prospect ids (uuids)' });
  } else if (input.prospectIds.length > 0) {
    problems.push({ field: 'prospectIds', message: 'is only for mode selected' });
  }
  if (problems.length > 0)
    throw new DomainError('validation_failed', 'The cleanup request is not valid.', { fields: problems });
  return prospectIds;
}
