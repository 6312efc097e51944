export { startTelemetry, stopTelemetry, telemetryEnabled, TELEMETRY_FLUSH_TIMEOUT_MS } from './sdk';
