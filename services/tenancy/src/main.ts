// First: the SDK instruments only modules loaded after it starts.
import '@atrium/telemetry/register';
import { loadConfigOrExit } from '@atrium/config';
import { createLogger } from '@atrium/logger';
import { exitOnStartFailure, stopOnSignals } from '@atrium/runtime';
import { startTenancy } from './app';
import { tenancyConfigShape } from './config';

const config = loadConfigOrExit(tenancyConfigShape);
const logger = createLogger('tenancy', config.LOG_LEVEL);
startTenancy(config, logger).then(
  (tenancy) => stopOnSignals(logger, tenancy.stop),
  exitOnStartFailure(logger),
);
