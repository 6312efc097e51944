import { randomUUID } from 'node:crypto';

import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { context, propagation, SpanKind, trace } from '@opentelemetry/api';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';

import { enqueueEvent, OutboxRelay } from '../src';
import { clientCreated, inTransaction, setUpHarness, SOURCE, streamMessages, type Harness } from './support';

// The SDK the processes start (libs/telemetry) registers these three; jest cannot load its
// auto-instrumentation, but the spans libs/events makes itself need only @opentelemetry/api.
const exporter = new InMemorySpanExporter();
const contextManager = new AsyncLocalStorageContextManager().enable();
context.setGlobalContextManager(contextManager);
propagation.setGlobalPropagator(new W3CTraceContextPropagator());
trace.setGlobalTracerProvider(
  new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }),
);

let harness: Harness;
let relay: OutboxRelay;

beforeAll(async () => {
  harness = await setUpHarness('events_relay_trace');
  relay = new OutboxRelay({
    databaseUrl: harness.db.url,
    nc: harness.nc,
    namespace: harness.namespace,
    logger: harness.logger,
  });
});

afterAll(async () => {
  await relay?.stop();
  await harness?.tearDown();
  context.disable();
  trace.disable();
  propagation.disable();
});

beforeEach(async () => {
  await harness.reset();
  exporter.reset();
});

/** Enqueues one event inside a span standing for the request; returns that span's context. */
async function enqueueInRequestSpan(): Promise<{ traceId: string; spanId: string }> {
  const span = trace.getTracer('test').startSpan('request', { kind: SpanKind.SERVER });
  await context.with(trace.setSpan(context.active(), span), () =>
    inTransaction(harness.pool, (tx) => enqueueEvent(tx, clientCreated(randomUUID()), SOURCE)),
  );
  span.end();
  return span.spanContext();
}

function publishSpan() {
  const spans = exporter.getFinishedSpans().filter((span) => span.kind === SpanKind.PRODUCER);
  expect(spans).toHaveLength(1);
  return spans[0]!;
}

test('a fresh row is published as a child of the request span, with that publish span in the headers', async () => {
  const request = await enqueueInRequestSpan();
  expect(await relay.relayOnce()).toBe(1);

  const publish = publishSpan();
  expect(publish.name).toBe('atrium.tenancy.v1.client.created publish');
  expect(publish.spanContext().traceId).toBe(request.traceId);
  expect(publish.parentSpanContext?.spanId).toBe(request.spanId);
  expect(publish.links).toEqual([]);
  const [message] = await streamMessages(harness);
  expect(message!.header.get('traceparent')).toBe(`00-${request.traceId}-${publish.spanContext().spanId}-01`);
});

test('a row older than a minute starts a new trace linked to the request span', async () => {
  const request = await enqueueInRequestSpan();
  await harness.pool.query(`UPDATE outbox_events SET created_at = created_at - interval '2 minutes'`);
  expect(await relay.relayOnce()).toBe(1);

  const publish = publishSpan();
  expect(publish.spanContext().traceId).not.toBe(request.traceId);
  expect(publish.parentSpanContext).toBeUndefined();
  expect(publish.links.map((link) => link.context.spanId)).toEqual([request.spanId]);
  const [message] = await streamMessages(harness);
  expect(message!.header.get('traceparent')).toContain(publish.spanContext().spanId);
});
