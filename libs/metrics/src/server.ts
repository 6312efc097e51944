import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '@atrium/logger';

import { registry } from './registry';

export interface MetricsServer {
  port: number;
  stop(): Promise<void>;
}

export interface MetricsServerOptions {
  host: string;
  /** METRICS_PORT; 0 takes any free port (tests). */
  port: number;
  logger: Logger;
}

/**
 * Serves the registry as Prometheus text at GET /metrics on a port of its own, apart from the public
 * API and gRPC ports, so it is never reachable through the gateway's routes and the chart's network
 * policy can open it to the monitoring namespace alone (docs/operations.md).
 */
export async function startMetricsServer(options: MetricsServerOptions): Promise<MetricsServer> {
  const { logger } = options;
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (req.method !== 'GET' || path !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found: scrape GET /metrics\n');
      return;
    }
    registry.metrics().then(
      (text) => res.writeHead(200, { 'content-type': registry.contentType }).end(text),
      (error: unknown) => {
        logger.warn({ err: error }, 'metrics could not be collected');
        res.writeHead(500, { 'content-type': 'text/plain' }).end('metrics could not be collected\n');
      },
    );
  });
  // Scrapes are short; an idle keep-alive connection must not hold shutdown.
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  logger.info({ host: options.host, port }, 'metrics served at /metrics');
  return {
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
