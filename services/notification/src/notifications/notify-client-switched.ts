import type { EventEnvelope, ReceivedEvent } from '@atrium/events';
import type { PromiseClient } from '@atrium/grpc';
import type { Logger } from '@atrium/logger';
import type { tenancy } from '@atrium/proto';
import { requireIds } from '@atrium/events';
import type { Tx } from '../store/transaction';
import { clientAudience } from '../tenancy/client-audience';
import { createNotifications } from './create-notifications';

export interface ClientNoticeDeps {
  tenancy: PromiseClient<tenancy.TenancyServiceDefinition>;
  logger: Logger;
}

/** client.deactivated → a bell notice for everyone with access to the client but the one who did it. */
export async function notifyClientDeactivated(
  tx: Tx,
  deps: ClientNoticeDeps,
  event: ReceivedEvent<'atrium.tenancy.v1.client.deactivated'>,
): Promise<void> {
  const switched = event.data;
  if (!requireIds(deps.logger, event, { agencyId: switched.agencyId, clientId: switched.clientId })) return;
  await notifyAudience(tx, deps, event, {
    agencyId: switched.agencyId,
    clientId: switched.clientId,
    actorId: switched.deactivatedBy,
    kind: 'client.deactivated',
    title: `Client "${switched.name}" deactivated`,
    body: 'Its running campaigns were stopped; its data is kept and still counts against your plan.',
  });
}

/** client.reactivated → a bell notice for everyone with access to the client but the one who did it. */
export async function notifyClientReactivated(
  tx: Tx,
  deps: ClientNoticeDeps,
  event: ReceivedEvent<'atrium.tenancy.v1.client.reactivated'>,
): Promise<void> {
  const switched = event.data;
  if (!requireIds(deps.logger, event, { agencyId: switched.agencyId, clientId: switched.clientId })) return;
  await notifyAudience(tx, deps, event, {
    agencyId: switched.agencyId,
    clientId: switched.clientId,
    actorId: switched.reactivatedBy,
    kind: 'client.reactivated',
    title: `Client "${switched.name}" reactivated`,
    body: 'Its campaigns stay stopped until you start them.',
  });
}

async function notifyAudience(
  tx: Tx,
  deps: ClientNoticeDeps,
  event: EventEnvelope,
  notice: { agencyId: string; clientId: string; actorId: string; kind: string; title: string; body: string },
): Promise<void> {
  const { agencyId, clientId, actorId, kind, title, body } = notice;
  const audience = await clientAudience(deps.tenancy, agencyId, clientId);
  await createNotifications(
    tx,
    event.id,
    audience
      .filter((userId) => userId !== actorId)
      .map((userId) => ({ userId, agencyId, kind, title, body, clientId })),
  );
}
