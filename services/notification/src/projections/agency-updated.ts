import type { EventEnvelope } from '@atrium/events';
import type { Logger } from '@atrium/logger';
import { z } from 'zod';
import { readEvent } from '../events/read-event';
import { upsertAgencyBranding } from '../store/brandings';
import type { Tx } from '../store/transaction';

const AgencyUpdated = z.object({
  agencyId: z.uuid(),
  name: z.string().min(1),
  displayName: z.string(),
  logoUrl: z.string(),
  primaryColor: z.string(),
  supportEmail: z.string(),
  loginSlug: z.string(),
});

/**
 * agency.updated → the branding every later email of the agency carries. The event holds the whole
 * branding, so the projection takes it as it is; values the templates cannot use fall back to
 * Atrium's defaults when rendered (domain/branding.ts).
 */
export async function projectAgencyUpdated(tx: Tx, logger: Logger, event: EventEnvelope): Promise<void> {
  const agency = readEvent(AgencyUpdated, event, logger);
  if (!agency) return;
  const { agencyId, ...branding } = agency;
  await upsertAgencyBranding(tx, agencyId, branding);
}
