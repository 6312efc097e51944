import fs from 'node:fs';
import path from 'node:path';
import { removeBuiltCharts, render, REPO_ROOT, type K8sObject } from './support/helm';
import { deploymentOf, validateObject } from './support/kubernetes';

afterAll(removeBuiltCharts);

const SERVICES = ['gateway', 'identity', 'tenancy', 'billing', 'campaigns', 'notification'];
const ALERTS = [
  'AtriumHttp5xxRateHigh',
  'AtriumHttpLatencyP99High',
  'AtriumOutboxLagHigh',
  'AtriumConsumerPendingHigh',
  'AtriumSmtpFailuresHigh',
];
const everything = {
  monitoring: {
    serviceMonitor: { enabled: true },
    prometheusRule: { enabled: true },
    dashboard: { enabled: true },
  },
};
const only = (objects: K8sObject[], kind: string) => objects.filter((object) => object.kind === kind);

describe('metrics in the charts', () => {
  const objects = render();

  test('every Deployment exposes METRICS_PORT as a `metrics` container port and asks to be scraped there', () => {
    for (const service of SERVICES) {
      const deployment = deploymentOf(objects, service);
      const template = deployment.spec!.template;
      expect(template.metadata!.annotations).toMatchObject({
        'prometheus.io/scrape': 'true',
        'prometheus.io/port': '9464',
        'prometheus.io/path': '/metrics',
      });
      expect(template.spec!.containers[0]!.ports).toContainEqual({
        name: 'metrics',
        containerPort: 9464,
        protocol: 'TCP',
      });
      const config = objects.find(
        (object) => object.kind === 'ConfigMap' && object.metadata.name === deployment.metadata!.name,
      ) as K8sObject & { data: Record<string, string> };
      expect(config.data.METRICS_PORT).toBe('9464');
    }
  });

  test('every Service names the metrics port, and every NetworkPolicy lets a scraper reach it', () => {
    for (const service of only(objects, 'Service')) {
      const ports = (service.spec as { ports: Array<{ name: string; port: number }> }).ports;
      expect(ports).toContainEqual(expect.objectContaining({ name: 'metrics', port: 9464 }));
    }
    const servers = only(objects, 'NetworkPolicy').filter(
      (policy) => !policy.metadata.name.endsWith('-jobs'),
    );
    expect(servers).toHaveLength(6);
    for (const policy of servers) {
      const ingress = (policy.spec as { ingress: Array<{ ports: Array<{ port: number }> }> }).ingress;
      expect(ingress.some((rule) => rule.ports.some((port) => port.port === 9464))).toBe(true);
    }
  });

  test('global.metrics moves the port everywhere and narrows who may scrape it', () => {
    const from = [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } } }];
    const moved = render({ values: { global: { metrics: { port: 9100, scrapeFrom: from } } } });
    const deployment = deploymentOf(moved, 'tenancy');
    expect(deployment.spec!.template.metadata!.annotations!['prometheus.io/port']).toBe('9100');
    const policy = only(moved, 'NetworkPolicy').find((object) => object.metadata.name.endsWith('tenancy'))!;
    const rules = (policy.spec as { ingress: Array<{ ports: Array<{ port: number }>; from?: unknown }> })
      .ingress;
    expect(rules.find((rule) => rule.ports[0]!.port === 9100)!.from).toEqual(from);
  });

  test('renders no ServiceMonitor, PrometheusRule or dashboard unless asked', () => {
    expect(only(objects, 'ServiceMonitor')).toEqual([]);
    expect(only(objects, 'PrometheusRule')).toEqual([]);
    expect(objects.filter((object) => object.metadata.name.endsWith('-dashboard'))).toEqual([]);
  });
});

