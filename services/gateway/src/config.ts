import { parseConfig, vars, z } from '@atrium/config';

/** Every environment variable the gateway reads, with its default. */
export const gatewayConfigShape = {
  PORT: vars.port(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  // Prometheus text at GET /metrics, on HOST but apart from PORT, so no public route reaches it.
  METRICS_PORT: vars.port(9460),
  LOG_LEVEL: vars.logLevel(),
  IDENTITY_ADDR: vars.address('127.0.0.1:50051'),
  TENANCY_ADDR: vars.address('127.0.0.1:50052'),
  BILLING_ADDR: vars.address('127.0.0.1:50053'),
  CAMPAIGNS_ADDR: vars.address('127.0.0.1:50054'),
  NOTIFICATION_ADDR: vars.address('127.0.0.1:50055'),
  GRPC_DEADLINE_MS: vars.milliseconds(5000),
  JWT_ISSUER: z.string().min(1).default('atrium'),
  JWT_AUDIENCE: z.string().min(1).default('atrium-api'),
  JWKS_REFRESH_COOLDOWN_MS: vars.milliseconds(5000),
  SHUTDOWN_GRACE_MS: vars.milliseconds(10000),
  // The syntax body-parser accepts ("100kb", "1mb"); checked here so a typo stops the process at start.
  // Express "trust proxy": the proxies whose X-Forwarded-For is believed, so the client IP (for the per-IP
  // limits, identity's lockout and the session list) is the caller's, not the ingress's. Empty trusts no
  // one, so a caller cannot pick its own address; the chart names its ingress's addresses.
  TRUST_PROXY: z
    .string()
    .default('')
    // eslint-disable-next-line no-control-regex -- refusing control characters is the point
    .refine((value) => !/[\u0000-\u001f]/.test(value), 'must be a list of addresses, ranges or presets'),
  // Origins (scheme://host[:port], comma-separated; `https://*.example.com` for every subdomain) whose web
  // pages may call the API from a browser. Empty allows no cross-origin caller.
  CORS_ALLOWED_ORIGINS: z
    .string()
    .default('')
    .refine(
      (value) =>
        value
          .split(',')
          .map((origin) => origin.trim())
          .filter(Boolean)
          .every((origin) => /^https?:\/\/(\*\.)?[A-Za-z0-9.-]+(:\d{1,5})?$/.test(origin)),
      'must be origins such as https://app.example.com, comma-separated',
    ),
  // Strict-Transport-Security max-age for answers, when TLS ends in front of the gateway; 0 sends none.
  HSTS_MAX_AGE_SECONDS: z.coerce.number().int().min(0).max(63_072_000).default(0),
  // The HMAC key list cursors are signed with (at least 32 characters), the same on every replica; unset,
  // each process picks a random one, and a cursor then works only on the replica that issued it.
  CURSOR_SIGNING_KEY: z.string().min(32).optional(),
  BODY_LIMIT: z
    .string()
    .regex(/^\d+(\.\d+)?\s*(b|kb|mb)$/i, 'must be a size such as 100kb or 1mb')
    .default('1mb'),
  // identity's events (session and API key revocations, profile changes) arrive over NATS; the gateway
  // serves without it, with revocations then taking effect only at token expiry or cache expiry.
  NATS_URL: vars.natsUrl(),
  // The same prefix the backends publish under (EVENTS_NAMESPACE of every backend).
  EVENTS_NAMESPACE: vars.namespace(),
  // identity's access-token lifetime: how long a revoked session's tokens must be refused, and how far
  // back a starting replica reads revocations.
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(3600).default(900),
  // Per client address and route, for the routes that guess at secrets or send mail.
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(20),
  // A comment line on every open notification stream this often, so proxies do not close idle ones.
  SSE_HEARTBEAT_MS: vars.milliseconds(15000),
  // Notification streams one user may hold open on one replica (tabs, devices); one more answers 429.
  SSE_MAX_STREAMS_PER_USER: z.coerce.number().int().min(1).max(1000).default(5),
};

export type GatewayConfig = z.infer<z.ZodObject<typeof gatewayConfigShape>>;

export function parseGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  return parseConfig(gatewayConfigShape, env);
}
