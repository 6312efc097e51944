import type { RequestHandler } from 'express';
import { pinoHttp } from 'pino-http';
import { traceIdOf, type Logger } from '@atrium/logger';
import { requestIdOf, traceparentOf } from './request-context';

// Probes hit these every few seconds; access-logging them would drown the requests that matter.
const QUIET_PATHS = new Set(['/healthz', '/readyz']);

interface SerializedRequest {
  method?: string;
  url?: string;
  remoteAddress?: string;
  headers?: Record<string, string | undefined>;
}

/**
 * One line per request with its request id and trace id. Headers are left out: they are mostly noise,
 * and the ones that matter (Authorization, Cookie) must never be written anyway.
 */
export function accessLog(logger: Logger): RequestHandler {
  return pinoHttp({
    logger,
    genReqId: requestIdOf,
    customProps: (req) => ({ requestId: requestIdOf(req), traceId: traceIdOf(traceparentOf(req)) }),
    autoLogging: { ignore: (req) => QUIET_PATHS.has((req.url ?? '').split('?')[0] ?? '') },
    serializers: {
      req: (req: SerializedRequest) => ({
        method: req.method,
        url: req.url,
        remoteAddress: req.remoteAddress,
        userAgent: req.headers?.['user-agent'],
      }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
  });
}
