import type { ReceivedEvent } from '@atrium/events';
import type { Logger } from '@atrium/logger';
import { requireIds } from '@atrium/events';
import { upsertAgencyBranding } from '../store/brandings';
import type { Tx } from '../store/transaction';

/**
 * agency.updated → the branding every later email of the agency carries. The event holds the whole
 * branding, so the projection takes it as it is; values the templates cannot use fall back to
 * Atrium's defaults when rendered (domain/branding.ts).
 */
export async function projectAgencyUpdated(
  tx: Tx,
  logger: Logger,
  event: ReceivedEvent<'atrium.tenancy.v1.agency.updated'>,
): Promise<void> {
  const { agencyId, name, displayName, logoUrl, primaryColor, supportEmail, loginSlug } = event.data;
  if (!requireIds(logger, event, { agencyId })) return;
  await upsertAgencyBranding(tx, agencyId, {
    name,
    displayName,
    logoUrl,
    primaryColor,
    supportEmail,
    loginSlug,
  });
}
