import { serviceVars } from '@atrium/config';

/** Billing's environment; see docs/configuration.md. */
export const billingConfigShape = {
  ...serviceVars('billing', 50053),
};
