import type { ReceivedEvent } from '@atrium/events';
import { requireIds } from '@atrium/events';
import { fromGrpcError, isNotFound, type PromiseClient } from '@atrium/grpc';
import type { Logger } from '@atrium/logger';
import type { tenancy } from '@atrium/proto';
import { clientLoginUrl, clientPageUrl } from '../domain/links';
import { renderSystemNotice } from '../domain/templates';
import { createNotifications } from '../notifications/create-notifications';
import { brandingFor } from '../store/brandings';
import type { Tx } from '../store/transaction';
import { queueEmail, type EmailDeps } from './queue-email';

type ImportFinished = ReceivedEvent<'atrium.campaigns.v1.prospect_import.finished'>;

/** What the notice says: the outcome and the figures, the same in the bell and the email. */
export function listUploadNotice(data: ImportFinished['data']): { title: string; body: string } {
  const file = data.fileName ? `"${data.fileName}"` : 'The list';
  const figures =
    `${data.rowsRead} rows read: ${data.imported} new prospects, ${data.updated} updated, ` +
    `${data.skipped} skipped as duplicates, ${data.failed} not imported.`;
  if (data.status === 'PROSPECT_IMPORT_STATUS_SUCCEEDED')
    return { title: 'List upload done', body: `${file} was imported. ${figures}` };
  const where = data.failureLine > 0 ? ` (line ${data.failureLine})` : '';
  return {
    title: 'List upload failed',
    body: `${file} stopped before its end${where}: ${data.failureReason}\n\n${figures}`,
  };
}

/**
 * prospect_import.finished → "list upload done" (or failed) with the figures: a bell notice for whoever
 * started it and a branded system notice to the client's profile contact (docs/product.md
 * "Notifications"). Notification keeps no client contacts: it reads the client from tenancy as the
 * person who started the import, so someone who lost access to the client meanwhile has the bell
 * notice only. An import started by an API key has no person to tell in the bell, and no email.
 */
export async function emailListUploadDone(
  tx: Tx,
  deps: EmailDeps & {
    tenancy: PromiseClient<tenancy.TenancyServiceDefinition>;
    logger: Logger;
    grpcDeadlineMs: number;
  },
  event: ImportFinished,
): Promise<void> {
  const { data } = event;
  const { agencyId, clientId, requestedBy } = data;
  if (!requireIds(deps.logger, event, { agencyId, clientId, requestedBy })) return;
  const notice = listUploadNotice(data);
  const actor = { userId: requestedBy, agencyId, ...(data.requestedInClient && { clientId }) };
  let client: tenancy.Client__Output | null = null;
  try {
    client = (await deps.tenancy.GetClient({ clientId }, { actor, deadlineMs: deps.grpcDeadlineMs })).client;
  } catch (error) {
    const answer = fromGrpcError(error);
    if (!isNotFound(answer)) throw answer;
  }
  if (!client) {
    deps.logger.info(
      { eventId: event.id, agencyId, clientId },
      'list upload by someone without the client; nobody told',
    );
    return;
  }
  await createNotifications(tx, event.id, [
    { userId: requestedBy, agencyId, kind: 'prospect_import.finished', ...notice, clientId },
  ]);
  const recipient = client.profileContact?.email;
  if (!recipient) return;
  const branding = await brandingFor(tx, agencyId);
  await queueEmail(tx, {
    event,
    kind: 'system_notice',
    recipient,
    agencyId,
    clientId,
    branding,
    rendered: renderSystemNotice(branding, {
      ...notice,
      link: {
        label: 'Open the client',
        url: clientPageUrl(clientLoginUrl(deps.publicAppUrl, branding.loginSlug), clientId),
      },
    }),
  });
}
