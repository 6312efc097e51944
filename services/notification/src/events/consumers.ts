import { consumeStream, type EventHandlers, type NatsConnection } from '@atrium/events';
import type { PromiseClient } from '@atrium/grpc';
import type { Logger } from '@atrium/logger';
import type { EventType, tenancy } from '@atrium/proto';
import type { Stoppable } from '@atrium/runtime';
import { emailInvitation } from '../emails/email-invitation';
import { campaignsHandlers } from './campaigns-handlers';
import { emailLoginUnlock } from '../emails/email-login-unlock';
import { emailPasswordReset } from '../emails/email-password-reset';
import { warnOfSessionReuse } from '../emails/warn-of-session-reuse';
import { welcomeAccountManager } from '../emails/welcome-account-manager';
import { notifyClientCreated } from '../notifications/notify-client-created';
import { notifyClientDeactivated, notifyClientReactivated } from '../notifications/notify-client-switched';
import { projectAgencyUpdated } from '../projections/agency-updated';
import { projectAgencyCreated } from '../projections/agency-created';
import { projectUserRegistered } from '../projections/user-registered';
import { purgeClient } from '../purge/purge-client';
import { inTransaction, type Db, type Tx } from '../store/transaction';
import { cardHandlers } from './card-handlers';
import { billingSubscriptionHandlers } from './billing-subscription-handlers';

export interface ConsumerDeps {
  db: Db;
  nc: NatsConnection;
  namespace: string;
  logger: Logger;
  tenancy: PromiseClient<tenancy.TenancyServiceDefinition>;
  /** PUBLIC_APP_URL */
  publicAppUrl: string;
  /** GRPC_DEADLINE_MS: bounds the slowest handler, which waits for tenancy. */
  grpcDeadlineMs: number;
  /** EVENTS_BATCH_SIZE: events of one stream handled in one transaction, at most. */
  batchSize: number;
  /** Called after a handler's transaction committed: new emails may be waiting. */
  emailsQueued: () => void;
}

/** The events notification turns into notifications and emails: one durable consumer per stream. */
export async function startConsumers(deps: ConsumerDeps): Promise<Stoppable[]> {
  const { logger } = deps;
  const emailDeps = { publicAppUrl: deps.publicAppUrl, logger };
  const tenancyDeps = { tenancy: deps.tenancy, logger };
  const identityHandlers: EventHandlers<
    Tx,
    | 'atrium.identity.v1.user.registered'
    | 'atrium.identity.v1.password_reset.requested'
    | 'atrium.identity.v1.login.locked'
    | 'atrium.identity.v1.session.reuse_detected'
  > = {
    'atrium.identity.v1.user.registered': (event, tx) => projectUserRegistered(tx, logger, event),
    'atrium.identity.v1.password_reset.requested': (event, tx) => emailPasswordReset(tx, emailDeps, event),
    'atrium.identity.v1.login.locked': (event, tx) => emailLoginUnlock(tx, emailDeps, event),
    'atrium.identity.v1.session.reuse_detected': (event, tx) => warnOfSessionReuse(tx, emailDeps, event),
  };
  const tenancyHandlers: EventHandlers<
    Tx,
    | 'atrium.tenancy.v1.agency.created'
    | 'atrium.tenancy.v1.agency.updated'
    | 'atrium.tenancy.v1.invitation.created'
    | 'atrium.tenancy.v1.invitation.resent'
    | 'atrium.tenancy.v1.client.created'
    | 'atrium.tenancy.v1.client.deactivated'
    | 'atrium.tenancy.v1.client.reactivated'
    | 'atrium.tenancy.v1.client.updated'
    | 'atrium.tenancy.v1.client.deletion_requested'
  > = {
    'atrium.tenancy.v1.agency.created': (event, tx) => projectAgencyCreated(tx, logger, event),
    'atrium.tenancy.v1.agency.updated': (event, tx) => projectAgencyUpdated(tx, logger, event),
    'atrium.tenancy.v1.invitation.created': (event, tx) => emailInvitation(tx, emailDeps, event),
    // A resent invitation carries a new token: the same email with the new link.
    'atrium.tenancy.v1.invitation.resent': (event, tx) => emailInvitation(tx, emailDeps, event),
    'atrium.tenancy.v1.client.created': (event, tx) => notifyClientCreated(tx, tenancyDeps, event),
    'atrium.tenancy.v1.client.deactivated': (event, tx) => notifyClientDeactivated(tx, tenancyDeps, event),
    'atrium.tenancy.v1.client.reactivated': (event, tx) => notifyClientReactivated(tx, tenancyDeps, event),
    'atrium.tenancy.v1.client.updated': (event, tx) =>
      welcomeAccountManager(tx, { ...emailDeps, ...tenancyDeps, grpcDeadlineMs: deps.grpcDeadlineMs }, event),
    'atrium.tenancy.v1.client.deletion_requested': (event, tx) => purgeClient(tx, logger, event),
  };
  return Promise.all([
    consume(deps, 'identity', identityHandlers),
    consume(deps, 'tenancy', tenancyHandlers),
    consume(deps, 'billing', {
      ...cardHandlers({ ...emailDeps, ...tenancyDeps, grpcDeadlineMs: deps.grpcDeadlineMs }),
      ...billingSubscriptionHandlers({ ...emailDeps, ...tenancyDeps, grpcDeadlineMs: deps.grpcDeadlineMs }),
    }),
    consume(
      deps,
      'campaigns',
      campaignsHandlers({ ...emailDeps, ...tenancyDeps, grpcDeadlineMs: deps.grpcDeadlineMs }),
    ),
  ]);
}

function consume<E extends EventType>(
  deps: ConsumerDeps,
  service: string,
  handlers: EventHandlers<Tx, E>,
): Promise<Stoppable> {
  return consumeStream<Tx, E>({
    nc: deps.nc,
    namespace: deps.namespace,
    logger: deps.logger,
    service,
    // NATS 2.9 allows one filter subject per consumer, so one durable reads the publisher's whole
    // stream and skips the types not listed here.
    durable: `notification-${service}`,
    transaction: async (work) => {
      // Prisma's default of 5 s would end a transaction still waiting for tenancy.
      await inTransaction(deps.db, work, { timeout: transactionTimeoutMs(deps) });
      deps.emailsQueued();
    },
    handlers,
    // AckWait must outlast the slowest handler, or the server redelivers an event still in hand: its
    // transaction, which its timeout ends at the latest (a tenancy call of at most GRPC_DEADLINE_MS and
    // a few local queries; never SMTP, which the delivery worker does outside). No server-side BackOff
    // is set: it would replace AckWait by its own first step, so failed handlers are retried by nak
    // delays instead (libs/events defaults, 1 s … 2 min).
    ackWaitMs: transactionTimeoutMs(deps) + 15_000,
    // A batch's transaction shares that timeout; one that runs out is rolled back and its events are
    // handled again one per transaction, each with the whole timeout (libs/events/src/batch.ts).
    // Messages waiting behind it are kept from redelivery by in-progress acks.
    batchSize: deps.batchSize,
  });
}

function transactionTimeoutMs(deps: Pick<ConsumerDeps, 'grpcDeadlineMs'>): number {
  return deps.grpcDeadlineMs + 10_000;
}
