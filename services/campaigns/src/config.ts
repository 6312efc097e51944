import { serviceVars, z } from '@atrium/config';

/** Campaigns's environment; see docs/configuration.md. */
export const campaignsConfigShape = {
  ...serviceVars('campaigns', 50054),
  // Taken at connection start (`-c role=…`), so every query of the pool runs under row-level
  // security (store/tenant.ts); migrations and the outbox relay keep DATABASE_URL's user. The
  // migrations create and grant atrium_campaigns_app; another role needs the same grants.
  DATABASE_APP_ROLE: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a lower-case Postgres role name')
    .default('atrium_campaigns_app'),
  // The shortest time between two client_counters.changed events of one client (docs/campaigns.md).
  COUNTERS_MIN_INTERVAL_MS: z.coerce.number().int().min(50).max(60_000).default(500),
  // Prospects one transaction of a prospect cleanup removes (docs/campaigns.md).
  CLEANUP_BATCH_SIZE: z.coerce.number().int().min(1).max(10_000).default(1000),
  // CSV imports (docs/campaigns.md "Importing a CSV"): rows per transaction, and how long a process
  // holds an import between two batches (or two pieces of its upload) before another takes it over.
  IMPORT_BATCH_SIZE: z.coerce.number().int().min(1).max(5000).default(500),
  IMPORT_LEASE_MS: z.coerce.number().int().min(1000).max(600_000).default(30_000),
};

export type CampaignsConfig = z.infer<z.ZodObject<typeof campaignsConfigShape>>;
