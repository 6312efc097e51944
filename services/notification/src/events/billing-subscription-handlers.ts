import type { EventHandlers } from '@atrium/events';
import type { PromiseClient } from '@atrium/grpc';
import type { Logger } from '@atrium/logger';
import type { tenancy } from '@atrium/proto';
import { emailSubscriptionPastDue } from '../emails/email-subscription-past-due';
import type { Tx } from '../store/transaction';

/** The subscription events of billing's stream notification handles: its part of that routing table. */
export function billingSubscriptionHandlers(deps: {
  publicAppUrl: string;
  logger: Logger;
  tenancy: PromiseClient<tenancy.TenancyServiceDefinition>;
  grpcDeadlineMs: number;
}): EventHandlers<Tx, 'atrium.billing.v1.subscription.past_due'> {
  return {
    'atrium.billing.v1.subscription.past_due': (event, tx) => emailSubscriptionPastDue(tx, deps, event),
  };
}
