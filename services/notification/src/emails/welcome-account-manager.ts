import type { ReceivedEvent } from '@atrium/events';
import type { PromiseClient } from '@atrium/grpc';
import type { Logger } from '@atrium/logger';
import type { tenancy } from '@atrium/proto';
import { clientLoginUrl, clientPageUrl } from '../domain/links';
import { renderAccountManagerAssigned } from '../domain/templates';
import { requireIds } from '@atrium/events';
import { createNotifications } from '../notifications/create-notifications';
import { brandingFor } from '../store/brandings';
import type { Tx } from '../store/transaction';
import { findMembers } from '../tenancy/find-members';
import { queueEmail, type EmailDeps } from './queue-email';

/**
 * client.updated naming accountManagerId → the new account manager is told in the bell and by a
 * branded email linking to the client. Nobody is told when the client lost its manager, nor when
 * someone made themselves its manager. Their email comes from tenancy's team list (notification keeps
 * no directory of people); someone no longer in the team by then is not told at all.
 */
export async function welcomeAccountManager(
  tx: Tx,
  deps: EmailDeps & {
    tenancy: PromiseClient<tenancy.TenancyServiceDefinition>;
    logger: Logger;
    /** GRPC_DEADLINE_MS: for the whole team list, however many pages it has. */
    grpcDeadlineMs: number;
  },
  event: ReceivedEvent<'atrium.tenancy.v1.client.updated'>,
): Promise<void> {
  const { agencyId, clientId, changedFields, client, updatedBy } = event.data;
  if (!changedFields.includes('accountManagerId')) return;
  if (!client) {
    deps.logger.error({ eventId: event.id }, 'client.updated without its client; skipped');
    return;
  }
  if (!requireIds(deps.logger, event, { agencyId, clientId })) return;
  const managerId = client.accountManagerId;
  if (!managerId || managerId === updatedBy) return;
  const people = await findMembers(deps.tenancy, {
    agencyId,
    member: managerId,
    wanted: [managerId, updatedBy],
    deadlineMs: deps.grpcDeadlineMs,
  });
  const manager = people.get(managerId);
  if (!manager) {
    deps.logger.info(
      { eventId: event.id, agencyId, clientId },
      'the new account manager has left the team; nobody told',
    );
    return;
  }
  await createNotifications(tx, event.id, [
    {
      userId: managerId,
      agencyId,
      kind: 'client.account_manager_assigned',
      title: `You are now the account manager of "${client.name}"`,
      body: `Notices meant for the account manager of "${client.name}" now come to you.`,
      clientId,
    },
  ]);
  if (!manager.email) return;
  const branding = await brandingFor(tx, agencyId);
  await queueEmail(tx, {
    event,
    kind: 'account_manager_assigned',
    recipient: manager.email,
    agencyId,
    clientId,
    branding,
    rendered: renderAccountManagerAssigned(branding, {
      recipientName: manager.name,
      clientName: client.name,
      clientOwnerName: client.ownerName,
      assignedByName: people.get(updatedBy)?.name ?? '',
      clientUrl: clientPageUrl(clientLoginUrl(deps.publicAppUrl, branding.loginSlug), clientId),
    }),
  });
}
