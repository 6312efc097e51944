import { GrpcInstrumentation } from '@opentelemetry/instrumentation-grpc';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { PinoInstrumentation } from '@opentelemetry/instrumentation-pino';
import { NodeSDK } from '@opentelemetry/sdk-node';

/** False when OTEL_SDK_DISABLED=true (the test harness and `make up` set it unless told otherwise). */
export function telemetryEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.OTEL_SDK_DISABLED?.trim().toLowerCase() !== 'true';
}

let started: NodeSDK | undefined;

/**
 * Starts the OpenTelemetry SDK, configured only by the standard OTEL_* variables: traces go by OTLP
 * over HTTP (OTEL_EXPORTER_OTLP_ENDPOINT, OTEL_EXPORTER_OTLP_TRACES_PROTOCOL, OTEL_SERVICE_NAME, …).
 * Metrics are Prometheus' (libs/metrics) and logs go to stdout, so their OTLP exporters default to
 * `none`. Returns undefined when the SDK is disabled.
 */
export function startTelemetry(env: NodeJS.ProcessEnv = process.env): NodeSDK | undefined {
  if (!telemetryEnabled(env) || started) return started;
  env.OTEL_METRICS_EXPORTER ??= 'none';
  env.OTEL_LOGS_EXPORTER ??= 'none';
  started = new NodeSDK({
    instrumentations: [
      // Outgoing requests only (billing's calls to Stripe): the gateway starts its HTTP server spans
      // itself (services/gateway/src/http/server-span.ts), which costs a fraction of the incoming side
      // here, and no backend serves HTTP but probes and /metrics.
      new HttpInstrumentation({ disableIncomingRequestInstrumentation: true }),
      new GrpcInstrumentation({ ignoreGrpcMethods: ['Check', 'Watch'] }),
      // Queries, not the pool's connects: one span fewer per query on the hot path.
      new PgInstrumentation({ requireParentSpan: true, ignoreConnectSpans: true }),
      // Log lines carry trace_id and span_id; they still go to stdout only.
      new PinoInstrumentation({ disableLogSending: true }),
    ],
  });
  started.start();
  return started;
}

/** How long a shutdown waits for the last spans to reach the collector before it gives up on them. */
export const TELEMETRY_FLUSH_TIMEOUT_MS = 2000;

/**
 * Exports the spans still buffered and stops the SDK, so a graceful shutdown (SIGTERM) loses none
 * of its last seconds; gives up after `timeoutMs`, so a collector that is away cannot hold the
 * shutdown. Does nothing when the SDK never started.
 */
export async function stopTelemetry(timeoutMs = TELEMETRY_FLUSH_TIMEOUT_MS): Promise<void> {
  const sdk = started;
  if (!sdk) return;
  started = undefined;
  let timer: NodeJS.Timeout | undefined;
  const gaveUp = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, timeoutMs);
  });
  await Promise.race([sdk.shutdown().catch(() => undefined), gaveUp]);
  clearTimeout(timer);
}
