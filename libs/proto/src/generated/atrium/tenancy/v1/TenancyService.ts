// Original file: protos/atrium/tenancy/v1/tenancy_service.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CreateAgencyRequest as _atrium_tenancy_v1_CreateAgencyRequest, CreateAgencyRequest__Output as _atrium_tenancy_v1_CreateAgencyRequest__Output } from '../../../atrium/tenancy/v1/CreateAgencyRequest';
import type { CreateAgencyResponse as _atrium_tenancy_v1_CreateAgencyResponse, CreateAgencyResponse__Output as _atrium_tenancy_v1_CreateAgencyResponse__Output } from '../../../atrium/tenancy/v1/CreateAgencyResponse';
import type { CreateClientRequest as _atrium_tenancy_v1_CreateClientRequest, CreateClientRequest__Output as _atrium_tenancy_v1_CreateClientRequest__Output } from '../../../atrium/tenancy/v1/CreateClientRequest';
import type { CreateClientResponse as _atrium_tenancy_v1_CreateClientResponse, CreateClientResponse__Output as _atrium_tenancy_v1_CreateClientResponse__Output } from '../../../atrium/tenancy/v1/CreateClientResponse';
import type { GetAccessRequest as _atrium_tenancy_v1_GetAccessRequest, GetAccessRequest__Output as _atrium_tenancy_v1_GetAccessRequest__Output } from '../../../atrium/tenancy/v1/GetAccessRequest';
import type { GetAccessResponse as _atrium_tenancy_v1_GetAccessResponse, GetAccessResponse__Output as _atrium_tenancy_v1_GetAccessResponse__Output } from '../../../atrium/tenancy/v1/GetAccessResponse';
import type { ListClientAudienceRequest as _atrium_tenancy_v1_ListClientAudienceRequest, ListClientAudienceRequest__Output as _atrium_tenancy_v1_ListClientAudienceRequest__Output } from '../../../atrium/tenancy/v1/ListClientAudienceRequest';
import type { ListClientAudienceResponse as _atrium_tenancy_v1_ListClientAudienceResponse, ListClientAudienceResponse__Output as _atrium_tenancy_v1_ListClientAudienceResponse__Output } from '../../../atrium/tenancy/v1/ListClientAudienceResponse';
import type { ListClientsRequest as _atrium_tenancy_v1_ListClientsRequest, ListClientsRequest__Output as _atrium_tenancy_v1_ListClientsRequest__Output } from '../../../atrium/tenancy/v1/ListClientsRequest';
import type { ListClientsResponse as _atrium_tenancy_v1_ListClientsResponse, ListClientsResponse__Output as _atrium_tenancy_v1_ListClientsResponse__Output } from '../../../atrium/tenancy/v1/ListClientsResponse';

export interface TenancyServiceClient extends grpc.Client {
  CreateAgency(argument: _atrium_tenancy_v1_CreateAgencyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateAgencyResponse__Output>): grpc.ClientUnaryCall;
  CreateAgency(argument: _atrium_tenancy_v1_CreateAgencyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateAgencyResponse__Output>): grpc.ClientUnaryCall;
  CreateAgency(argument: _atrium_tenancy_v1_CreateAgencyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateAgencyResponse__Output>): grpc.ClientUnaryCall;
  CreateAgency(argument: _atrium_tenancy_v1_CreateAgencyRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateAgencyResponse__Output>): grpc.ClientUnaryCall;
  createAgency(argument: _atrium_tenancy_v1_CreateAgencyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateAgencyResponse__Output>): grpc.ClientUnaryCall;
  createAgency(argument: _atrium_tenancy_v1_CreateAgencyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateAgencyResponse__Output>): grpc.ClientUnaryCall;
  createAgency(argument: _atrium_tenancy_v1_CreateAgencyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateAgencyResponse__Output>): grpc.ClientUnaryCall;
  createAgency(argument: _atrium_tenancy_v1_CreateAgencyRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateAgencyResponse__Output>): grpc.ClientUnaryCall;
  
  CreateClient(argument: _atrium_tenancy_v1_CreateClientRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateClientResponse__Output>): grpc.ClientUnaryCall;
  CreateClient(argument: _atrium_tenancy_v1_CreateClientRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateClientResponse__Output>): grpc.ClientUnaryCall;
  CreateClient(argument: _atrium_tenancy_v1_CreateClientRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateClientResponse__Output>): grpc.ClientUnaryCall;
  CreateClient(argument: _atrium_tenancy_v1_CreateClientRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateClientResponse__Output>): grpc.ClientUnaryCall;
  createClient(argument: _atrium_tenancy_v1_CreateClientRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateClientResponse__Output>): grpc.ClientUnaryCall;
  createClient(argument: _atrium_tenancy_v1_CreateClientRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateClientResponse__Output>): grpc.ClientUnaryCall;
  createClient(argument: _atrium_tenancy_v1_CreateClientRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateClientResponse__Output>): grpc.ClientUnaryCall;
  createClient(argument: _atrium_tenancy_v1_CreateClientRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_CreateClientResponse__Output>): grpc.ClientUnaryCall;
  
