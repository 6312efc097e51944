import { requireIds, type ReceivedEvent } from '@atrium/events';
import { fromGrpcError, isNotFound, type PromiseClient } from '@atrium/grpc';
import type { Logger } from '@atrium/logger';
import type { tenancy } from '@atrium/proto';
import { clientLoginUrl } from '../domain/links';
import { renderSubscriptionPastDue } from '../domain/templates/subscription-past-due';
import { brandingFor } from '../store/brandings';
import type { Tx } from '../store/transaction';
import { queueEmail, type EmailDeps } from './queue-email';

/**
 * billing's subscription.past_due → the agency's contact email is told, in the agency's branding,
 * that the monthly fee failed and when it is tried again. Notification keeps no contacts: it asks
 * tenancy for the agency as the user the event names (contactLookupUserId), and tells nobody when
 * that user has left the agency or the agency has no contact email.
 */
export async function emailSubscriptionPastDue(
  tx: Tx,
  deps: EmailDeps & {
    tenancy: PromiseClient<tenancy.TenancyServiceDefinition>;
    logger: Logger;
    grpcDeadlineMs: number;
  },
  event: ReceivedEvent<'atrium.billing.v1.subscription.past_due'>,
): Promise<void> {
  const pastDue = event.data;
  if (!requireIds(deps.logger, event, { agencyId: pastDue.agencyId, userId: pastDue.contactLookupUserId }))
    return;
  let agency: tenancy.Agency__Output | null;
  try {
    ({ agency } = await deps.tenancy.GetAgency(
      {},
      {
        actor: { userId: pastDue.contactLookupUserId, agencyId: pastDue.agencyId },
        deadlineMs: deps.grpcDeadlineMs,
      },
    ));
  } catch (error) {
    const answer = fromGrpcError(error);
    if (!isNotFound(answer)) throw answer;
    agency = null;
  }
  if (!agency?.contactEmail) {
    deps.logger.info(
      { eventId: event.id, agencyId: pastDue.agencyId },
      'no agency contact email; past due fee not emailed',
    );
    return;
  }
  const branding = await brandingFor(tx, pastDue.agencyId);
  await queueEmail(tx, {
    event,
    kind: 'subscription_past_due',
    recipient: agency.contactEmail,
    agencyId: pastDue.agencyId,
    clientId: null,
    branding,
    rendered: renderSubscriptionPastDue(branding, {
      planName: pastDue.planName || pastDue.planId,
      amountMinor: Number(pastDue.amountMinor),
      currency: pastDue.currency,
      reason: pastDue.reason,
      nextRetryAt: pastDue.nextRetryAt,
      signInUrl: clientLoginUrl(deps.publicAppUrl, branding.loginSlug),
    }),
  });
}
