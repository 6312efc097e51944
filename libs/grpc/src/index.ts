export { Metadata, status as GrpcStatus } from '@grpc/grpc-js';
export type { Actor, ClientAccess } from '@atrium/logger';
export { loadProto } from './load';
export {
  ERROR_CATEGORIES,
  GENERIC_ERRORS,
  DomainError,
  problemOf,
  toServiceError,
  problemFromGrpcError,
  fromGrpcError,
  isNotFound,
  type ErrorCategory,
  type ErrorKind,
  type FieldProblem,
  type GenericErrorCode,
  type Problem,
} from './errors';
export { contextToMetadata, contextFromMetadata } from './metadata';
export {
  requireAgencyActor,
  requireAgencyPermission,
  requireClientOrAgencyPermission,
  requireClientPermission,
} from './access';
export { LIVENESS_SERVICE_NAME } from './health';
export {
  defineService,
  clientStream,
  startGrpcServer,
  type ClientStreamMethod,
  type CallInfo,
  type UnaryMethod,
  type Implementation,
  type ServiceRegistration,
  type GrpcServer,
  type GrpcServerOptions,
} from './server';
export {
  createClient,
  type CallOptions,
  type PromiseClient,
  type ServiceClient,
  type ServiceConstructor,
} from './client';
