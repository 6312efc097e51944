import type { Request, RequestHandler } from 'express';
import { gauge, histogram, secondsSince } from '@atrium/metrics';

const requestSeconds = histogram({
  name: 'http_server_request_duration_seconds',
  help: 'Time the gateway took to answer an HTTP request, by method, route template and status code.',
  labelNames: ['method', 'route', 'status_code'],
});

const inFlight = gauge({
  name: 'http_server_requests_in_flight',
  help: 'HTTP requests the gateway is answering now (open notification streams included).',
});

/** Express's ':id' as the OpenAPI document writes it ('{id}'); kept per route, so once per route. */
const templates = new Map<string, string>();

/**
 * The route's template, never the path: ids in a label would give every client a series of its own.
 * A request no route matched (404s, static docs assets, a body refused before routing) is `unmatched`.
 */
function routeOf(req: Request): string {
  const path: unknown = req.route?.path;
  if (typeof path !== 'string') return 'unmatched';
  let template = templates.get(path);
  if (template === undefined) {
    template = path.replace(/:(\w+)/g, '{$1}');
    templates.set(path, template);
  }
  return template;
}

/**
 * Times every request from its first middleware to the end of its answer. Its cost on the hot path is
 * a clock reading, one listener and one histogram observation; nothing else is done per request.
 */
export function httpMetrics(): RequestHandler {
  return (req, res, next) => {
    const start = process.hrtime.bigint();
    inFlight.inc();
    res.once('close', () => {
      inFlight.dec();
      // A caller that hung up before the answer was complete: 499, as proxies log it.
      const status = res.writableFinished ? res.statusCode : 499;
      requestSeconds.observe(
        { method: req.method, route: routeOf(req), status_code: status },
        secondsSince(start),
      );
    });
    next();
  };
}
