import type { RequestHandler } from 'express';
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

/**
 * One line per request with its request id and trace id, written when the response ends: info, or
 * error for a 5xx. Headers are left out: they are mostly noise, and the ones that matter
 * (Authorization, Cookie) must never be written anyway; nor is a token in the query. Hand-written
 * rather than pino-http, which builds a child logger and redaction per request even when info is
 * off: on GET /v1/me that was a tenth of the gateway's CPU.
 */
export function accessLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    if (QUIET_PATHS.has(req.path)) {
      next();
      return;
    }
    const started = performance.now();
    res.once('close', () => {
      const level = res.statusCode >= 500 ? 'error' : 'info';
      if (!logger.isLevelEnabled(level)) return;
      logger[level](
        {
          requestId: requestIdOf(req),
          traceId: traceIdOf(traceparentOf(req)),
          req: {
            method: req.method,
            url: loggableUrl(req.originalUrl),
            remoteAddress: req.socket.remoteAddress,
            userAgent: req.get('user-agent'),
          },
          res: { statusCode: res.statusCode },
          responseTime: Math.round(performance.now() - started),
        },
        res.writableFinished ? 'request completed' : 'request aborted',
      );
    });
    next();
  };
}
