import express from 'express';
import { context, propagation, trace, type Span } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { serverSpan } from '../src/http/server-span';
import { chain } from '../src/http/chain';

const exporter = new InMemorySpanExporter();
const contextManager = new AsyncLocalStorageContextManager();
let server: ReturnType<ReturnType<typeof express>['listen']>;
let base: string;
/** What the handler saw as the active span, per request path. */
const seen = new Map<string, Span | undefined>();

beforeAll(async () => {
  context.setGlobalContextManager(contextManager.enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(
    new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }),
  );
  const app = express();
  app.use(
    chain(serverSpan, (req, res) => {
      // Later, as an operation's handler runs after awaiting a backend.
      setImmediate(() => {
        seen.set(req.path, trace.getActiveSpan());
        res.status(req.path === '/broken' ? 503 : 201).json({ ok: true });
      });
    }),
  );
  await new Promise<void>((resolve) => {
    server = app.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  base = `http://127.0.0.1:${address.port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  trace.disable();
  propagation.disable();
  context.disable();
});

beforeEach(() => exporter.reset());

async function finishedSpans(count: number) {
  for (let i = 0; i < 100 && exporter.getFinishedSpans().length < count; i += 1)
    await new Promise((resolve) => setTimeout(resolve, 10));
  return exporter.getFinishedSpans();
}

test("continues the caller's trace, is active in the handler, and ends with the answer's status", async () => {
  const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
  const parentId = '00f067aa0ba902b7';
  const answer = await fetch(`${base}/v1/clients?access_token=secret`, {
    method: 'POST',
    headers: { traceparent: `00-${traceId}-${parentId}-01` },
  });
  expect(answer.status).toBe(201);
  const [span] = await finishedSpans(1);
  expect(span).toBeDefined();
  expect(span!.spanContext().traceId).toBe(traceId);
  expect(span!.parentSpanContext?.spanId).toBe(parentId);
  expect(span!.kind).toBe(1); // SpanKind.SERVER
  expect(span!.name).toBe('POST');
  expect(span!.attributes).toMatchObject({
    'http.request.method': 'POST',
    'url.path': '/v1/clients',
    'http.response.status_code': 201,
  });
  // The query may carry a token: no attribute holds it.
  expect(JSON.stringify(span!.attributes)).not.toContain('secret');
  expect(seen.get('/v1/clients')?.spanContext().spanId).toBe(span!.spanContext().spanId);
});

test('starts a trace of its own without a traceparent, and marks a 5xx as an error', async () => {
  expect((await fetch(`${base}/broken`)).status).toBe(503);
  const [span] = await finishedSpans(1);
  expect(span!.parentSpanContext).toBeUndefined();
  expect(span!.status.code).toBe(2); // SpanStatusCode.ERROR
});

test('traces no probe and no metrics scrape', async () => {
  for (const path of ['/healthz', '/readyz', '/metrics'])
    expect((await fetch(`${base}${path}`)).status).toBe(201);
  await fetch(`${base}/v1/me`);
  const spans = await finishedSpans(1);
  expect(spans.map((span) => span.attributes['url.path'])).toEqual(['/v1/me']);
});
