import { z } from 'zod';

export { z };

/** A variable that is missing or has a bad value, by name. */
export interface ConfigProblem {
  variable: string;
  message: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: ConfigProblem[]) {
    super(
      `Invalid configuration:\n${problems.map((problem) => `  ${problem.variable}: ${problem.message}`).join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}

/**
 * Parses the environment once against a schema whose keys are variable names.
 * Every problem is reported at once, each naming its variable.
 */
export function parseConfig<Shape extends z.ZodRawShape>(
  shape: Shape,
  env: NodeJS.ProcessEnv = process.env,
): z.infer<z.ZodObject<Shape>> {
  const input: Record<string, string | undefined> = {};
  for (const key of Object.keys(shape)) {
    // An empty variable means "not set", so defaults apply to `FOO= make up` too.
    input[key] = env[key] === '' ? undefined : env[key];
  }
  const result = z.object(shape).safeParse(input);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => ({
        variable: String(issue.path[0] ?? '(root)'),
        message: input[String(issue.path[0])] === undefined ? 'is required but not set' : issue.message,
      })),
    );
  }
  return result.data;
}

/** parseConfig for a process entry point: prints the problems and exits with status 78 (EX_CONFIG). */
export function loadConfigOrExit<Shape extends z.ZodRawShape>(shape: Shape): z.infer<z.ZodObject<Shape>> {
  try {
    return parseConfig(shape);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
}

/** Reusable variable schemas; each service composes its own shape from these. */
export const vars = {
  port: (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback),
  url: (fallback?: string) => (fallback === undefined ? z.url() : z.url().default(fallback)),
  postgresUrl: (fallback: string) =>
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .default(fallback),
  natsUrl: () =>
    z
      .string()
      .regex(
        /^(nats|tls|wss?):\/\/[^,\s]+(,(nats|tls|wss?):\/\/[^,\s]+)*$/,
        'must be nats:// URLs, comma separated',
      )
      .default('nats://127.0.0.1:4222'),
  address: (fallback: string) =>
    z
      .string()
      .regex(/^[\w.-]+:\d+$/, 'must be host:port')
      .default(fallback),
  milliseconds: (fallback: number) => z.coerce.number().int().positive().default(fallback),
  logLevel: () => z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  namespace: () =>
    z
      .string()
      .regex(/^[a-z0-9_]*$/, 'must be lower-case letters, digits and underscores')
      .default(''),
};

/**
 * Variables every backend service reads; documented in docs/configuration.md. The default metrics
 * port pairs with the gRPC one (50051 → 9461, 50052 → 9462, …), so a whole platform fits one machine.
 */
export function serviceVars(service: string, grpcPort: number, metricsPort = grpcPort - 50051 + 9461) {
  return {
    LOG_LEVEL: vars.logLevel(),
    GRPC_HOST: z.string().default('0.0.0.0'),
    GRPC_PORT: vars.port(grpcPort),
    // Prometheus text at GET /metrics, on GRPC_HOST (libs/metrics).
    METRICS_PORT: vars.port(metricsPort),
    DATABASE_URL: vars.postgresUrl(`postgres://postgres@127.0.0.1:5432/atrium_${service}`),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    NATS_URL: vars.natsUrl(),
    EVENTS_NAMESPACE: vars.namespace(),
    GRPC_DEADLINE_MS: vars.milliseconds(5000),
    SHUTDOWN_GRACE_MS: vars.milliseconds(10000),
  };
}
