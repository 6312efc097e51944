import { startClientPurgeParticipant, type ClientDataPurge, type NatsConnection } from '@atrium/events';
import type { Logger } from '@atrium/logger';
import type { Stoppable } from '@atrium/runtime';
import { EVENT_SOURCE } from '../events/source';
import type { Db, Tx } from '../store/db';

/**
 * What campaigns holds of a client, one deletion per table, all in the purge's transaction. campaigns holds
 * no client data yet: each table it gains with a client_id adds its deletion here, so the purge stays
 * one transaction and client.purged is published only after all of them.
 */
const CLIENT_DATA: ReadonlyArray<ClientDataPurge<Tx>> = [];

/** campaigns's part in tenancy's client purge saga (libs/events startClientPurgeParticipant). */
export function startClientPurge(deps: {
  db: Db;
  nc: NatsConnection;
  namespace: string;
  logger: Logger;
}): Promise<Stoppable> {
  return startClientPurgeParticipant<Tx>({
    service: 'campaigns',
    source: EVENT_SOURCE,
    purgedType: 'atrium.campaigns.v1.client.purged',
    purges: CLIENT_DATA,
    nc: deps.nc,
    namespace: deps.namespace,
    logger: deps.logger,
    transaction: (work) => deps.db.$transaction(work),
  });
}
