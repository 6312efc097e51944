import type { EventHandlers } from '@atrium/events';
import { emailCardDeclined, emailCardExpiring, type CardEmailDeps } from '../emails/email-card-problem';
import type { Tx } from '../store/transaction';

/** Billing's card events notification emails about (docs/billing.md "Telling people"). */
export type CardEventType =
  'atrium.billing.v1.payment_method.declined' | 'atrium.billing.v1.payment_method.expiring';

export function cardHandlers(deps: CardEmailDeps): EventHandlers<Tx, CardEventType> {
  return {
    'atrium.billing.v1.payment_method.declined': (event, tx) => emailCardDeclined(tx, deps, event),
    'atrium.billing.v1.payment_method.expiring': (event, tx) => emailCardExpiring(tx, deps, event),
  };
}
