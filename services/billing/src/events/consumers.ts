import { ensureStream, startConsumer, type NatsConnection } from '@atrium/events';
import type { Logger } from '@atrium/logger';
import type { Stoppable } from '@atrium/runtime';
import { purgeClient } from '../purge/purge-client';
import type { Db, Tx } from '../store/db';

export interface ConsumerDeps {
  db: Db;
  nc: NatsConnection;
  namespace: string;
  logger: Logger;
}

/** The tenancy events billing acts on, through one durable consumer on tenancy's stream. */
export async function startConsumers(deps: ConsumerDeps): Promise<Stoppable[]> {
  // Tenancy may not have started yet; declaring its stream is idempotent and lets us subscribe now.
  await ensureStream(deps.nc, 'tenancy', deps.namespace);
  const tenancy = await startConsumer<Tx>({
    nc: deps.nc,
    namespace: deps.namespace,
    logger: deps.logger,
    service: 'tenancy',
    durable: 'billing-tenancy',
    eventTypes: ['atrium.tenancy.v1.client.deletion_requested'],
    transaction: (work) => deps.db.$transaction(work),
    handle: (event, tx) => purgeClient(tx, deps.logger, event),
  });
  return [tenancy];
}
