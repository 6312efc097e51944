import { serviceVars } from '@atrium/config';

/** Campaigns's environment; see docs/configuration.md. */
export const campaignsConfigShape = {
  ...serviceVars('campaigns', 50054),
};
