import { serviceVars, vars, z } from '@atrium/config';

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
  // The payment provider (docs/billing.md "Payment methods and providers"): sandbox decides by the
  // provider's test tokens without the network and is refused when NODE_ENV=production.
  PAYMENT_PROVIDER: z.enum(['sandbox', 'stripe']).default('sandbox'),
  NODE_ENV: z.string().default('development'),
  // Secrets: from a Secret in the chart, never a ConfigMap.
  STRIPE_SECRET_KEY: z
    .string()
    .regex(/^(sk|rk)_\w+$/, 'must be a Stripe secret key (sk_… or rk_…)')
    .optional(),
  STRIPE_WEBHOOK_SECRET: z
    .string()
    .regex(/^whsec_\w+$/, 'must be a Stripe webhook secret (whsec_…)')
    .optional(),
  // Where the Stripe API answers; only tests and proxies set it.
  STRIPE_API_URL: z.url({ protocol: /^https?$/ }).optional(),
  PAYMENT_PROVIDER_TIMEOUT_MS: vars.milliseconds(20_000),
  // How often the scan for expiring cards runs (a day); every replica runs it, each card is told once.
  CARD_EXPIRY_SCAN_INTERVAL_MS: vars.milliseconds(86_400_000),
  // How often the monthly fee runner looks for periods that ended (an hour); every replica runs it,
  // each period is charged once (docs/billing.md "The monthly fee").
  SUBSCRIPTION_FEE_RUN_INTERVAL_MS: vars.milliseconds(3_600_000),
};

export type BillingConfig = z.infer<z.ZodObject<typeof billingConfigShape>>;
