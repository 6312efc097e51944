import { serviceVars, vars, z } from '@atrium/config';

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
  // Client accounts an agency may have, active and inactive together, until billing owns plans.
  PLAN_CLIENT_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(100),
  // Base of each agency's client login URL (<PUBLIC_APP_URL>/login/<slug>); notification's must match.
  PUBLIC_APP_URL: vars.url('http://localhost:8080'),
};

export type TenancyConfig = z.infer<z.ZodObject<typeof tenancyConfigShape>>;
