import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { CounterConfiguration, GaugeConfiguration, HistogramConfiguration } from 'prom-client';

/**
 * The process's one registry: every library registers its metrics here when its module loads, and
 * /metrics (server.ts) answers it. One per process, so a series is never reported twice.
 */
export const registry = new Registry();

/** Request and call durations in seconds: from a cache hit (≈1 ms) to a deadline (5 s) and past it. */
export const DURATION_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

type Named<T> = Omit<T, 'registers'>;

export function counter<L extends string>(config: Named<CounterConfiguration<L>>): Counter<L> {
  return new Counter({ ...config, registers: [registry] });
}

export function gauge<L extends string>(config: Named<GaugeConfiguration<L>>): Gauge<L> {
  return new Gauge({ ...config, registers: [registry] });
}

/** A histogram of durations in seconds unless its configuration names other buckets. */
export function histogram<L extends string>(config: Named<HistogramConfiguration<L>>): Histogram<L> {
  return new Histogram({ buckets: DURATION_BUCKETS, ...config, registers: [registry] });
}

let processMetricsFor: string | undefined;

/**
 * Names the process (`service` on every series, so a local run without Kubernetes labels still tells
 * the six processes apart) and adds Node's runtime metrics: CPU, memory, event-loop lag, GC, handles.
 * Once per process; later calls keep the first name.
 */
export function collectProcessMetrics(service: string): void {
  if (processMetricsFor !== undefined) return;
  processMetricsFor = service;
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
}

/** Seconds since `start` (a process.hrtime.bigint() reading), for histograms. */
export function secondsSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}
