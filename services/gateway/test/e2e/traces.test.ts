import { eventually } from '@atrium/testing';
import { createClient, signUpAgency } from './fixture';
import { startPlatform, type Platform } from './platform';
import { startReceiver, SPAN_KIND, type OtlpSpan, type ReceivedSpan } from '../support/otlp-receiver';

const { SERVER, CLIENT, PRODUCER, CONSUMER } = SPAN_KIND;

// The processes run as plain `node services/<name>/dist/main.js`, so the OpenTelemetry SDK
// (libs/telemetry) instruments them for real; jest's module loader only runs this side, the receiver.
jest.setTimeout(120_000);

let receiver: Awaited<ReturnType<typeof startReceiver>>;
let platform: Platform;

beforeAll(async () => {
  receiver = await startReceiver();
  platform = await startPlatform({
    env: {
      OTEL_SDK_DISABLED: 'false',
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: 'http/json',
      OTEL_BSP_SCHEDULE_DELAY: '100',
      // The access log lines and the handlers' info lines, to find the trace's ids in them.
      LOG_LEVEL: 'info',
    },
  });
});

afterAll(async () => {
  await platform?.shutdown();
  await receiver?.close();
});

describe('one trace from the HTTP request to the event consumer', () => {
  it('links gateway → tenancy RPC → outbox publish → notification handler under one trace id', async () => {
    const agency = await signUpAgency(platform, { label: 'traces' });
    const client = await createClient(platform, agency, { name: 'Traced Client' });

    const attribute = (span: OtlpSpan, key: string) =>
      span.attributes?.find((candidate) => candidate.key === key)?.value.stringValue;
    const tree = await eventually(
      async () => {
        const spans = receiver.spans;
        const request = spans.find(
          (span) =>
            span.service === 'gateway' &&
            span.kind === SERVER &&
            (attribute(span, 'http.request.method') ?? attribute(span, 'http.method')) === 'POST' &&
            (attribute(span, 'http.target') ?? attribute(span, 'url.path')) === '/v1/clients',
        );
        if (!request) return undefined;
        const inTrace = spans.filter((span) => span.traceId === request.traceId);
        const byId = new Map(inTrace.map((span) => [span.spanId, span]));
        const ancestors = (span: ReceivedSpan): ReceivedSpan[] => {
          const chain: ReceivedSpan[] = [];
          for (let at = span.parentSpanId ? byId.get(span.parentSpanId) : undefined; at;) {
            chain.push(at);
            at = at.parentSpanId ? byId.get(at.parentSpanId) : undefined;
          }
          return chain;
        };
        const rpc = inTrace.find(
          (span) => span.service === 'tenancy' && span.kind === SERVER && /CreateClient$/.test(span.name),
        );
        const publish = inTrace.find(
          (span) =>
            span.service === 'tenancy' &&
            span.kind === PRODUCER &&
            attribute(span, 'atrium.event.type')?.includes('client.created'),
        );
        const handled = inTrace.find(
          (span) =>
            span.service === 'notification' &&
            span.kind === CONSUMER &&
            span.parentSpanId === publish?.spanId,
        );
        if (!rpc || !publish || !handled) return undefined;
        return { request, rpc, publish, handled, ancestors, inTrace };
      },
      30_000,
      'the spans of POST /v1/clients',
    );

    // The gateway names its HTTP span after the operation's route template (http/operations.ts).
    expect(tree.request.name).toBe('POST /v1/clients');
    expect(attribute(tree.request, 'http.route')).toBe('/v1/clients');
    // The tenancy RPC's server span descends from the gateway's HTTP span through its gRPC client span.
    const rpcAncestors = tree.ancestors(tree.rpc);
    expect(rpcAncestors.map((span) => span.spanId)).toContain(tree.request.spanId);
    expect(rpcAncestors[0]).toMatchObject({ service: 'gateway', kind: CLIENT });
    // The relay published as a child of the RPC's span (stored with the outbox row), within the trace…
    expect(tree.ancestors(tree.publish).map((span) => span.spanId)).toContain(tree.rpc.spanId);
    expect(attribute(tree.publish, 'messaging.message.id')).toBe(
      attribute(tree.handled, 'messaging.message.id'),
    );
    // …and notification's handler ran as a child of that publish, from the message's traceparent header.
    expect(tree.handled.parentSpanId).toBe(tree.publish.spanId);
    expect(
      new Set([tree.request, tree.rpc, tree.publish, tree.handled].map((span) => span.traceId)).size,
    ).toBe(1);
    // The handler's own work (its queries) joins the trace too.
    expect(tree.inTrace.some((span) => span.service === 'notification' && span.kind === CLIENT)).toBe(true);
    expect(client.id).toEqual(expect.any(String));
  });

  it('puts the trace id and a span id of the request into the gateway log line for it', async () => {
    const agency = await signUpAgency(platform, { label: 'logs' });
    await createClient(platform, agency, { name: 'Logged Client' });
    const lines = platform
      .logs('gateway')
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const access = lines.filter((line) => line.traceId && JSON.stringify(line).includes('/v1/clients'));
    expect(access.length).toBeGreaterThan(0);
    const line = access.at(-1)!;
    expect(line).toMatchObject({ trace_id: line.traceId, span_id: expect.stringMatching(/^[0-9a-f]{16}$/) });
    const spans = await eventually(
      async () => {
        const found = receiver.spans.filter((span) => span.traceId === line.traceId);
        return found.some((span) => span.service === 'gateway' && span.kind === SERVER) ? found : undefined;
      },
      30_000,
      'the spans of the logged request',
    );
    expect(spans.map((span) => span.spanId)).toContain(line.span_id);
  });
});
