export type { Logger } from 'pino';
export { runWithContext, getContext, type Actor, type ClientAccess, type RequestContext } from './context';
export { activeTraceparent, traceIdOf, newTraceparent } from './traceparent';
export { createLogger } from './create-logger';
