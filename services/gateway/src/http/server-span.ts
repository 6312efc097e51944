import type { RequestHandler } from 'express';
import { context, propagation, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';

// Probes and /metrics scrapes would be most of the traces otherwise.
const UNTRACED = /^\/(healthz|readyz|livez|metrics)\b/;

const tracer = trace.getTracer('@atrium/gateway');

/**
 * The request's HTTP server span, started here rather than by OpenTelemetry's HTTP instrumentation,
 * whose incoming side builds every attribute before sampling and binds each request's and response's
 * emitters: most of tracing's cost on GET /v1/me (docs/benchmarks.md, "The microservice tax"). The
 * span continues the caller's `traceparent`, is named `METHOD` until the operation names it after its
 * route template (http/operations.ts), and ends with the answer. Its attributes never hold the query,
 * which may carry an access token (the notification stream). Mounted only when the SDK runs.
 */
export const serverSpan: RequestHandler = (req, res, next) => {
  if (UNTRACED.test(req.path)) {
    next();
    return;
  }
  const parent = propagation.extract(context.active(), req.headers);
  const span = tracer.startSpan(
    req.method,
    {
      kind: SpanKind.SERVER,
      attributes: {
        'http.request.method': req.method,
        'url.path': req.path,
        'url.scheme': req.protocol,
        'network.protocol.version': req.httpVersion,
        ...(req.socket.remoteAddress !== undefined && { 'client.address': req.socket.remoteAddress }),
      },
    },
    parent,
  );
  res.once('close', () => {
    span.setAttribute('http.response.status_code', res.statusCode);
    // A caller that hung up before the answer was complete leaves the span unfinished otherwise.
    if (!res.writableFinished) span.setAttribute('http.request.aborted', true);
    if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
  });
  context.with(trace.setSpan(parent, span), next);
};
