// Original file: protos/atrium/campaigns/v1/campaigns_service.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'

export interface CampaignsServiceClient extends grpc.Client {
}

export interface CampaignsServiceHandlers extends grpc.UntypedServiceImplementation {
}

export interface CampaignsServiceDefinition extends grpc.ServiceDefinition {
}