  GetAccess(argument: _atrium_tenancy_v1_GetAccessRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_GetAccessResponse__Output>): grpc.ClientUnaryCall;
  GetAccess(argument: _atrium_tenancy_v1_GetAccessRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_GetAccessResponse__Output>): grpc.ClientUnaryCall;
  GetAccess(argument: _atrium_tenancy_v1_GetAccessRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_GetAccessResponse__Output>): grpc.ClientUnaryCall;
  GetAccess(argument: _atrium_tenancy_v1_GetAccessRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_GetAccessResponse__Output>): grpc.ClientUnaryCall;
  getAccess(argument: _atrium_tenancy_v1_GetAccessRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_GetAccessResponse__Output>): grpc.ClientUnaryCall;
  getAccess(argument: _atrium_tenancy_v1_GetAccessRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_GetAccessResponse__Output>): grpc.ClientUnaryCall;
  getAccess(argument: _atrium_tenancy_v1_GetAccessRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_GetAccessResponse__Output>): grpc.ClientUnaryCall;
  getAccess(argument: _atrium_tenancy_v1_GetAccessRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_GetAccessResponse__Output>): grpc.ClientUnaryCall;
  
  ListClientAudience(argument: _atrium_tenancy_v1_ListClientAudienceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ListClientAudienceResponse__Output>): grpc.ClientUnaryCall;
  ListClientAudience(argument: _atrium_tenancy_v1_ListClientAudienceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_ListClientAudienceResponse__Output>): grpc.ClientUnaryCall;
  ListClientAudience(argument: _atrium_tenancy_v1_ListClientAudienceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ListClientAudienceResponse__Output>): grpc.ClientUnaryCall;
  ListClientAudience(argument: _atrium_tenancy_v1_ListClientAudienceRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_ListClientAudienceResponse__Output>): grpc.ClientUnaryCall;
  listClientAudience(argument: _atrium_tenancy_v1_ListClientAudienceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ListClientAudienceResponse__Output>): grpc.ClientUnaryCall;
  listClientAudience(argument: _atrium_tenancy_v1_ListClientAudienceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_ListClientAudienceResponse__Output>): grpc.ClientUnaryCall;
  listClientAudience(argument: _atrium_tenancy_v1_ListClientAudienceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ListClientAudienceResponse__Output>): grpc.ClientUnaryCall;
  listClientAudience(argument: _atrium_tenancy_v1_ListClientAudienceRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_ListClientAudienceResponse__Output>): grpc.ClientUnaryCall;
  
  ListClients(argument: _atrium_tenancy_v1_ListClientsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  ListClients(argument: _atrium_tenancy_v1_ListClientsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  ListClients(argument: _atrium_tenancy_v1_ListClientsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  ListClients(argument: _atrium_tenancy_v1_ListClientsRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  listClients(argument: _atrium_tenancy_v1_ListClientsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  listClients(argument: _atrium_tenancy_v1_ListClientsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_tenancy_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  listClients(argument: _atrium_tenancy_v1_ListClientsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_tenancy_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  listClients(argument: _atrium_tenancy_v1_ListClientsRequest, callback: grpc.requestCallback<_atrium_tenancy_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface TenancyServiceHandlers extends grpc.UntypedServiceImplementation {
  CreateAgency: grpc.handleUnaryCall<_atrium_tenancy_v1_CreateAgencyRequest__Output, _atrium_tenancy_v1_CreateAgencyResponse>;
  
  CreateClient: grpc.handleUnaryCall<_atrium_tenancy_v1_CreateClientRequest__Output, _atrium_tenancy_v1_CreateClientResponse>;
  
  GetAccess: grpc.handleUnaryCall<_atrium_tenancy_v1_GetAccessRequest__Output, _atrium_tenancy_v1_GetAccessResponse>;
  
  ListClientAudience: grpc.handleUnaryCall<_atrium_tenancy_v1_ListClientAudienceRequest__Output, _atrium_tenancy_v1_ListClientAudienceResponse>;
  
  ListClients: grpc.handleUnaryCall<_atrium_tenancy_v1_ListClientsRequest__Output, _atrium_tenancy_v1_ListClientsResponse>;
  
}

export interface TenancyServiceDefinition extends grpc.ServiceDefinition {
  CreateAgency: MethodDefinition<_atrium_tenancy_v1_CreateAgencyRequest, _atrium_tenancy_v1_CreateAgencyResponse, _atrium_tenancy_v1_CreateAgencyRequest__Output, _atrium_tenancy_v1_CreateAgencyResponse__Output>
  CreateClient: MethodDefinition<_atrium_tenancy_v1_CreateClientRequest, _atrium_tenancy_v1_CreateClientResponse, _atrium_tenancy_v1_CreateClientRequest__Output, _atrium_tenancy_v1_CreateClientResponse__Output>
  GetAccess: MethodDefinition<_atrium_tenancy_v1_GetAccessRequest, _atrium_tenancy_v1_GetAccessResponse, _atrium_tenancy_v1_GetAccessRequest__Output, _atrium_tenancy_v1_GetAccessResponse__Output>
  ListClientAudience: MethodDefinition<_atrium_tenancy_v1_ListClientAudienceRequest, _atrium_tenancy_v1_ListClientAudienceResponse, _atrium_tenancy_v1_ListClientAudienceRequest__Output, _atrium_tenancy_v1_ListClientAudienceResponse__Output>
  ListClients: MethodDefinition<_atrium_tenancy_v1_ListClientsRequest, _atrium_tenancy_v1_ListClientsResponse, _atrium_tenancy_v1_ListClientsRequest__Output, _atrium_tenancy_v1_ListClientsResponse__Output>
}
