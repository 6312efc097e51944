import { serviceVars, z } from '@atrium/config';

/** Billing's environment; see docs/configuration.md. */
export const billingConfigShape = {
  ...serviceVars('billing', 50053),
  // Taken at connection start (`-c role=…`), so every query of the pool runs under row-level
  // security (store/tenant.ts); migrations and the outbox relay keep DATABASE_URL's user. The
  // migrations create and grant atrium_billing_app; another role needs the same grants.
  DATABASE_APP_ROLE: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a lower-case Postgres role name')
    .default('atrium_billing_app'),
};

export type BillingConfig = z.infer<z.ZodObject<typeof billingConfigShape>>;
