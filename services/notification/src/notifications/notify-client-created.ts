import type { ReceivedEvent } from '@atrium/events';
import type { PromiseClient } from '@atrium/grpc';
import type { Logger } from '@atrium/logger';
import type { tenancy } from '@atrium/proto';
import { requireIds } from '@atrium/events';
import type { Tx } from '../store/transaction';
import { clientAudience } from '../tenancy/client-audience';
import { createNotifications } from './create-notifications';

/** client.created → a bell notification for everyone with access to the new client. */
export async function notifyClientCreated(
  tx: Tx,
  deps: { tenancy: PromiseClient<tenancy.TenancyServiceDefinition>; logger: Logger },
  event: ReceivedEvent<'atrium.tenancy.v1.client.created'>,
): Promise<void> {
  const created = event.data;
  if (!requireIds(deps.logger, event, { agencyId: created.agencyId, clientId: created.clientId })) return;
  const userIds = await clientAudience(deps.tenancy, created.agencyId, created.clientId);
  await createNotifications(
    tx,
    event.id,
    userIds.map((userId) => ({
      userId,
      agencyId: created.agencyId,
      kind: 'client.created',
      title: `Client "${created.name}" created`,
      body: `The client account "${created.name}" was added to your agency.`,
      clientId: created.clientId,
    })),
  );
}
