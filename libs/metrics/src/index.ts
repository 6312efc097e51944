export type { Counter, Gauge, Histogram } from 'prom-client';
export {
  collectProcessMetrics,
  counter,
  DURATION_BUCKETS,
  gauge,
  histogram,
  registry,
  secondsSince,
} from './registry';
export { ScrapeSources } from './sources';
export { startMetricsServer, type MetricsServer, type MetricsServerOptions } from './server';
