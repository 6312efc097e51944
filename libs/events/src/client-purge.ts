import type { NatsConnection } from '@nats-io/transport-node';
import type { Logger } from '@atrium/logger';

import { startConsumer, type RunningConsumer } from './consumer';
import type { EventEnvelope } from './envelope';
import { ensureStream } from './nats';
import { enqueueEvent } from './outbox';
import type { SqlExecutor } from './sql';

/** The client a purge is for, as tenancy.v1.client.deletion_requested names it. */
export interface PurgedClient {
  agencyId: string;
  clientId: string;
}

/** Deletes one table's rows of the client, inside the purge's transaction. */
export type ClientDataPurge<Tx> = (tx: Tx, client: PurgedClient) => Promise<unknown>;

export interface ClientPurgeParticipantOptions<Tx extends SqlExecutor> {
  /** The participating service, as tenancy's CLIENT_PURGE_PARTICIPANTS names it: 'billing'. */
  service: string;
  /** ce-source of the service's events: '/atrium/billing'. */
  source: string;
  /** The service's report, spelled out so the AsyncAPI check finds it: 'atrium.billing.v1.client.purged'. */
  purgedType: string;
  /** One deletion per table that holds client data; all run in one transaction, then the report. */
  purges: ReadonlyArray<ClientDataPurge<Tx>>;
  nc: NatsConnection;
  namespace: string;
  logger: Logger;
  transaction: (work: (tx: Tx) => Promise<void>) => Promise<void>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function purgedClientOf(data: unknown): PurgedClient | null {
  const { agencyId, clientId } = (data ?? {}) as Record<string, unknown>;
  return typeof agencyId === 'string' &&
    UUID.test(agencyId) &&
    typeof clientId === 'string' &&
    UUID.test(clientId)
    ? { agencyId, clientId }
    : null;
}

/**
 * A service's part in tenancy's client purge saga: on tenancy.v1.client.deletion_requested it deletes
 * everything it holds of the client and publishes `<service>.v1.client.purged` in the same
 * transaction (the inbox makes a redelivered request a no-op, the outbox makes the report as durable
 * as the deletion). Tenancy deletes its own data once every participant has reported.
 */
export async function startClientPurgeParticipant<Tx extends SqlExecutor>(
  options: ClientPurgeParticipantOptions<Tx>,
): Promise<RunningConsumer> {
  const { logger } = options;
  // Tenancy may not have started yet; declaring its stream is idempotent and lets us subscribe now.
  await ensureStream(options.nc, 'tenancy', options.namespace);
  return startConsumer<Tx>({
    nc: options.nc,
    namespace: options.namespace,
    logger,
    service: 'tenancy',
    durable: `${options.service}-tenancy`,
    eventTypes: ['atrium.tenancy.v1.client.deletion_requested'],
    transaction: options.transaction,
    handle: async (event: EventEnvelope, tx: Tx) => {
      const client = purgedClientOf(event.data);
      if (!client) {
        // Redelivering cannot fix a payload that breaks its proto's promise.
        logger.error({ eventId: event.id }, 'client.deletion_requested without valid ids skipped');
        return;
      }
      for (const purge of options.purges) await purge(tx, client);
      await enqueueEvent(
        tx,
        {
          type: options.purgedType,
          subject: `agencies/${client.agencyId}/clients/${client.clientId}`,
          data: { ...client, service: options.service },
        },
        options.source,
      );
      logger.info(client, 'purged the client');
    },
  });
}
