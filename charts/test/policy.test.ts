import { existsSync, readFileSync } from 'node:fs';
import { LIVENESS_SERVICE_NAME } from '@atrium/grpc';
import path from 'node:path';

import { parseConfig, z } from '@atrium/config';
import { Deployment } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { Job, type IJob } from 'kubernetes-models/batch/v1';
import { Ingress, NetworkPolicy, type INetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { ConfigMap, Service, type IContainer } from 'kubernetes-models/v1';

import { callersOf, CONFIG_SHAPES, grpcCalls, grpcServiceName, publishers } from './support/code';
import {
  REPO_ROOT,
  removeBuiltCharts,
  render,
  renderError,
  SERVICES,
  VALUE_SET_NAMES,
  type K8sObject,
  type ServiceName,
  type ValueSet,
} from './support/helm';
import { componentOf, deploymentOf, ofKind, podTemplates } from './support/kubernetes';

afterAll(removeBuiltCharts);

const rendered = Object.fromEntries(
  VALUE_SET_NAMES.map((valueSet) => [valueSet, render({ valueSet })]),
) as Record<ValueSet, K8sObject[]>;
const BACKENDS = SERVICES.filter((service) => service !== 'gateway');
const SECRET_VARIABLES = ['DATABASE_URL', 'IDENTITY_KEK', 'SMTP_URL'];

const matches = (selector: Record<string, string> | undefined, labels: Record<string, string> | undefined) =>
  Object.entries(selector ?? {}).every(([key, value]) => labels?.[key] === value);

/** The components whose server pods a label selector picks. */
function selectedComponents(objects: K8sObject[], selector: Record<string, string> | undefined): string[] {
  return ofKind(objects, Deployment)
    .filter((deployment) => matches(selector, deployment.spec!.template.metadata!.labels))
    .map((deployment) => componentOf(deployment as K8sObject)!)
    .sort();
}

function containersOf(objects: K8sObject[]): { owner: string; container: IContainer }[] {
  return podTemplates(objects).flatMap(({ owner, template }) =>
    [...(template.spec!.initContainers ?? []), ...template.spec!.containers].map((container) => ({
      owner: `${owner} ${container.name}`,
      container,
    })),
  );
}

function configMapOf(objects: K8sObject[], service: string): Record<string, string> {
  const configMap = ofKind(objects, ConfigMap).find((object) => componentOf(object as K8sObject) === service);
  return configMap?.data ?? {};
}

/** The environment a service's server container starts with; secret values stand in for Secrets. */
function environmentOf(objects: K8sObject[], service: ServiceName): Record<string, string> {
  const container = deploymentOf(objects, service).spec!.template.spec!.containers[0]!;
  const env: Record<string, string> = { ...configMapOf(objects, service) };
  const placeholders: Record<string, string> = {
    DATABASE_URL: `postgres://atrium@db.example:5432/atrium_${service}`,
    IDENTITY_KEK: Buffer.alloc(32, 7).toString('base64'),
    SMTP_URL: 'smtp://mail.example:587',
    NATS_URL: 'nats://nats.example:4222',
    CURSOR_SIGNING_KEY: 'k'.repeat(44),
    STRIPE_SECRET_KEY: 'sk_test_placeholder',
    STRIPE_WEBHOOK_SECRET: 'whsec_placeholder',
  };
  for (const variable of container.env ?? []) {
    env[variable.name] = variable.value ?? placeholders[variable.name] ?? 'from-a-secret';
  }
  return env;
}

describe.each(VALUE_SET_NAMES)('pods with %s values', (valueSet) => {
  const objects = rendered[valueSet];

  test('every container of every Deployment and hook Job requests and limits CPU and memory', () => {
    const missing = containersOf(objects)
      .filter(({ container: { resources } }) =>
        ['cpu', 'memory'].some(
          (resource) => !resources?.requests?.[resource] || !resources?.limits?.[resource],
        ),
      )
      .map(({ owner }) => owner);
    expect(missing).toEqual([]);
  });

  test('every container runs as non-root on a read-only root filesystem, without capabilities, under RuntimeDefault seccomp', () => {
    for (const { owner, template } of podTemplates(objects)) {
      const pod = template.spec!.securityContext ?? {};
      for (const container of [...(template.spec!.initContainers ?? []), ...template.spec!.containers]) {
        const security = container.securityContext ?? {};
        const where = `${owner} ${container.name}`;
        expect({ where, runAsNonRoot: security.runAsNonRoot ?? pod.runAsNonRoot }).toEqual({
          where,
          runAsNonRoot: true,
        });
        expect({ where, uid: security.runAsUser ?? pod.runAsUser }).not.toEqual({ where, uid: 0 });
        expect({ where, readOnly: security.readOnlyRootFilesystem }).toEqual({ where, readOnly: true });
        expect({ where, escalation: security.allowPrivilegeEscalation }).toEqual({
          where,
          escalation: false,
        });
        expect({ where, drop: security.capabilities?.drop }).toEqual({ where, drop: ['ALL'] });
        expect({ where, add: security.capabilities?.add ?? [] }).toEqual({ where, add: [] });
        const seccomp = security.seccompProfile?.type ?? pod.seccompProfile?.type;
        expect({ where, seccomp }).toEqual({ where, seccomp: 'RuntimeDefault' });
      }
    }
  });

  test('every container can write to /tmp, an emptyDir, and nowhere else', () => {
    for (const { owner, template } of podTemplates(objects)) {
      const volumes = new Map((template.spec!.volumes ?? []).map((volume) => [volume.name, volume]));
      for (const container of [...(template.spec!.initContainers ?? []), ...template.spec!.containers]) {
        const mounts = (container.volumeMounts ?? []).map((mount) => ({
          path: mount.mountPath,
          emptyDir: Boolean(volumes.get(mount.name)?.emptyDir),
        }));
        expect({ where: `${owner} ${container.name}`, mounts }).toEqual({
          where: `${owner} ${container.name}`,
          mounts: [{ path: '/tmp', emptyDir: true }],
        });
      }
    }
  });

  test('no pod mounts a Kubernetes API token', () => {
    for (const { owner, template } of podTemplates(objects)) {
      expect({ owner, automount: template.spec!.automountServiceAccountToken }).toEqual({
        owner,
        automount: false,
      });
    }
  });

  test('every server container has startup, readiness and liveness probes', () => {
    for (const deployment of ofKind(objects, Deployment)) {
      for (const container of deployment.spec!.template.spec!.containers) {
        expect(container.startupProbe).toBeDefined();
        expect(container.readinessProbe).toBeDefined();
        expect(container.livenessProbe).toBeDefined();
      }
    }
  });

  test("each pod's grace period outlasts its preStop pause plus its drain (SHUTDOWN_GRACE_MS)", () => {
    for (const service of SERVICES) {
      const pod = deploymentOf(objects, service).spec!.template.spec!;
      const pauseSeconds = pod.containers[0]!.lifecycle?.preStop?.sleep?.seconds ?? 0;
      const drainMs = Number(configMapOf(objects, service).SHUTDOWN_GRACE_MS);
      expect(drainMs).toBeGreaterThan(0);
      expect(pod.terminationGracePeriodSeconds! * 1000).toBeGreaterThan(pauseSeconds * 1000 + drainMs);
    }
  });

  test('only the gateway is reachable from outside: one Ingress, to the gateway, and ClusterIP Services', () => {
    const ingresses = ofKind(objects, Ingress);
    expect(ingresses.map((ingress) => componentOf(ingress as K8sObject))).toEqual(['gateway']);
    const gatewayService = ofKind(objects, Service).find(
      (service) => componentOf(service as K8sObject) === 'gateway',
    )!;
    const backends = ingresses[0]!.spec!.rules!.flatMap((rule) =>
      rule.http!.paths.map((route) => route.backend.service!.name),
    );
    expect(new Set(backends)).toEqual(new Set([gatewayService.metadata!.name]));
    expect(ofKind(objects, Service).map((service) => service.spec!.type)).toEqual(Array(6).fill('ClusterIP'));
  });

  test("every <PEER>_ADDR names a rendered Service and that Service's port", () => {
    const services = new Map(ofKind(objects, Service).map((service) => [service.metadata!.name, service]));
    for (const [service, peers] of Object.entries(grpcCalls())) {
      for (const peer of peers) {
        const [host, port] = configMapOf(objects, service)[`${peer.toUpperCase()}_ADDR`]!.split(':');
        const target = services.get(host);
        expect(target && componentOf(target as K8sObject)).toBe(peer);
        // Besides the metrics port every Service also names (docs/operations.md, "What to watch").
        const ports = target!.spec!.ports!.filter((servicePort) => servicePort.name !== 'metrics');
        expect(ports.map((servicePort) => servicePort.port)).toEqual([Number(port)]);
      }
    }
  });

  test.each(SERVICES)(
    '%s gets every variable its config reads, with values its config accepts',
    (service) => {
      const env = environmentOf(objects, service);
      const shape = CONFIG_SHAPES[service];
      // A variable with a default is set explicitly, so no default hides in the image; one that is only
      // optional (a test's override such as STRIPE_API_URL, a secret the sandbox does without) may be left out.
      const mayBeLeftOut = (variable: string) =>
        shape[variable as keyof typeof shape] instanceof z.ZodOptional;
      expect(Object.keys(shape).filter((variable) => !(variable in env) && !mayBeLeftOut(variable))).toEqual(
        [],
      );
      expect(() => parseConfig(shape, env)).not.toThrow();
    },
  );

  test('database URLs, the KEK and the SMTP URL come from existing Secrets, never from values', () => {
    for (const configMap of ofKind(objects, ConfigMap)) {
      expect(Object.keys(configMap.data ?? {}).filter((key) => SECRET_VARIABLES.includes(key))).toEqual([]);
    }
    const fromSecrets = (service: ServiceName) =>
      deploymentOf(objects, service)
        .spec!.template.spec!.containers[0]!.env!.filter((variable) => variable.valueFrom?.secretKeyRef?.name)
        .map((variable) => variable.name)
        .sort();
    for (const service of BACKENDS)
      expect(fromSecrets(service)).toEqual(expect.arrayContaining(['DATABASE_URL']));
    expect(fromSecrets('identity')).toEqual(expect.arrayContaining(['IDENTITY_KEK']));
    expect(fromSecrets('notification')).toEqual(expect.arrayContaining(['SMTP_URL']));
  });
});

describe('probes', () => {
  const objects = rendered.default;

  test.each(BACKENDS)(
    '%s is probed over native gRPC: readiness on the service name it registers, liveness on the process being alive',
    (service) => {
      const container = deploymentOf(objects, service).spec!.template.spec!.containers[0]!;
      const port = container.ports!.find((containerPort) => containerPort.name === 'grpc')!.containerPort;
      expect(grpcServiceName(service)).toMatch(new RegExp(`^atrium\\.${service}\\.v1\\.\\w+Service$`));
      expect(container.readinessProbe!.grpc).toEqual({ port, service: grpcServiceName(service) });
      // Liveness and startup ask the name that stays SERVING while the process runs, so a database or
      // NATS outage takes pods out of rotation without restarting them in a loop.
      expect(container.livenessProbe!.grpc).toEqual({ port, service: LIVENESS_SERVICE_NAME });
      expect(container.startupProbe!.grpc).toEqual({ port, service: LIVENESS_SERVICE_NAME });
      expect(String(port)).toBe(configMapOf(objects, service).GRPC_PORT);
    },
  );

  test('the gateway is probed over HTTP: /healthz for liveness, /readyz for readiness', () => {
    const container = deploymentOf(objects, 'gateway').spec!.template.spec!.containers[0]!;
    expect(container.livenessProbe!.httpGet).toEqual({ path: '/healthz', port: 'http' });
    expect(container.startupProbe!.httpGet).toEqual({ path: '/healthz', port: 'http' });
    expect(container.readinessProbe!.httpGet).toEqual({ path: '/readyz', port: 'http' });
    expect(container.ports).toEqual([
      { name: 'http', containerPort: Number(configMapOf(objects, 'gateway').PORT), protocol: 'TCP' },
      {
        name: 'metrics',
        containerPort: Number(configMapOf(objects, 'gateway').METRICS_PORT),
        protocol: 'TCP',
      },
    ]);
  });
});

describe('scaling', () => {
  test('production runs every service with at least two pods, an HPA and a PodDisruptionBudget aimed at it', () => {
    const objects = rendered.production;
    for (const service of SERVICES) {
      const deployment = deploymentOf(objects, service);
      const podLabels = deployment.spec!.template.metadata!.labels;
      const hpas = ofKind(objects, HorizontalPodAutoscaler).filter(
        (hpa) =>
          hpa.spec!.scaleTargetRef.kind === 'Deployment' &&
          hpa.spec!.scaleTargetRef.name === deployment.metadata!.name,
      );
      expect(hpas).toHaveLength(1);
      expect(hpas[0]!.spec!.minReplicas).toBeGreaterThanOrEqual(2);
      // The HPA owns the count; a replicas field would fight it on every upgrade.
      expect(deployment.spec!.replicas).toBeUndefined();
      const budgets = ofKind(objects, PodDisruptionBudget).filter((budget) =>
        matches(budget.spec!.selector!.matchLabels, podLabels),
      );
      expect(budgets).toHaveLength(1);
    }
  });

  test('default and dev values run one pod of each service, without HPAs or budgets', () => {
    for (const valueSet of ['default', 'dev'] as const) {
      const objects = rendered[valueSet];
      expect(SERVICES.map((service) => deploymentOf(objects, service).spec!.replicas)).toEqual(
        Array(6).fill(1),
      );
      expect(ofKind(objects, HorizontalPodAutoscaler)).toEqual([]);
      expect(ofKind(objects, PodDisruptionBudget)).toEqual([]);
    }
  });

  test("one service's replicas and resources change without touching any other object", () => {
    const resources = { requests: { cpu: '750m', memory: '1Gi' }, limits: { cpu: '3', memory: '2Gi' } };
    const before = rendered.default;
    const after = render({ values: { tenancy: { replicaCount: 4, resources } } });
    const tenancy = deploymentOf(after, 'tenancy');
    expect(tenancy.spec!.replicas).toBe(4);
    expect(tenancy.spec!.template.spec!.containers[0]!.resources).toEqual(resources);
    const changed = after
      .filter((object, index) => JSON.stringify(object) !== JSON.stringify(before[index]))
      .map((object) => `${object.kind} ${object.metadata.name}`);
    expect(changed).toEqual([`Deployment ${tenancy.metadata!.name}`]);
  });

  test('one service can autoscale while the others keep a fixed count', () => {
    const objects = render({
      values: { identity: { autoscaling: { enabled: true, minReplicas: 3, maxReplicas: 9 } } },
    });
    const hpas = ofKind(objects, HorizontalPodAutoscaler);
    expect(
      hpas.map((hpa) => [hpa.spec!.scaleTargetRef.name, hpa.spec!.minReplicas, hpa.spec!.maxReplicas]),
    ).toEqual([[deploymentOf(objects, 'identity').metadata!.name, 3, 9]]);
    expect(deploymentOf(objects, 'identity').spec!.replicas).toBeUndefined();
    expect(deploymentOf(objects, 'tenancy').spec!.replicas).toBe(1);
  });

  test('an HPA takes custom metrics next to CPU', () => {
    const queueDepth = {
      type: 'Pods',
      pods: {
        metric: { name: 'atrium_pending_events' },
        target: { type: 'AverageValue', averageValue: '30' },
      },
    };
    const objects = render({
      values: { notification: { autoscaling: { enabled: true, metrics: [queueDepth] } } },
    });
    const hpa = ofKind(objects, HorizontalPodAutoscaler)[0]!;
    expect(hpa.spec!.metrics!.map((metric) => metric.type)).toEqual(['Resource', 'Pods']);
    expect(hpa.spec!.metrics![1]).toEqual(queueDepth);
  });

  test('a PodDisruptionBudget with both minAvailable and maxUnavailable fails the render with a clear message', () => {
    const error = renderError({
      values: { billing: { podDisruptionBudget: { enabled: true, minAvailable: 1, maxUnavailable: 1 } } },
    });
    expect(error).toContain(
      'billing: set podDisruptionBudget.minAvailable or podDisruptionBudget.maxUnavailable, not both',
    );
  });

  test('a PodDisruptionBudget takes either bound, and maxUnavailable 1 when given neither', () => {
    const budgetOf = (podDisruptionBudget: object) =>
      ofKind(
        render({ values: { billing: { podDisruptionBudget: { enabled: true, ...podDisruptionBudget } } } }),
        PodDisruptionBudget,
      )[0]!.spec;
    const halfUp = budgetOf({ minAvailable: '50%' });
    expect(halfUp).toMatchObject({ minAvailable: '50%' });
    expect(halfUp).not.toHaveProperty('maxUnavailable');
    expect(budgetOf({ maxUnavailable: 2 })).toMatchObject({ maxUnavailable: 2 });
    expect(budgetOf({})).toMatchObject({ maxUnavailable: 1 });
  });

  test('an autoscaler whose minimum exceeds its maximum fails the render', () => {
    const error = renderError({
      values: { campaigns: { autoscaling: { enabled: true, minReplicas: 5, maxReplicas: 3 } } },
    });
    expect(error).toContain('campaigns: autoscaling.minReplicas (5) is above autoscaling.maxReplicas (3)');
  });

  test('a longer drain lengthens the grace period, and a grace period shorter than the drain is refused', () => {
    const objects = render({ values: { tenancy: { shutdownGraceMs: 45000 } } });
    expect(configMapOf(objects, 'tenancy').SHUTDOWN_GRACE_MS).toBe('45000');
    expect(
      deploymentOf(objects, 'tenancy').spec!.template.spec!.terminationGracePeriodSeconds,
    ).toBeGreaterThan(50);
    const error = renderError({
      values: { tenancy: { shutdownGraceMs: 45000, terminationGracePeriodSeconds: 30 } },
    });
    expect(error).toContain(
      'terminationGracePeriodSeconds (30) must be longer than preStopSleepSeconds + shutdownGraceMs (50 s)',
    );
  });
});

describe('values schema', () => {
  test('rejects a replica count that is not a number', () => {
    expect(renderError({ values: { tenancy: { replicaCount: 'two' } } })).toMatch(
      /tenancy:[\s\S]*\/replicaCount': got string, want integer/,
    );
  });

  test('rejects a misspelt key instead of ignoring it', () => {
    expect(renderError({ values: { identity: { replicas: 2 } } })).toMatch(
      /identity:[\s\S]*'replicas' not allowed/,
    );
  });

  test('rejects a wrong type in the shared settings', () => {
    expect(renderError({ values: { global: { nats: { streamReplicas: 'three' } } } })).toMatch(
      /\/global\/nats\/streamReplicas': got string, want integer/,
    );
  });

  test('rejects a variable a service does not read, so typos in env do not pass silently', () => {
    expect(renderError({ values: { tenancy: { env: { DATABASE_POOL: 5 } } } })).toMatch(
      /'DATABASE_POOL' not allowed/,
    );
  });

  test('gives no way to put an Ingress in front of a gRPC service', () => {
    expect(renderError({ values: { tenancy: { ingress: { enabled: true } } } })).toMatch(
      /'ingress' not allowed/,
    );
  });
});

describe('configuration', () => {
  test('production reads NATS_URL from a Secret, since the URL carries credentials', () => {
    for (const service of SERVICES) {
      expect(configMapOf(rendered.production, service)).not.toHaveProperty('NATS_URL');
      const env = deploymentOf(rendered.production, service).spec!.template.spec!.containers[0]!.env!;
      expect(env.find((variable) => variable.name === 'NATS_URL')?.valueFrom?.secretKeyRef).toEqual({
        name: 'atrium-nats',
        key: 'NATS_URL',
      });
    }
  });

  test('a service database may live in a Secret of its own', () => {
    const objects = render({
      values: { billing: { database: { existingSecret: 'billing-db', secretKey: 'url' } } },
    });
    const env = deploymentOf(objects, 'billing').spec!.template.spec!.containers[0]!.env!;
    expect(env.find((variable) => variable.name === 'DATABASE_URL')!.valueFrom!.secretKeyRef).toEqual({
      name: 'billing-db',
      key: 'url',
    });
    const migrations = ofKind(objects, Job).find(
      (job) => job.metadata!.name === 'atrium-billing-migrations',
    )!;
    expect(migrations.spec!.template.spec!.containers[0]!.env).toEqual(
      env.filter((variable) => variable.name === 'DATABASE_URL'),
    );
  });

  test('without a database Secret name the render fails, naming the value to set', () => {
    expect(renderError({ values: { global: { database: { existingSecret: '' } } } })).toContain(
      'database.existingSecret (or global.database.existingSecret) must name the Secret that holds DATABASE_URL',
    );
  });

  test('shared settings reach every service, and a service may override one for itself', () => {
    const objects = render({
      values: { global: { logLevel: 'warn' }, campaigns: { env: { LOG_LEVEL: 'debug' } } },
    });
    expect(SERVICES.map((service) => configMapOf(objects, service).LOG_LEVEL)).toEqual(
      SERVICES.map((service) => (service === 'campaigns' ? 'debug' : 'warn')),
    );
  });

  test("changing a service's variables rolls that service's pods and no other's", () => {
    const checksums = (objects: K8sObject[]) =>
      SERVICES.map(
        (service) => deploymentOf(objects, service).spec!.template.metadata!.annotations!['checksum/config'],
      );
    const before = checksums(rendered.default);
    const after = checksums(render({ values: { notification: { env: { DATABASE_POOL_SIZE: 25 } } } }));
    expect(SERVICES.filter((_service, index) => before[index] !== after[index])).toEqual(['notification']);
  });
});

describe('network policies', () => {
  const objects = rendered.default;
  const policyOf = (service: string) =>
    ofKind(objects, NetworkPolicy).find(
      (policy) =>
        policy.spec!.podSelector.matchLabels?.['app.kubernetes.io/component'] === 'server' &&
        componentOf(policy as K8sObject) === service,
    )!;
  const portsOf = (rule: { ports?: { port?: number | string }[] }) =>
    (rule.ports ?? []).map((port) => port.port);

  test.each(BACKENDS)('%s admits gRPC only from the services that call it', (service) => {
    const policy = policyOf(service);
    expect(selectedComponents(objects, policy.spec!.podSelector.matchLabels)).toEqual([service]);
    expect(policy.spec!.policyTypes).toEqual(['Ingress', 'Egress']);
    const port = Number(configMapOf(objects, service).GRPC_PORT);
    // The gRPC port, and the metrics port for the scraper (charts/test/monitoring.test.ts).
    expect(policy.spec!.ingress!.map(portsOf)).toEqual([
      [port],
      [Number(configMapOf(objects, service).METRICS_PORT)],
    ]);
    const rule = policy.spec!.ingress![0]!;
    const admitted = rule.from!.flatMap((peer) => selectedComponents(objects, peer.podSelector?.matchLabels));
    expect(admitted.sort()).toEqual([...callersOf(service)].sort());
    expect(admitted).toContain('gateway');
  });

  test('the gateway admits HTTP on its port only, from the ingress controller in production', () => {
    const rule = policyOf('gateway').spec!.ingress![0]!;
    expect(portsOf(rule)).toEqual([8080]);
    const production = ofKind(rendered.production, NetworkPolicy).find(
      (policy) => policy.metadata!.name === policyOf('gateway').metadata!.name,
    )!;
    expect(production.spec!.ingress![0]!.from).toEqual([
      { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' } } },
    ]);
  });

  test.each(SERVICES)(
    '%s reaches only DNS, the services it calls, and Postgres, NATS or SMTP as it needs',
    (service) => {
      const destinations = policyOf(service).spec!.egress!.map((rule) => {
        const peers = (rule.to ?? []).flatMap((peer) =>
          selectedComponents(objects, peer.podSelector?.matchLabels),
        );
        return peers.length > 0
          ? `${peers.join(',')}:${portsOf(rule).join(',')}`
          : `any:${portsOf(rule).join(',')}`;
      });
      const platformPort = (peer: string) =>
        configMapOf(objects, peer)[peer === 'gateway' ? 'PORT' : 'GRPC_PORT'];
      const expected = [
        'any:53,53',
        ...grpcCalls()[service].map((peer) => `${peer}:${platformPort(peer)}`),
        ...('DATABASE_URL' in CONFIG_SHAPES[service] ? ['any:5432'] : []),
        ...('NATS_URL' in CONFIG_SHAPES[service] ? ['any:4222'] : []),
        ...(service === 'notification' ? ['any:25,465,587'] : []),
      ];
      expect(destinations.sort()).toEqual(expected.sort());
    },
  );

  test('production narrows Postgres and NATS to their own addresses', () => {
    const policy = ofKind(rendered.production, NetworkPolicy).find(
      (candidate) => candidate.metadata!.name === 'atrium-tenancy',
    )!;
    const to = (port: number) =>
      policy.spec!.egress!.find((rule) => rule.ports?.some((candidate) => candidate.port === port))!.to;
    expect(to(5432)).toEqual([{ ipBlock: { cidr: '10.20.0.0/16' } }]);
    expect(to(4222)).toEqual([
      { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'nats' } } },
    ]);
  });

  test("hook Jobs' pods accept no connection and reach only DNS, Postgres and NATS", () => {
    const jobs = ofKind(objects, Job);
    for (const service of BACKENDS) {
      const policy: INetworkPolicy = ofKind(objects, NetworkPolicy).find(
        (candidate) => candidate.metadata!.name === `atrium-${service}-jobs`,
      )!;
      const selected = jobs.filter(
        (job) =>
          matches(policy.spec!.podSelector.matchLabels, job.spec!.template.metadata!.labels) &&
          policy.spec!.podSelector.matchExpressions!.every((expression) =>
            expression.values!.includes(job.spec!.template.metadata!.labels![expression.key] ?? ''),
          ),
      );
      expect(selected.map((job) => job.metadata!.name).sort()).toEqual(
        jobs
          .filter((job) => componentOf(job as K8sObject) === service)
          .map((job) => job.metadata!.name)
          .sort(),
      );
      expect(policy.spec!.policyTypes).toEqual(['Ingress', 'Egress']);
      expect(policy.spec!.ingress).toBeUndefined();
      const ports = policy.spec!.egress!.flatMap((rule) => portsOf(rule));
      expect(new Set(ports)).toEqual(new Set(publishers().includes(service) ? [53, 5432, 4222] : [53, 5432]));
    }
  });

  test('turning NetworkPolicies off removes every one of them', () => {
    expect(
      ofKind(render({ values: { global: { networkPolicy: { enabled: false } } } }), NetworkPolicy),
    ).toEqual([]);
  });
});

