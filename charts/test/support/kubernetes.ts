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

/** Validates an object against its kind's schema; a kind the charts should not render is an error too. */
export function validateObject(object: K8sObject): void {
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
