import type { IDeployment } from 'kubernetes-models/apps/v1';
import { Deployment } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { Job } from 'kubernetes-models/batch/v1';
import { Ingress, NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { ConfigMap, Service, ServiceAccount } from 'kubernetes-models/v1';
import type { IPodTemplateSpec } from 'kubernetes-models/v1';

import type { K8sObject } from './helm';

interface ModelClass {
  apiVersion: string;
  kind: string;
  new (data: never): { validate(): void };
}

/** The kinds the charts may render, each with the model that carries its Kubernetes schema. */
const MODELS: ModelClass[] = [
  ConfigMap,
  Deployment,
  HorizontalPodAutoscaler,
  Ingress,
  Job,
  NetworkPolicy,
  PodDisruptionBudget,
  Service,
  ServiceAccount,
];
const MODEL_BY_TYPE = new Map(MODELS.map((model) => [`${model.apiVersion}/${model.kind}`, model]));

/**
 * kubernetes-models has no schemas for the Prometheus Operator's CRDs, so their shape is checked here:
 * the fields the operator requires and their types (monitoring.coreos.com/v1). Unknown fields pass, as
 * for the models.
 */
const CRD_CHECKS: Record<string, (object: K8sObject) => string[]> = {
  'monitoring.coreos.com/v1/ServiceMonitor': (object) => {
    const spec = object.spec as
      { selector?: { matchLabels?: unknown }; endpoints?: Array<Record<string, unknown>> } | undefined;
    const problems: string[] = [];
    if (typeof spec?.selector?.matchLabels !== 'object')
      problems.push('spec.selector.matchLabels is required');
    if (!Array.isArray(spec?.endpoints) || spec.endpoints.length === 0)
      problems.push('spec.endpoints must list at least one endpoint');
    for (const [index, endpoint] of (spec?.endpoints ?? []).entries()) {
      if (typeof endpoint.port !== 'string')
        problems.push(`spec.endpoints[${index}].port must be a port name`);
      for (const key of ['interval', 'scrapeTimeout'])
        if (endpoint[key] !== undefined && !/^\d+(ms|s|m|h)$/.test(String(endpoint[key])))
          problems.push(`spec.endpoints[${index}].${key} must be a duration`);
    }
    return problems;
  },
  'monitoring.coreos.com/v1/PrometheusRule': (object) => {
    const groups = (object.spec as { groups?: Array<{ name?: unknown; rules?: unknown }> } | undefined)
      ?.groups;
    if (!Array.isArray(groups) || groups.length === 0) return ['spec.groups must list at least one group'];
    return groups.flatMap((group, index) => {
      if (typeof group.name !== 'string') return [`spec.groups[${index}].name is required`];
      if (!Array.isArray(group.rules)) return [`spec.groups[${index}].rules must be a list`];
      return (group.rules as Array<Record<string, unknown>>).flatMap((rule, ruleIndex) => {
        const at = `spec.groups[${index}].rules[${ruleIndex}]`;
        const problems: string[] = [];
        if (typeof rule.alert !== 'string' && typeof rule.record !== 'string')
          problems.push(`${at} needs alert or record`);
        if (typeof rule.expr !== 'string' || rule.expr.trim() === '') problems.push(`${at}.expr is required`);
        if (rule.for !== undefined && !/^\d+(ms|s|m|h)$/.test(String(rule.for)))
          problems.push(`${at}.for must be a duration`);
        for (const map of ['labels', 'annotations'])
          if (
            rule[map] !== undefined &&
            Object.values(rule[map] as object).some((v) => typeof v !== 'string')
          )
            problems.push(`${at}.${map} must map to strings`);
        return problems;
      });
    });
  },
};

/** Validates an object against its kind's schema; a kind the charts should not render is an error too. */
export function validateObject(object: K8sObject): void {
  const crdCheck = CRD_CHECKS[`${object.apiVersion}/${object.kind}`];
  if (crdCheck) {
    const problems = crdCheck(object);
    if (problems.length > 0) throw new Error(problems.join('; '));
    return;
  }
  const model = MODEL_BY_TYPE.get(`${object.apiVersion}/${object.kind}`);
  if (!model) {
    throw new Error(
      `${object.kind} ${object.metadata?.name}: no schema for ${object.apiVersion}/${object.kind} ` +
        `(known: ${[...MODEL_BY_TYPE.keys()].join(', ')})`,
    );
  }
  new model(object as never).validate();
}

export const componentOf = (object: K8sObject): string | undefined =>
  object.metadata.labels?.['app.kubernetes.io/name'];

export function ofKind<T>(objects: K8sObject[], model: { is(value: unknown): value is T }): T[] {
  return objects.filter((object) => model.is(object));
}

/** The Deployment of one component. */
export function deploymentOf(objects: K8sObject[], component: string): IDeployment {
  const found = objects.find((object) => Deployment.is(object) && componentOf(object) === component);
  if (!found) throw new Error(`no Deployment for ${component}`);
  return found as IDeployment;
}

/** Every pod template rendered: Deployments' and hook Jobs', with the object each belongs to. */
export function podTemplates(objects: K8sObject[]): { owner: string; template: IPodTemplateSpec }[] {
  return objects.flatMap((object) => {
    if (Deployment.is(object) || Job.is(object)) {
      return [{ owner: `${object.kind} ${object.metadata?.name}`, template: object.spec!.template }];
    }
    return [];
  });
}
