// Original file: protos/atrium/billing/v1/billing_service.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { GetClientStatusRequest as _atrium_billing_v1_GetClientStatusRequest, GetClientStatusRequest__Output as _atrium_billing_v1_GetClientStatusRequest__Output } from '../../../atrium/billing/v1/GetClientStatusRequest';
import type { GetClientStatusResponse as _atrium_billing_v1_GetClientStatusResponse, GetClientStatusResponse__Output as _atrium_billing_v1_GetClientStatusResponse__Output } from '../../../atrium/billing/v1/GetClientStatusResponse';
import type { GetPaymentMethodRequest as _atrium_billing_v1_GetPaymentMethodRequest, GetPaymentMethodRequest__Output as _atrium_billing_v1_GetPaymentMethodRequest__Output } from '../../../atrium/billing/v1/GetPaymentMethodRequest';
import type { GetPaymentMethodResponse as _atrium_billing_v1_GetPaymentMethodResponse, GetPaymentMethodResponse__Output as _atrium_billing_v1_GetPaymentMethodResponse__Output } from '../../../atrium/billing/v1/GetPaymentMethodResponse';
import type { HandleProviderWebhookRequest as _atrium_billing_v1_HandleProviderWebhookRequest, HandleProviderWebhookRequest__Output as _atrium_billing_v1_HandleProviderWebhookRequest__Output } from '../../../atrium/billing/v1/HandleProviderWebhookRequest';
import type { HandleProviderWebhookResponse as _atrium_billing_v1_HandleProviderWebhookResponse, HandleProviderWebhookResponse__Output as _atrium_billing_v1_HandleProviderWebhookResponse__Output } from '../../../atrium/billing/v1/HandleProviderWebhookResponse';
import type { RemovePaymentMethodRequest as _atrium_billing_v1_RemovePaymentMethodRequest, RemovePaymentMethodRequest__Output as _atrium_billing_v1_RemovePaymentMethodRequest__Output } from '../../../atrium/billing/v1/RemovePaymentMethodRequest';
import type { RemovePaymentMethodResponse as _atrium_billing_v1_RemovePaymentMethodResponse, RemovePaymentMethodResponse__Output as _atrium_billing_v1_RemovePaymentMethodResponse__Output } from '../../../atrium/billing/v1/RemovePaymentMethodResponse';
import type { SavePaymentMethodRequest as _atrium_billing_v1_SavePaymentMethodRequest, SavePaymentMethodRequest__Output as _atrium_billing_v1_SavePaymentMethodRequest__Output } from '../../../atrium/billing/v1/SavePaymentMethodRequest';
import type { SavePaymentMethodResponse as _atrium_billing_v1_SavePaymentMethodResponse, SavePaymentMethodResponse__Output as _atrium_billing_v1_SavePaymentMethodResponse__Output } from '../../../atrium/billing/v1/SavePaymentMethodResponse';

export interface BillingServiceClient extends grpc.Client {
  GetClientStatus(argument: _atrium_billing_v1_GetClientStatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_GetClientStatusResponse__Output>): grpc.ClientUnaryCall;
  GetClientStatus(argument: _atrium_billing_v1_GetClientStatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_GetClientStatusResponse__Output>): grpc.ClientUnaryCall;
  GetClientStatus(argument: _atrium_billing_v1_GetClientStatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_GetClientStatusResponse__Output>): grpc.ClientUnaryCall;
  GetClientStatus(argument: _atrium_billing_v1_GetClientStatusRequest, callback: grpc.requestCallback<_atrium_billing_v1_GetClientStatusResponse__Output>): grpc.ClientUnaryCall;
  getClientStatus(argument: _atrium_billing_v1_GetClientStatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_GetClientStatusResponse__Output>): grpc.ClientUnaryCall;
  getClientStatus(argument: _atrium_billing_v1_GetClientStatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_GetClientStatusResponse__Output>): grpc.ClientUnaryCall;
  getClientStatus(argument: _atrium_billing_v1_GetClientStatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_GetClientStatusResponse__Output>): grpc.ClientUnaryCall;
  getClientStatus(argument: _atrium_billing_v1_GetClientStatusRequest, callback: grpc.requestCallback<_atrium_billing_v1_GetClientStatusResponse__Output>): grpc.ClientUnaryCall;
  
