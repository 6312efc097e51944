import * as grpc from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import { LOADER_OPTIONS } from '@atrium/proto';

const loaded = new Map<string, grpc.GrpcObject>();

/**
 * The gRPC package object of a proto file under PROTO_DIR (e.g. SERVICE_PROTO_FILES.tenancy), loaded once
 * per process with the project's loader options so every service decodes messages alike.
 */
export function loadProto<T>(file: string): T {
  let grpcObject = loaded.get(file);
  if (!grpcObject) {
    grpcObject = grpc.loadPackageDefinition(loadSync(file, LOADER_OPTIONS));
    loaded.set(file, grpcObject);
  }
  return grpcObject as T;
}
