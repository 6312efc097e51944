import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseAllDocuments, stringify } from 'yaml';

export const REPO_ROOT = path.resolve(__dirname, '../../..');

export const SERVICES = ['gateway', 'identity', 'tenancy', 'billing', 'campaigns', 'notification'] as const;
export type ServiceName = (typeof SERVICES)[number];

/** The value sets helm-check.sh renders: the umbrella's defaults, then each file of deploy/values on top. */
export const VALUE_SETS = {
  default: [],
  dev: ['deploy/values/dev.yaml'],
  production: ['deploy/values/production.yaml'],
} as const;
export type ValueSet = keyof typeof VALUE_SETS;
export const VALUE_SET_NAMES = Object.keys(VALUE_SETS) as ValueSet[];

/** A rendered Kubernetes object, before anyone checked it against a schema. */
export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  [field: string]: unknown;
}

export interface RenderOptions {
  valueSet?: ValueSet;
  /** Values given last, as with `--values extra.yaml`. */
  values?: object;
  /** A chart directory under charts/; the umbrella by default. */
  chart?: string;
}

let helmBinary: string | undefined;
let chartsCopy: string | undefined;
let valuesFiles = 0;

/** The Helm binary, extracted by the same helper helm-check.sh uses. */
export function helm(): string {
  helmBinary ??= execFileSync('bash', [path.join(REPO_ROOT, 'charts/ensure-helm.sh')], {
    encoding: 'utf8',
  }).trim();
  return helmBinary;
}

/**
 * A scratch copy of charts/ with every file:// dependency built, made once per test file: test files run
 * in parallel and must neither race on the packaged dependencies nor leave them in the working tree.
 */
function builtCharts(): string {
  if (chartsCopy) return chartsCopy;
  const copy = mkdtempSync(path.join(os.tmpdir(), 'atrium-charts-'));
  cpSync(path.join(REPO_ROOT, 'charts'), copy, {
    recursive: true,
    filter: (source) => !source.startsWith(path.join(REPO_ROOT, 'charts/test')),
  });
  for (const chart of [...SERVICES, 'atrium']) {
    execFileSync(helm(), ['dependency', 'build', path.join(copy, chart)], { stdio: 'pipe' });
  }
  chartsCopy = copy;
  return copy;
}

/** Removes the scratch copy; for afterAll. */
export function removeBuiltCharts(): void {
  if (chartsCopy) rmSync(chartsCopy, { recursive: true, force: true });
  chartsCopy = undefined;
}

function template(options: RenderOptions) {
  const charts = builtCharts();
  const args = ['template', 'atrium', path.join(charts, options.chart ?? 'atrium')];
  args.push('--namespace', 'atrium', '--kube-version', '1.34.0');
  for (const file of VALUE_SETS[options.valueSet ?? 'default'])
    args.push('--values', path.join(REPO_ROOT, file));
  if (options.values) {
    const file = path.join(charts, `values-${++valuesFiles}.yaml`);
    writeFileSync(file, stringify(options.values));
    args.push('--values', file);
  }
  return spawnSync(helm(), args, { encoding: 'utf8' });
}

/** `helm template` (hooks included) parsed into objects; throws with Helm's message when it fails. */
export function render(options: RenderOptions = {}): K8sObject[] {
  const result = template(options);
  if (result.status !== 0) throw new Error(`helm template failed:\n${result.stderr}`);
  return parseAllDocuments(result.stdout).flatMap((document) => {
    if (document.errors.length > 0) throw document.errors[0];
    const object = document.toJS() as K8sObject | null;
    return object ? [object] : [];
  });
}

/** Helm's error output for a render that must fail; throws if it succeeds. */
export function renderError(options: RenderOptions): string {
  const result = template(options);
  if (result.status === 0) throw new Error('helm template succeeded, but it was expected to fail');
  return result.stderr;
}