  GetPaymentMethod(argument: _atrium_billing_v1_GetPaymentMethodRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_GetPaymentMethodResponse__Output>): grpc.ClientUnaryCall;
  GetPaymentMethod(argument: _atrium_billing_v1_GetPaymentMethodRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_GetPaymentMethodResponse__Output>): grpc.ClientUnaryCall;
  GetPaymentMethod(argument: _atrium_billing_v1_GetPaymentMethodRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_GetPaymentMethodResponse__Output>): grpc.ClientUnaryCall;
  GetPaymentMethod(argument: _atrium_billing_v1_GetPaymentMethodRequest, callback: grpc.requestCallback<_atrium_billing_v1_GetPaymentMethodResponse__Output>): grpc.ClientUnaryCall;
  getPaymentMethod(argument: _atrium_billing_v1_GetPaymentMethodRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_GetPaymentMethodResponse__Output>): grpc.ClientUnaryCall;
  getPaymentMethod(argument: _atrium_billing_v1_GetPaymentMethodRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_GetPaymentMethodResponse__Output>): grpc.ClientUnaryCall;
  getPaymentMethod(argument: _atrium_billing_v1_GetPaymentMethodRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_GetPaymentMethodResponse__Output>): grpc.ClientUnaryCall;
  getPaymentMethod(argument: _atrium_billing_v1_GetPaymentMethodRequest, callback: grpc.requestCallback<_atrium_billing_v1_GetPaymentMethodResponse__Output>): grpc.ClientUnaryCall;
  
  HandleProviderWebhook(argument: _atrium_billing_v1_HandleProviderWebhookRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_HandleProviderWebhookResponse__Output>): grpc.ClientUnaryCall;
  HandleProviderWebhook(argument: _atrium_billing_v1_HandleProviderWebhookRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_HandleProviderWebhookResponse__Output>): grpc.ClientUnaryCall;
  HandleProviderWebhook(argument: _atrium_billing_v1_HandleProviderWebhookRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_HandleProviderWebhookResponse__Output>): grpc.ClientUnaryCall;
  HandleProviderWebhook(argument: _atrium_billing_v1_HandleProviderWebhookRequest, callback: grpc.requestCallback<_atrium_billing_v1_HandleProviderWebhookResponse__Output>): grpc.ClientUnaryCall;
  handleProviderWebhook(argument: _atrium_billing_v1_HandleProviderWebhookRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_HandleProviderWebhookResponse__Output>): grpc.ClientUnaryCall;
  handleProviderWebhook(argument: _atrium_billing_v1_HandleProviderWebhookRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_HandleProviderWebhookResponse__Output>): grpc.ClientUnaryCall;
  handleProviderWebhook(argument: _atrium_billing_v1_HandleProviderWebhookRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_HandleProviderWebhookResponse__Output>): grpc.ClientUnaryCall;
  handleProviderWebhook(argument: _atrium_billing_v1_HandleProviderWebhookRequest, callback: grpc.requestCallback<_atrium_billing_v1_HandleProviderWebhookResponse__Output>): grpc.ClientUnaryCall;
  
  RemovePaymentMethod(argument: _atrium_billing_v1_RemovePaymentMethodRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_RemovePaymentMethodResponse__Output>): grpc.ClientUnaryCall;
  RemovePaymentMethod(argument: _atrium_billing_v1_RemovePaymentMethodRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_RemovePaymentMethodResponse__Output>): grpc.ClientUnaryCall;
  RemovePaymentMethod(argument: _atrium_billing_v1_RemovePaymentMethodRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_RemovePaymentMethodResponse__Output>): grpc.ClientUnaryCall;
  RemovePaymentMethod(argument: _atrium_billing_v1_RemovePaymentMethodRequest, callback: grpc.requestCallback<_atrium_billing_v1_RemovePaymentMethodResponse__Output>): grpc.ClientUnaryCall;
  removePaymentMethod(argument: _atrium_billing_v1_RemovePaymentMethodRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_RemovePaymentMethodResponse__Output>): grpc.ClientUnaryCall;
  removePaymentMethod(argument: _atrium_billing_v1_RemovePaymentMethodRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_RemovePaymentMethodResponse__Output>): grpc.ClientUnaryCall;
  removePaymentMethod(argument: _atrium_billing_v1_RemovePaymentMethodRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_RemovePaymentMethodResponse__Output>): grpc.ClientUnaryCall;
  removePaymentMethod(argument: _atrium_billing_v1_RemovePaymentMethodRequest, callback: grpc.requestCallback<_atrium_billing_v1_RemovePaymentMethodResponse__Output>): grpc.ClientUnaryCall;
  
