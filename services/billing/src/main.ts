// First: the SDK instruments only modules loaded after it starts.
import '@atrium/telemetry/register';
import { loadConfigOrExit } from '@atrium/config';
import { createLogger } from '@atrium/logger';
import { exitOnStartFailure, stopOnSignals } from '@atrium/runtime';
import { startBilling } from './app';
import { billingConfigShape } from './config';

const config = loadConfigOrExit(billingConfigShape);
const logger = createLogger('billing', config.LOG_LEVEL);
startBilling(config, logger).then(
  (billing) => stopOnSignals(logger, billing.stop),
  exitOnStartFailure(logger),
);
