// First: the SDK instruments only modules loaded after it starts.
import '@atrium/telemetry/register';
import { loadConfigOrExit } from '@atrium/config';
import { createLogger } from '@atrium/logger';
import { collectProcessMetrics, startMetricsServer } from '@atrium/metrics';
import { stopTelemetry } from '@atrium/telemetry';
import { createApp } from './app';
import { closeBackends, createBackends } from './backends';
import { gatewayConfigShape } from './config';
import { followEvents } from './events/follow-events';
import { NatsLink } from './events/nats-link';
import { IdempotencyStore } from './http/idempotency';
import { Lifecycle } from './lifecycle';
import { createGatewayState } from './state';

const config = loadConfigOrExit(gatewayConfigShape);
const logger = createLogger('gateway', config.LOG_LEVEL);
collectProcessMetrics('gateway');
const metrics = startMetricsServer({ host: config.HOST, port: config.METRICS_PORT, logger }).catch(
  (error: unknown) => {
    logger.fatal({ err: error }, 'gateway could not serve /metrics');
    process.exit(1);
  },
);
const backends = createBackends(config);
const lifecycle = new Lifecycle();
const state = createGatewayState(config, backends, logger);
// One NATS connection for the followers and the Idempotency-Key store.
const nats = new NatsLink({ servers: config.NATS_URL, name: 'gateway', logger });
const idempotency = new IdempotencyStore({ nats, namespace: config.EVENTS_NAMESPACE });
const app = createApp({ config, backends, logger, lifecycle, state, idempotency });
// The gateway serves while NATS is away; the followers keep trying in the background.
const events = followEvents(config, state, logger, nats);

const server = app.listen(config.PORT, config.HOST, (error?: Error) => {
  if (error) {
    logger.fatal({ err: error }, 'gateway could not listen');
    process.exit(1);
  }
  logger.info({ host: config.HOST, port: config.PORT }, 'gateway listening');
});

function shutdown(signal: string): void {
  if (lifecycle.shuttingDown) return;
  logger.info({ signal }, 'shutting down');
  // Also ends the notification streams, which would otherwise hold server.close() for the whole grace.
  lifecycle.beginShutdown();
  const force = setTimeout(() => {
    logger.warn(
      { graceMs: config.SHUTDOWN_GRACE_MS },
      'requests still running after the grace period; closing them',
    );
    server.closeAllConnections();
  }, config.SHUTDOWN_GRACE_MS);
  force.unref();
  // close() stops accepting, lets in-flight requests finish and drops idle keep-alive connections.
  server.close(() => {
    clearTimeout(force);
    closeBackends(backends);
    void Promise.all([events.stop(), metrics.then((server) => server?.stop())])
      // The spans of the last requests go out before the process does.
      .finally(() => stopTelemetry())
      .finally(() => {
        logger.info('gateway stopped');
        logger.flush();
      });
  });
}

process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
