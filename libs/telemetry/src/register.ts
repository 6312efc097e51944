/**
 * Imported first by every process's main.ts, before any module the SDK instruments (http, express,
 * @grpc/grpc-js, pg, pino) is loaded: instrumentation patches a module only when it is required after
 * the SDK started.
 */
import { startTelemetry } from './sdk';

startTelemetry();
