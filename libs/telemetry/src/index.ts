export { startTelemetry, telemetryEnabled } from './sdk';
