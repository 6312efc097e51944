// First: the SDK instruments only modules loaded after it starts.
import '@atrium/telemetry/register';
import { loadConfigOrExit } from '@atrium/config';
import { createLogger } from '@atrium/logger';
import { exitOnStartFailure, stopOnSignals } from '@atrium/runtime';
import { startNotification } from './app';
import { notificationConfigShape } from './config';

const config = loadConfigOrExit(notificationConfigShape);
const logger = createLogger('notification', config.LOG_LEVEL);
startNotification(config, logger).then(
  (notification) => stopOnSignals(logger, notification.stop),
  exitOnStartFailure(logger),
);
