import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@atrium/events';
import type { PromiseClient } from '@atrium/grpc';
import type { tenancy } from '@atrium/proto';
import type { Tx } from '../store/db';

/**
 * client.created → a bell notification for everyone with access to the new
 * client. The unique (event, recipient) key makes a redelivery harmless.
 */
export async function notifyClientCreated(
  tx: Tx,
  tenancyClient: PromiseClient<tenancy.TenancyServiceDefinition>,
  event: EventEnvelope,
): Promise<void> {
  const created = event.data as unknown as tenancy.ClientCreated__Output;
  const { userIds } = await tenancyClient.ListClientAudience({
    agencyId: created.agencyId,
    clientId: created.clientId,
  });
  await tx.notification.createMany({
    data: userIds.map((userId) => ({
      id: randomUUID(),
      userId,
      agencyId: created.agencyId,
      kind: 'client.created',
      title: `Client "${created.name}" created`,
      body: `The client account "${created.name}" was added to your agency.`,
      clientId: created.clientId,
      sourceEventId: event.id,
    })),
    skipDuplicates: true,
  });
}
