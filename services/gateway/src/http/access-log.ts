import type { RequestHandler } from 'express';
import { pinoHttp } from 'pino-http';
import { traceIdOf, type Logger } from '@atrium/logger';
import { requestIdOf, traceparentOf } from './request-context';

// Probes hit these every few seconds; access-logging them would drown the requests that matter.
const QUIET_PATHS = new Set(['/healthz', '/readyz']);

// EventSource can only send its access token in the URL (GET /v1/notifications/stream).
const TOKEN_IN_QUERY = /([?&]access_token=)[^&#]*/gi;

/** The URL as it may be written down: a token in the query is replaced. */
export function loggableUrl(url: string | undefined): string | undefined {
  return url?.replace(TOKEN_IN_QUERY, '$1[REDACTED]');
}

interface SerializedRequest {
  method?: string;
  url?: string;
  remoteAddress?: string;
  headers?: Record<string, string | undefined>;
}

/**
 * One line per request with its request id and trace id. Headers are left out: they are mostly noise,
 * and the ones that matter (Authorization, Cookie) must never be written anyway; nor is a token in the
 * query.
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
        url: loggableUrl(req.url),
        remoteAddress: req.remoteAddress,
        userAgent: req.headers?.['user-agent'],
      }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
  });
}
