import { serviceVars, vars, z } from '@atrium/config';

/** The services that may take part in a client's purge (they hold client data). */
const PURGE_PARTICIPANTS = ['identity', 'billing', 'campaigns', 'notification'] as const;

/** Tenancy's environment; see docs/configuration.md. */
export const tenancyConfigShape = {
  ...serviceVars('tenancy', 50052),
  // Taken at connection start (`-c role=…`), so every query of the pool runs under row-level
  // security; migrations and the outbox relay keep DATABASE_URL's user. The migrations create and
  // grant atrium_tenancy_app; another role needs the same grants (e.g. membership in it).
  DATABASE_APP_ROLE: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a lower-case Postgres role name')
    .default('atrium_tenancy_app'),
  // Client accounts an agency may have, active and inactive together, until billing's subscription
  // events have told tenancy the agency's plan (docs/billing.md "Plans and subscriptions").
  PLAN_CLIENT_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(100),
  // Base of each agency's client login URL (<PUBLIC_APP_URL>/login/<slug>); notification's must match.
  PUBLIC_APP_URL: vars.url('http://localhost:8080'),
  // Services that hold client data: a deletion waits for each one's client.purged before tenancy purges
  // its own data. Comma-separated service names, or "none": tenancy purges at once (an empty variable
  // means unset, as everywhere).
  CLIENT_PURGE_PARTICIPANTS: z
    .string()
    .default('notification,campaigns,billing')
    .transform((value) =>
      value.trim() === 'none'
        ? []
        : value
            .split(',')
            .map((name) => name.trim())
            .filter((name) => name !== ''),
    )
    .pipe(
      z
        .array(z.enum(PURGE_PARTICIPANTS, { error: `each must be one of ${PURGE_PARTICIPANTS.join(', ')}` }))
        .refine((names) => new Set(names).size === names.length, 'must not name a service twice'),
    ),
  // A deletion still waiting for participants after this long is logged as a warning, every ten minutes.
  CLIENT_DELETION_WARN_AFTER_MS: vars.milliseconds(60 * 60_000),
};

export type TenancyConfig = z.infer<z.ZodObject<typeof tenancyConfigShape>>;