describe('hook Jobs', () => {
  const objects = rendered.default;
  const jobs = ofKind(objects, Job);
  const hookOf = (job: IJob) => job.metadata!.annotations!['helm.sh/hook']!.split(',').sort();
  const weightOf = (job: IJob) => Number(job.metadata!.annotations!['helm.sh/hook-weight']);
  const migrationJobs = jobs.filter(
    (job) => job.metadata!.labels!['app.kubernetes.io/component'] === 'migrations',
  );
  const streamJobs = jobs.filter((job) => job.metadata!.labels!['app.kubernetes.io/component'] === 'streams');

  test('every service with a database migrates it in a pre-install,pre-upgrade hook Job with the migrator', () => {
    const withDatabase = SERVICES.filter((service) => 'DATABASE_URL' in CONFIG_SHAPES[service]);
    expect(migrationJobs.map((job) => componentOf(job as K8sObject)).sort()).toEqual(
      [...withDatabase].sort(),
    );
    for (const job of migrationJobs) {
      const service = componentOf(job as K8sObject);
      expect(hookOf(job)).toEqual(['pre-install', 'pre-upgrade']);
      expect(job.spec!.template.spec!.containers[0]!.args).toEqual([
        'node',
        '/app/libs/db/dist/cli.js',
        'migrate',
        '--dir',
        `/app/services/${service}/prisma/migrations`,
      ]);
      expect(job.spec!.template.spec!.restartPolicy).toBe('Never');
    }
  });

  test('every service that publishes events provisions its stream in a hook Job that runs after every migration', () => {
    expect(streamJobs.map((job) => componentOf(job as K8sObject)).sort()).toEqual([...publishers()].sort());
    const lastMigration = Math.max(...migrationJobs.map(weightOf));
    for (const job of streamJobs) {
      expect(hookOf(job)).toEqual(['pre-install', 'pre-upgrade']);
      expect(weightOf(job)).toBeGreaterThan(lastMigration);
      expect(job.spec!.template.spec!.containers[0]!.args).toEqual([
        'node',
        '/app/deploy/provision-streams.js',
        componentOf(job as K8sObject),
      ]);
    }
  });

  test('failed hook Jobs are kept for their logs until the next attempt, successful ones removed', () => {
    for (const job of jobs) {
      expect(job.metadata!.annotations!['helm.sh/hook-delete-policy']).toBe(
        'before-hook-creation,hook-succeeded',
      );
    }
  });

  test('hook Jobs run files that the image contains', () => {
    const dockerfile = readFileSync(path.join(REPO_ROOT, 'deploy/Dockerfile'), 'utf8');
    expect(dockerfile).toContain('libs/*/dist');
    expect(dockerfile).toContain('deploy/provision-streams.js');
    expect(dockerfile).toContain('prisma/migrations');
    const files = jobs.flatMap((job) =>
      [...(job.spec!.template.spec!.initContainers ?? []), ...job.spec!.template.spec!.containers].flatMap(
        (container) => container.args!.filter((arg) => arg.startsWith('/app/')),
      ),
    );
    // The image holds the repository's layout under /app, with dist/ compiled from src/.
    const missing = files
      .map((file) => file.replace('/app/', '').replace(/\/dist\/(.*)\.js$/, '/src/$1.ts'))
      .filter((file) => !existsSync(path.join(REPO_ROOT, file)));
    expect(missing).toEqual([]);
  });

  test('with createDatabase, an init container creates the database before the migrations run', () => {
    const job = ofKind(rendered.dev, Job).find(
      (candidate) => candidate.metadata!.name === 'atrium-tenancy-migrations',
    )!;
    const init = job.spec!.template.spec!.initContainers![0]!;
    expect(init.args).toEqual(['node', '/app/libs/db/dist/cli.js', 'create-database']);
    expect(init.env).toEqual(job.spec!.template.spec!.containers[0]!.env);
    expect(migrationJobs.every((candidate) => !candidate.spec!.template.spec!.initContainers)).toBe(true);
  });
});

describe('the umbrella chart', () => {
  test.each(SERVICES)("renders %s exactly as the service's own chart does with its defaults", (service) => {
    const alone = render({ chart: service });
    const throughUmbrella = rendered.default.filter((object) => componentOf(object) === service);
    expect(throughUmbrella).toEqual(alone);
  });

  test('leaves a disabled service out entirely', () => {
    const objects = render({ values: { billing: { enabled: false } } });
    expect(objects.filter((object) => componentOf(object) === 'billing')).toEqual([]);
    expect(ofKind(objects, Deployment)).toHaveLength(5);
  });
});
