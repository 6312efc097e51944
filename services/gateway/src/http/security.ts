import type { Request, RequestHandler } from 'express';
import cors from 'cors';
import helmet from 'helmet';
import { DomainError } from '@atrium/errors';

/** The encodings express.json inflates; anything else is refused before a byte is read. */
const ACCEPTED_ENCODINGS: ReadonlySet<string> = new Set(['identity', 'gzip', 'deflate', 'br']);

/**
 * A path whose percent-encoding does not decode (`%ZZ`, a cut-off UTF-8 sequence) names nothing; it
 * answers 400 here, before the router tries to decode a parameter of it.
 */
export const decodablePath: RequestHandler = (req, _res, next) => {
  try {
    decodeURIComponent(req.path);
  } catch {
    throw new DomainError('validation_failed', 'The path is not valid percent-encoded UTF-8.', {
      fields: [{ field: 'path', message: 'is not valid percent-encoded UTF-8' }],
    });
  }
  next();
};

/**
 * A body in an encoding the gateway does not inflate answers 415 whatever the route, even one that
 * takes no body; one that does not decode is the body parser's 400 (http/problems.ts).
 */
export const acceptedContentEncoding: RequestHandler = (req, _res, next) => {
  const header = req.headers['content-encoding'];
  if (header === undefined) {
    next();
    return;
  }
  const encoding = header.trim().toLowerCase();
  if (!ACCEPTED_ENCODINGS.has(encoding))
    throw new DomainError(
      'unsupported_media_type',
      'The Content-Encoding is not one the gateway accepts: send identity, gzip, deflate or br.',
    );
  next();
};

/** Every answer may carry a token or a tenant's data: no cache keeps one unless an operation says so. */
export const noStore: RequestHandler = (_req, res, next) => {
  res.setHeader('Cache-Control', 'no-store');
  next();
};

/**
 * The headers a browser needs to treat API answers as data, never as a page: no framing, no referrer,
 * no script, nosniff; HSTS when TLS ends in front of the gateway. Images stay loadable from the web
 * clients' own origins (Cross-Origin-Resource-Policy), as avatars and logos are shown there.
 */
export function securityHeaders(options: { hstsMaxAgeSeconds: number }): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
    },
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity:
      options.hstsMaxAgeSeconds > 0 ? { maxAge: options.hstsMaxAgeSeconds, includeSubDomains: true } : false,
    xFrameOptions: { action: 'deny' },
  });
}

/** /docs is a page: its own scripts, styles and the images Swagger UI inlines, framed by no one. */
export const docsSecurityHeaders: RequestHandler = helmet.contentSecurityPolicy({
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    // Swagger UI sets style attributes from its scripts.
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    frameAncestors: ["'none'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
  },
});

export const CORS_ALLOWED_HEADERS = [
  'Authorization',
  'Content-Type',
  'Content-Encoding',
  'Idempotency-Key',
  'If-None-Match',
  'Last-Event-ID',
  'Traceparent',
  'X-Request-Id',
];
export const CORS_EXPOSED_HEADERS = [
  'X-Request-Id',
  'Retry-After',
  'Location',
  'Idempotent-Replayed',
  'ETag',
  'WWW-Authenticate',
];

/** Parses CORS_ALLOWED_ORIGINS into a test of one Origin header. */
export function originMatcher(allowed: string): (origin: string) => boolean {
  const exact = new Set<string>();
  const suffixes: { scheme: string; suffix: string; port: string }[] = [];
  for (const entry of allowed
    .split(',')
    .map((origin) => origin.trim().toLowerCase())
    .filter(Boolean)) {
    const wildcard = /^(https?):\/\/\*\.([a-z0-9.-]+?)(:\d+)?$/.exec(entry);
    if (wildcard)
      suffixes.push({ scheme: wildcard[1]!, suffix: `.${wildcard[2]!}`, port: wildcard[3] ?? '' });
    else exact.add(entry);
  }
  return (origin) => {
    const candidate = origin.toLowerCase();
    if (exact.has(candidate)) return true;
    const parsed = /^(https?):\/\/([a-z0-9.-]+?)(:\d+)?$/.exec(candidate);
    if (!parsed) return false;
    return suffixes.some(
      ({ scheme, suffix, port }) =>
        parsed[1] === scheme && (parsed[3] ?? '') === port && parsed[2]!.endsWith(suffix),
    );
  };
}

/**
 * Browsers on the allowed origins may call every route with a bearer token; no cookies are used, so
 * credentials stay off. A preflight answers 204 with the methods and headers the API takes, cached for
 * ten minutes; one from another origin answers 204 without them, which the browser treats as a refusal.
 */
export function corsPolicy(allowedOrigins: string): RequestHandler {
  const allowed = originMatcher(allowedOrigins);
  return cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed(origin)),
    methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: CORS_ALLOWED_HEADERS,
    exposedHeaders: CORS_EXPOSED_HEADERS,
    credentials: false,
    maxAge: 600,
    optionsSuccessStatus: 204,
  });
}

/** A request carries a body when it says how long it is (not 0) or that it is chunked. */
function hasBody(req: Request): boolean {
  return req.headers['transfer-encoding'] !== undefined || (req.headers['content-length'] ?? '0') !== '0';
}

/**
 * An operation that takes JSON refuses another content type with 415 rather than reporting a missing
 * body; one that takes no body accepts an empty one or JSON (ignored), and refuses anything else.
 */
export function jsonBodyGuard(operationId: string): RequestHandler {
  return (req, _res, next) => {
    if (hasBody(req) && !req.is('application/json'))
      throw new DomainError(
        'unsupported_media_type',
        `${operationId} takes a JSON body: send it as application/json.`,
      );
    next();
  };
}
