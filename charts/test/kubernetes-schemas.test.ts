import { removeBuiltCharts, render, VALUE_SET_NAMES, type K8sObject } from './support/helm';
import { validateObject } from './support/kubernetes';

afterAll(removeBuiltCharts);

// What Kubernetes accepts as a Service, Deployment, … name (RFC 1123 label, as for Services).
const DNS_LABEL = /^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/;

describe.each(VALUE_SET_NAMES)('the umbrella chart with %s values', (valueSet) => {
  const objects = render({ valueSet });

  test('renders a Deployment for each of the six services', () => {
    expect(objects.filter((object) => object.kind === 'Deployment')).toHaveLength(6);
  });

  test('every object is valid against the Kubernetes schema of its kind', () => {
    const problems = objects.flatMap((object) => {
      try {
        validateObject(object);
        return [];
      } catch (error) {
        return [`${object.kind} ${object.metadata.name}: ${(error as Error).message}`];
      }
    });
    expect(problems).toEqual([]);
  });

  test('every object has a valid name, unique among its kind', () => {
    const names = objects.map((object) => `${object.kind}/${object.metadata.name}`);
    expect(objects.filter((object) => !DNS_LABEL.test(object.metadata.name))).toEqual([]);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('the schema check', () => {
  const deployment = (): K8sObject => render().find((object) => object.kind === 'Deployment')!;

  test('fails an object of a kind it has no model for', () => {
    expect(() =>
      validateObject({ apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'widget' } }),
    ).toThrow(/no schema for example\.com\/v1\/Widget/);
  });

  test('fails a Deployment whose fields have the wrong type', () => {
    const broken = deployment();
    (broken.spec as { replicas: unknown }).replicas = 'two';
    expect(() => validateObject(broken)).toThrow(/replicas/);
  });

  test('fails a Deployment that misses a required field', () => {
    const broken = deployment();
    delete (broken.spec as { selector?: unknown }).selector;
    expect(() => validateObject(broken)).toThrow(/selector/);
  });
});