describe('with monitoring turned on', () => {
  const objects = render({ values: everything });

  test('the ServiceMonitor scrapes the `metrics` port of the release`s servers', () => {
    const [monitor] = only(objects, 'ServiceMonitor');
    expect(() => validateObject(monitor!)).not.toThrow();
    expect(monitor!.spec).toMatchObject({
      selector: {
        matchLabels: { 'app.kubernetes.io/instance': 'atrium', 'app.kubernetes.io/component': 'server' },
      },
      endpoints: [{ port: 'metrics', path: '/metrics', interval: '30s' }],
    });
    // Every Service it selects carries the labels it selects by.
    const selector = (monitor!.spec as { selector: { matchLabels: Record<string, string> } }).selector
      .matchLabels;
    const selected = only(objects, 'Service').filter((service) =>
      Object.entries(selector).every(([key, value]) => service.metadata.labels?.[key] === value),
    );
    expect(selected).toHaveLength(6);
  });

  test('the PrometheusRule holds each alert, on metrics the code exports, with a runbook in docs/operations.md', () => {
    const [rule] = only(objects, 'PrometheusRule');
    expect(() => validateObject(rule!)).not.toThrow();
    const rules = (
      rule!.spec as {
        groups: Array<{
          rules: Array<{ alert: string; expr: string; annotations: { runbook_url: string } }>;
        }>;
      }
    ).groups.flatMap((group) => group.rules);
    expect(rules.map((entry) => entry.alert)).toEqual(ALERTS);
    const operations = fs.readFileSync(path.join(REPO_ROOT, 'docs/operations.md'), 'utf8');
    const source = exportedMetricNames();
    for (const entry of rules) {
      const anchor = /#(.+)$/.exec(entry.annotations.runbook_url)![1]!;
      expect(entry.annotations.runbook_url).toMatch(/^https:\/\/.+\/docs\/operations\.md#/);
      expect(operations).toContain(`### Alert: ${entry.alert}`);
      expect(anchor).toBe(`alert-${entry.alert.toLowerCase()}`);
      for (const [metric] of entry.expr.matchAll(/\b(?:http|grpc|atrium)_[a-z0-9_]+/g)) {
        expect(source).toContain(metric.replace(/_(bucket|count|sum)$/, ''));
      }
    }
  });

  test('the dashboard ConfigMap carries Grafana`s label and the dashboard JSON of the repository', () => {
    const dashboard = objects.find((object) => object.metadata.name === 'atrium-dashboard') as K8sObject & {
      data: Record<string, string>;
    };
    expect(() => validateObject(dashboard)).not.toThrow();
    expect(dashboard.metadata.labels?.grafana_dashboard).toBe('1');
    const shipped = JSON.parse(dashboard.data['atrium.json']!);
    expect(shipped).toEqual(
      JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'charts/atrium/dashboards/atrium.json'), 'utf8')),
    );
    const titles = shipped.panels.map((panel: { title: string }) => panel.title).join(' | ');
    for (const topic of ['Request rate', 'Errors', 'Latency', 'Outbox lag', 'Consumer lag', 'SMTP queue'])
      expect(titles).toContain(topic);
    const source = exportedMetricNames();
    for (const panel of shipped.panels)
      for (const target of panel.targets)
        for (const [metric] of (target.expr as string).matchAll(/\b(?:http|grpc|atrium)_[a-z0-9_]+/g))
          expect(source).toContain(metric.replace(/_(bucket|count|sum)$/, ''));
  });
});

/** Every metric name the sources register (name: '…' next to help:), so a rule cannot name a metric nobody exports. */
function exportedMetricNames(): string[] {
  const roots = ['libs', 'services'].map((dir) => path.join(REPO_ROOT, dir));
  const names: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (['node_modules', 'dist', 'generated', 'test'].includes(entry.name)) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts'))
        for (const [, name] of fs.readFileSync(full, 'utf8').matchAll(/'((?:http|grpc|atrium)_[a-z0-9_]+)'/g))
          names.push(name!);
    }
  };
  roots.forEach(walk);
  return names;
}
