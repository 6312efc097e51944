import pino, { type DestinationStream, type Logger } from 'pino';

import { getContext } from './context';
import { activeTraceparent, traceIdOf } from './traceparent';

const SECRET_KEYS = [
  'password',
  'newPassword',
  'oldPassword',
  'token',
  'accessToken',
  'refreshToken',
  'secret',
  'apiKey',
  'authorization',
  'cookie',
];

/**
 * Secrets are redacted wherever they are likely to be logged: at the top level and inside the objects
 * one or two levels down (a request body, a user, req.headers), plus HTTP headers wherever they are logged.
 */
const REDACTED_PATHS = [
  ...SECRET_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]),
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
];

/** Fields that tie a log line to the request it belongs to; empty outside a request. */
function contextFields(): Record<string, string> {
  const context = getContext();
  if (!context) return {};
  const fields: Record<string, string> = {};
  // With the SDK on, the pino instrumentation adds trace_id and span_id of the active span as well.
  const traceId = traceIdOf(activeTraceparent() ?? context.traceparent);
  if (context.requestId) fields.requestId = context.requestId;
  if (traceId) fields.traceId = traceId;
  if (context.actor?.userId) fields.userId = context.actor.userId;
  if (context.actor?.agencyId) fields.agencyId = context.actor.agencyId;
  return fields;
}

/**
 * A JSON logger for one service. Lines go to stdout unless destination says otherwise (tests capture
 * them that way).
 */
export function createLogger(service: string, level = 'info', destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin: contextFields,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}
