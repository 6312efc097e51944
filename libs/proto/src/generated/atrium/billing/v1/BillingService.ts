// Original file: protos/atrium/billing/v1/billing_service.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'

export interface BillingServiceClient extends grpc.Client {
}

export interface BillingServiceHandlers extends grpc.UntypedServiceImplementation {
}

export interface BillingServiceDefinition extends grpc.ServiceDefinition {
}
