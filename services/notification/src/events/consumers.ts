import { ensureStream, startConsumer, type NatsConnection } from '@atrium/events';
import type { PromiseClient } from '@atrium/grpc';
import type { Logger } from '@atrium/logger';
import type { tenancy } from '@atrium/proto';
import type { Stoppable } from '@atrium/runtime';
import { notifyClientCreated } from '../notifications/notify-client-created';
import type { Db, Tx } from '../store/db';

export interface ConsumerDeps {
  db: Db;
  nc: NatsConnection;
  namespace: string;
  logger: Logger;
  tenancy: PromiseClient<tenancy.TenancyServiceDefinition>;
}

/** The events notification turns into notifications. */
export async function startConsumers(deps: ConsumerDeps): Promise<Stoppable[]> {
  // Tenancy may not have started yet; declaring its stream is idempotent and lets us subscribe now.
  await ensureStream(deps.nc, 'tenancy', deps.namespace);
  const tenancyEvents = await startConsumer<Tx>({
    nc: deps.nc,
    namespace: deps.namespace,
    logger: deps.logger,
    service: 'tenancy',
    durable: 'notification-tenancy',
    eventTypes: ['atrium.tenancy.v1.client.created'],
    transaction: (work) => deps.db.$transaction(work),
    handle: (event, tx) => notifyClientCreated(tx, deps.tenancy, event),
  });
  return [tenancyEvents];
}
