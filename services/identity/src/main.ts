// First: the SDK instruments only modules loaded after it starts.
import '@atrium/telemetry/register';
import { loadConfigOrExit } from '@atrium/config';
import { createLogger } from '@atrium/logger';
import { exitOnStartFailure, stopOnSignals } from '@atrium/runtime';
import { startIdentity } from './app';
import { identityConfigShape } from './config';

const config = loadConfigOrExit(identityConfigShape);
const logger = createLogger('identity', config.LOG_LEVEL);
startIdentity(config, logger).then(
  (identity) => stopOnSignals(logger, identity.stop),
  exitOnStartFailure(logger),
);
