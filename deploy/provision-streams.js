'use strict';
/**
 * Creates the JetStream stream of each service named on the command line, or brings it to the settings the
 * services expect, exactly as they do at start (libs/events ensureStream); then gives it STREAM_REPLICAS
 * replicas, which the services keep when they update a stream. The Helm charts run it in the service's
 * image as a pre-install/pre-upgrade hook Job, after the migrations:
 *
 *   NATS_URL=nats://… [EVENTS_NAMESPACE=…] [STREAM_REPLICAS=3] node deploy/provision-streams.js tenancy …
 *
 * Exits 0 when every stream is in place and 1 otherwise, which fails the install or upgrade.
 */
const { jetstreamManager } = require('@nats-io/jetstream');
const { connectNats, ensureStream, streamOf } = require('@atrium/events');
const { createLogger } = require('@atrium/logger');

async function provisionStreams({ servers, namespace = '', services, replicas = 1, logger }) {
  if (services.length === 0)
    throw new Error('name at least one service whose stream to provision, e.g. tenancy');
  if (!Number.isInteger(replicas) || replicas < 1) {
    throw new Error(`STREAM_REPLICAS must be a positive integer (got "${replicas}")`);
  }
  // Bad names fail here, before anything is created.
  const streams = services.map((service) => ({ service, name: streamOf(service, namespace).name }));
  const nc = await connectNats({ servers, name: 'provision-streams', logger });
  try {
    const jsm = await jetstreamManager(nc);
    for (const { service, name } of streams) {
      await ensureStream(nc, service, namespace);
      const { config } = await jsm.streams.info(name);
      if (config.num_replicas !== replicas) {
        await jsm.streams.update(name, { ...config, num_replicas: replicas });
      }
      logger.info({ stream: name, subjects: config.subjects, replicas }, 'stream ready');
    }
  } finally {
    await nc.drain();
  }
}

if (require.main === module) {
  const logger = createLogger('provision-streams', process.env.LOG_LEVEL || 'info');
  provisionStreams({
    servers: process.env.NATS_URL || 'nats://127.0.0.1:4222',
    namespace: process.env.EVENTS_NAMESPACE || '',
    services: process.argv.slice(2),
    replicas: Number(process.env.STREAM_REPLICAS || '1'),
    logger,
  }).catch((error) => {
    logger.fatal({ err: error }, 'stream provisioning failed');
    process.exitCode = 1;
  });
}

module.exports = { provisionStreams };