  SavePaymentMethod(argument: _atrium_billing_v1_SavePaymentMethodRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_SavePaymentMethodResponse__Output>): grpc.ClientUnaryCall;
  SavePaymentMethod(argument: _atrium_billing_v1_SavePaymentMethodRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_SavePaymentMethodResponse__Output>): grpc.ClientUnaryCall;
  SavePaymentMethod(argument: _atrium_billing_v1_SavePaymentMethodRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_SavePaymentMethodResponse__Output>): grpc.ClientUnaryCall;
  SavePaymentMethod(argument: _atrium_billing_v1_SavePaymentMethodRequest, callback: grpc.requestCallback<_atrium_billing_v1_SavePaymentMethodResponse__Output>): grpc.ClientUnaryCall;
  savePaymentMethod(argument: _atrium_billing_v1_SavePaymentMethodRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_SavePaymentMethodResponse__Output>): grpc.ClientUnaryCall;
  savePaymentMethod(argument: _atrium_billing_v1_SavePaymentMethodRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_billing_v1_SavePaymentMethodResponse__Output>): grpc.ClientUnaryCall;
  savePaymentMethod(argument: _atrium_billing_v1_SavePaymentMethodRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_billing_v1_SavePaymentMethodResponse__Output>): grpc.ClientUnaryCall;
  savePaymentMethod(argument: _atrium_billing_v1_SavePaymentMethodRequest, callback: grpc.requestCallback<_atrium_billing_v1_SavePaymentMethodResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface BillingServiceHandlers extends grpc.UntypedServiceImplementation {
  GetClientStatus: grpc.handleUnaryCall<_atrium_billing_v1_GetClientStatusRequest__Output, _atrium_billing_v1_GetClientStatusResponse>;
  
  GetPaymentMethod: grpc.handleUnaryCall<_atrium_billing_v1_GetPaymentMethodRequest__Output, _atrium_billing_v1_GetPaymentMethodResponse>;
  
  HandleProviderWebhook: grpc.handleUnaryCall<_atrium_billing_v1_HandleProviderWebhookRequest__Output, _atrium_billing_v1_HandleProviderWebhookResponse>;
  
  RemovePaymentMethod: grpc.handleUnaryCall<_atrium_billing_v1_RemovePaymentMethodRequest__Output, _atrium_billing_v1_RemovePaymentMethodResponse>;
  
  SavePaymentMethod: grpc.handleUnaryCall<_atrium_billing_v1_SavePaymentMethodRequest__Output, _atrium_billing_v1_SavePaymentMethodResponse>;
  
}

export interface BillingServiceDefinition extends grpc.ServiceDefinition {
  GetClientStatus: MethodDefinition<_atrium_billing_v1_GetClientStatusRequest, _atrium_billing_v1_GetClientStatusResponse, _atrium_billing_v1_GetClientStatusRequest__Output, _atrium_billing_v1_GetClientStatusResponse__Output>
  GetPaymentMethod: MethodDefinition<_atrium_billing_v1_GetPaymentMethodRequest, _atrium_billing_v1_GetPaymentMethodResponse, _atrium_billing_v1_GetPaymentMethodRequest__Output, _atrium_billing_v1_GetPaymentMethodResponse__Output>
  HandleProviderWebhook: MethodDefinition<_atrium_billing_v1_HandleProviderWebhookRequest, _atrium_billing_v1_HandleProviderWebhookResponse, _atrium_billing_v1_HandleProviderWebhookRequest__Output, _atrium_billing_v1_HandleProviderWebhookResponse__Output>
  RemovePaymentMethod: MethodDefinition<_atrium_billing_v1_RemovePaymentMethodRequest, _atrium_billing_v1_RemovePaymentMethodResponse, _atrium_billing_v1_RemovePaymentMethodRequest__Output, _atrium_billing_v1_RemovePaymentMethodResponse__Output>
  SavePaymentMethod: MethodDefinition<_atrium_billing_v1_SavePaymentMethodRequest, _atrium_billing_v1_SavePaymentMethodResponse, _atrium_billing_v1_SavePaymentMethodRequest__Output, _atrium_billing_v1_SavePaymentMethodResponse__Output>
}
