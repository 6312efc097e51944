import { eventually } from '@atrium/testing';
import { callGateway, startPlatform, type Platform } from './platform';
import { SPAN_KIND, startReceiver } from '../support/otlp-receiver';

// The processes batch their spans for ten minutes here, so nothing reaches the receiver unless a
// graceful stop (SIGTERM) exports what is still buffered: the last seconds of a pod's traces.
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
      OTEL_BSP_SCHEDULE_DELAY: '600000',
      OTEL_BSP_MAX_QUEUE_SIZE: '100000',
      OTEL_BSP_MAX_EXPORT_BATCH_SIZE: '100000',
    },
  });
});

afterAll(async () => {
  await platform?.shutdown();
  await receiver?.close();
});

test('a SIGTERM exports the spans still buffered, in the gateway and in a backend', async () => {
  const login = await callGateway(platform, 'POST', '/v1/auth/login', {
    body: { email: 'nobody@flush.test', password: 'Not-The-Password-1' },
  });
  expect(login.status).toBe(401);
  const served = (service: string, kind: number) =>
    receiver.spans.some((span) => span.service === service && span.kind === kind);
  // Still buffered: the batch would go out in ten minutes.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  expect(served('gateway', SPAN_KIND.SERVER)).toBe(false);
  expect(served('identity', SPAN_KIND.SERVER)).toBe(false);

  await platform.stop('gateway');
  await platform.stop('identity');

  const loginSpans = await eventually(
    async () => {
      const request = receiver.spans.find(
        (span) => span.service === 'gateway' && span.kind === SPAN_KIND.SERVER,
      );
      const rpc = receiver.spans.find(
        (span) =>
          span.service === 'identity' && span.kind === SPAN_KIND.SERVER && span.traceId === request?.traceId,
      );
      return request && rpc ? { request, rpc } : undefined;
    },
    5000,
    'the login request spans after SIGTERM',
  );
  expect(loginSpans.rpc.traceId).toBe(loginSpans.request.traceId);
});
