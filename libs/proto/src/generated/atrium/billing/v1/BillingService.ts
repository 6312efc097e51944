// Original file: protos/atrium/billing/v1/billing_service.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { GetClientStatusRequest as _atrium_billing_v1_GetClientStatusRequest, GetClientStatusRequest__Output as _atrium_billing_v1_GetClientStatusRequest__Output } from '../../../atrium/billing/v1/GetClientStatusRequest';
import type { GetClientStatusResponse as _atrium_billing_v1_GetClientStatusResponse, GetClientStatusResponse__Output as _atrium_billing_v1_GetClientStatusResponse__Output } from '../../../atrium/billing/v1/GetClientStatusResponse';

export interface BillingServiceClient extends grpc.Client {
  GetClientStatus(argument: _atrium_billing_v1_GetClientStatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_GetClientStatusResponse__Output>): grpc.ClientUnaryCall;
  GetClientStatus(argument: _atrium_billing_v1_GetClientStatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_GetClientStatusResponse__Output>): grpc.ClientUnaryCall;
  GetClientStatus(argument: _atrium_billing_v1_GetClientStatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_GetClientStatusResponse__Output>): grpc.ClientUnaryCall;
  GetClientStatus(argument: _atrium_billing_v1_GetClientStatusRequest, callback: grpc.requestCallback<_atrium_billing_v1_GetClientStatusResponse__Output>): grpc.ClientUnaryCall;
  getClientStatus(argument: _atrium_billing_v1_GetClientStatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_GetClientStatusResponse__Output>): grpc.ClientUnaryCall;
  getClientStatus(argument: _atrium_billing_v1_GetClientStatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_GetClientStatusResponse__Output>): grpc.ClientUnaryCall;
  getClientStatus(argument: _atrium_billing_v1_GetClientStatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_GetClientStatusResponse__Output>): grpc.ClientUnaryCall;
  getClientStatus(argument: _atrium_billing_v1_GetClientStatusRequest, callback: grpc.requestCallback<_atrium_billing_v1_GetClientStatusResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface BillingServiceHandlers extends grpc.UntypedServiceImplementation {
  GetClientStatus: grpc.handleUnaryCall<_atrium_billing_v1_GetClientStatusRequest__Output, _atrium_billing_v1_GetClientStatusResponse>;
  
}

export interface BillingServiceDefinition extends grpc.ServiceDefinition {
  GetClientStatus: MethodDefinition<_atrium_billing_v1_GetClientStatusRequest, _atrium_billing_v1_GetClientStatusResponse, _atrium_billing_v1_GetClientStatusRequest__Output, _atrium_billing_v1_GetClientStatusResponse__Output>
}
