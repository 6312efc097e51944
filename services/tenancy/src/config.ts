import { serviceVars } from '@atrium/config';

/** Tenancy's environment; see docs/configuration.md. */
export const tenancyConfigShape = {
  ...serviceVars('tenancy', 50052),
};
