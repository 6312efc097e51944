import { createLogger } from '@atrium/logger';
import { parseMetrics, sampleSum } from '@atrium/testing';
import { counter, gauge, ScrapeSources, startMetricsServer, type MetricsServer } from '../src';

const logger = createLogger('metrics-test', 'silent');
let server: MetricsServer;

const requests = counter({ name: 'test_requests_total', help: 'requests', labelNames: ['route'] });
const slow = new ScrapeSources<() => Promise<number>>();
gauge({
  name: 'test_reading',
  help: 'a reading from sources',
  async collect() {
    const readings = await slow.read((read) => read(), 200);
    this.set(readings.reduce((sum, value) => sum + value, 0));
  },
});

beforeAll(async () => {
  server = await startMetricsServer({ host: '127.0.0.1', port: 0, logger });
});
afterAll(() => server.stop());

const scrape = async () => {
  const response = await fetch(`http://127.0.0.1:${server.port}/metrics`);
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
};

test('serves the registry as Prometheus text at GET /metrics', async () => {
  requests.inc({ route: '/v1/clients/{id}' }, 2);
  const answer = await scrape();
  expect(answer.status).toBe(200);
  expect(answer.type).toMatch(/^text\/plain; version=0\.0\.4/);
  expect(sampleSum(parseMetrics(answer.text), 'test_requests_total', { route: '/v1/clients/{id}' })).toBe(2);
});

test('answers 404 for any other path or method', async () => {
  expect((await fetch(`http://127.0.0.1:${server.port}/`)).status).toBe(404);
  expect((await fetch(`http://127.0.0.1:${server.port}/metrics`, { method: 'POST' })).status).toBe(404);
});

test('leaves out a source that does not answer in time instead of failing the scrape', async () => {
  const answering = async () => 3;
  const hanging = () => new Promise<number>(() => undefined);
  const failing = async (): Promise<number> => {
    throw new Error('database down');
  };
  slow.add(answering);
  slow.add(hanging);
  slow.add(failing);
  try {
    const answer = await scrape();
    expect(answer.status).toBe(200);
    expect(sampleSum(parseMetrics(answer.text), 'test_reading')).toBe(3);
  } finally {
    slow.delete(answering);
    slow.delete(hanging);
    slow.delete(failing);
  }
});
