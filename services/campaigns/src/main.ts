// First: the SDK instruments only modules loaded after it starts.
import '@atrium/telemetry/register';
import { loadConfigOrExit } from '@atrium/config';
import { createLogger } from '@atrium/logger';
import { exitOnStartFailure, stopOnSignals } from '@atrium/runtime';
import { startCampaigns } from './app';
import { campaignsConfigShape } from './config';

const config = loadConfigOrExit(campaignsConfigShape);
const logger = createLogger('campaigns', config.LOG_LEVEL);
startCampaigns(config, logger).then(
  (campaigns) => stopOnSignals(logger, campaigns.stop),
  exitOnStartFailure(logger),
);
