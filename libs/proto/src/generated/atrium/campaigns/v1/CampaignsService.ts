// Original file: protos/atrium/campaigns/v1/campaigns_service.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AddProspectsToListRequest as _atrium_campaigns_v1_AddProspectsToListRequest, AddProspectsToListRequest__Output as _atrium_campaigns_v1_AddProspectsToListRequest__Output } from '../../../atrium/campaigns/v1/AddProspectsToListRequest';
import type { AddProspectsToListResponse as _atrium_campaigns_v1_AddProspectsToListResponse, AddProspectsToListResponse__Output as _atrium_campaigns_v1_AddProspectsToListResponse__Output } from '../../../atrium/campaigns/v1/AddProspectsToListResponse';
import type { CreateFieldMappingRequest as _atrium_campaigns_v1_CreateFieldMappingRequest, CreateFieldMappingRequest__Output as _atrium_campaigns_v1_CreateFieldMappingRequest__Output } from '../../../atrium/campaigns/v1/CreateFieldMappingRequest';
import type { CreateFieldMappingResponse as _atrium_campaigns_v1_CreateFieldMappingResponse, CreateFieldMappingResponse__Output as _atrium_campaigns_v1_CreateFieldMappingResponse__Output } from '../../../atrium/campaigns/v1/CreateFieldMappingResponse';
import type { CreateProspectFieldRequest as _atrium_campaigns_v1_CreateProspectFieldRequest, CreateProspectFieldRequest__Output as _atrium_campaigns_v1_CreateProspectFieldRequest__Output } from '../../../atrium/campaigns/v1/CreateProspectFieldRequest';
import type { CreateProspectFieldResponse as _atrium_campaigns_v1_CreateProspectFieldResponse, CreateProspectFieldResponse__Output as _atrium_campaigns_v1_CreateProspectFieldResponse__Output } from '../../../atrium/campaigns/v1/CreateProspectFieldResponse';
import type { CreateProspectListRequest as _atrium_campaigns_v1_CreateProspectListRequest, CreateProspectListRequest__Output as _atrium_campaigns_v1_CreateProspectListRequest__Output } from '../../../atrium/campaigns/v1/CreateProspectListRequest';
import type { CreateProspectListResponse as _atrium_campaigns_v1_CreateProspectListResponse, CreateProspectListResponse__Output as _atrium_campaigns_v1_CreateProspectListResponse__Output } from '../../../atrium/campaigns/v1/CreateProspectListResponse';
import type { CreateProspectRequest as _atrium_campaigns_v1_CreateProspectRequest, CreateProspectRequest__Output as _atrium_campaigns_v1_CreateProspectRequest__Output } from '../../../atrium/campaigns/v1/CreateProspectRequest';
import type { CreateProspectResponse as _atrium_campaigns_v1_CreateProspectResponse, CreateProspectResponse__Output as _atrium_campaigns_v1_CreateProspectResponse__Output } from '../../../atrium/campaigns/v1/CreateProspectResponse';
import type { CreateTemplateRequest as _atrium_campaigns_v1_CreateTemplateRequest, CreateTemplateRequest__Output as _atrium_campaigns_v1_CreateTemplateRequest__Output } from '../../../atrium/campaigns/v1/CreateTemplateRequest';
import type { CreateTemplateResponse as _atrium_campaigns_v1_CreateTemplateResponse, CreateTemplateResponse__Output as _atrium_campaigns_v1_CreateTemplateResponse__Output } from '../../../atrium/campaigns/v1/CreateTemplateResponse';
import type { DeleteFieldMappingRequest as _atrium_campaigns_v1_DeleteFieldMappingRequest, DeleteFieldMappingRequest__Output as _atrium_campaigns_v1_DeleteFieldMappingRequest__Output } from '../../../atrium/campaigns/v1/DeleteFieldMappingRequest';
import type { DeleteFieldMappingResponse as _atrium_campaigns_v1_DeleteFieldMappingResponse, DeleteFieldMappingResponse__Output as _atrium_campaigns_v1_DeleteFieldMappingResponse__Output } from '../../../atrium/campaigns/v1/DeleteFieldMappingResponse';
import type { DeleteProspectFieldRequest as _atrium_campaigns_v1_DeleteProspectFieldRequest, DeleteProspectFieldRequest__Output as _atrium_campaigns_v1_DeleteProspectFieldRequest__Output } from '../../../atrium/campaigns/v1/DeleteProspectFieldRequest';
import type { DeleteProspectFieldResponse as _atrium_campaigns_v1_DeleteProspectFieldResponse, DeleteProspectFieldResponse__Output as _atrium_campaigns_v1_DeleteProspectFieldResponse__Output } from '../../../atrium/campaigns/v1/DeleteProspectFieldResponse';
import type { DeleteProspectListRequest as _atrium_campaigns_v1_DeleteProspectListRequest, DeleteProspectListRequest__Output as _atrium_campaigns_v1_DeleteProspectListRequest__Output } from '../../../atrium/campaigns/v1/DeleteProspectListRequest';
import type { DeleteProspectListResponse as _atrium_campaigns_v1_DeleteProspectListResponse, DeleteProspectListResponse__Output as _atrium_campaigns_v1_DeleteProspectListResponse__Output } from '../../../atrium/campaigns/v1/DeleteProspectListResponse';
import type { DeleteProspectRequest as _atrium_campaigns_v1_DeleteProspectRequest, DeleteProspectRequest__Output as _atrium_campaigns_v1_DeleteProspectRequest__Output } from '../../../atrium/campaigns/v1/DeleteProspectRequest';
import type { DeleteProspectResponse as _atrium_campaigns_v1_DeleteProspectResponse, DeleteProspectResponse__Output as _atrium_campaigns_v1_DeleteProspectResponse__Output } from '../../../atrium/campaigns/v1/DeleteProspectResponse';
import type { DeleteProspectsRequest as _atrium_campaigns_v1_DeleteProspectsRequest, DeleteProspectsRequest__Output as _atrium_campaigns_v1_DeleteProspectsRequest__Output } from '../../../atrium/campaigns/v1/DeleteProspectsRequest';
import type { DeleteProspectsResponse as _atrium_campaigns_v1_DeleteProspectsResponse, DeleteProspectsResponse__Output as _atrium_campaigns_v1_DeleteProspectsResponse__Output } from '../../../atrium/campaigns/v1/DeleteProspectsResponse';
import type { DeleteTemplateRequest as _atrium_campaigns_v1_DeleteTemplateRequest, DeleteTemplateRequest__Output as _atrium_campaigns_v1_DeleteTemplateRequest__Output } from '../../../atrium/campaigns/v1/DeleteTemplateRequest';
import type { DeleteTemplateResponse as _atrium_campaigns_v1_DeleteTemplateResponse, DeleteTemplateResponse__Output as _atrium_campaigns_v1_DeleteTemplateResponse__Output } from '../../../atrium/campaigns/v1/DeleteTemplateResponse';
import type { GetClientStatusRequest as _atrium_campaigns_v1_GetClientStatusRequest, GetClientStatusRequest__Output as _atrium_campaigns_v1_GetClientStatusRequest__Output } from '../../../atrium/campaigns/v1/GetClientStatusRequest';
import type { GetClientStatusResponse as _atrium_campaigns_v1_GetClientStatusResponse, GetClientStatusResponse__Output as _atrium_campaigns_v1_GetClientStatusResponse__Output } from '../../../atrium/campaigns/v1/GetClientStatusResponse';
import type { GetProspectRequest as _atrium_campaigns_v1_GetProspectRequest, GetProspectRequest__Output as _atrium_campaigns_v1_GetProspectRequest__Output } from '../../../atrium/campaigns/v1/GetProspectRequest';
import type { GetProspectResponse as _atrium_campaigns_v1_GetProspectResponse, GetProspectResponse__Output as _atrium_campaigns_v1_GetProspectResponse__Output } from '../../../atrium/campaigns/v1/GetProspectResponse';
import type { GetTemplateRequest as _atrium_campaigns_v1_GetTemplateRequest, GetTemplateRequest__Output as _atrium_campaigns_v1_GetTemplateRequest__Output } from '../../../atrium/campaigns/v1/GetTemplateRequest';
import type { GetTemplateResponse as _atrium_campaigns_v1_GetTemplateResponse, GetTemplateResponse__Output as _atrium_campaigns_v1_GetTemplateResponse__Output } from '../../../atrium/campaigns/v1/GetTemplateResponse';
import type { ListFieldMappingsRequest as _atrium_campaigns_v1_ListFieldMappingsRequest, ListFieldMappingsRequest__Output as _atrium_campaigns_v1_ListFieldMappingsRequest__Output } from '../../../atrium/campaigns/v1/ListFieldMappingsRequest';
import type { ListFieldMappingsResponse as _atrium_campaigns_v1_ListFieldMappingsResponse, ListFieldMappingsResponse__Output as _atrium_campaigns_v1_ListFieldMappingsResponse__Output } from '../../../atrium/campaigns/v1/ListFieldMappingsResponse';
import type { ListProspectFieldsRequest as _atrium_campaigns_v1_ListProspectFieldsRequest, ListProspectFieldsRequest__Output as _atrium_campaigns_v1_ListProspectFieldsRequest__Output } from '../../../atrium/campaigns/v1/ListProspectFieldsRequest';
import type { ListProspectFieldsResponse as _atrium_campaigns_v1_ListProspectFieldsResponse, ListProspectFieldsResponse__Output as _atrium_campaigns_v1_ListProspectFieldsResponse__Output } from '../../../atrium/campaigns/v1/ListProspectFieldsResponse';
import type { ListProspectListsRequest as _atrium_campaigns_v1_ListProspectListsRequest, ListProspectListsRequest__Output as _atrium_campaigns_v1_ListProspectListsRequest__Output } from '../../../atrium/campaigns/v1/ListProspectListsRequest';
import type { ListProspectListsResponse as _atrium_campaigns_v1_ListProspectListsResponse, ListProspectListsResponse__Output as _atrium_campaigns_v1_ListProspectListsResponse__Output } from '../../../atrium/campaigns/v1/ListProspectListsResponse';
import type { ListProspectsRequest as _atrium_campaigns_v1_ListProspectsRequest, ListProspectsRequest__Output as _atrium_campaigns_v1_ListProspectsRequest__Output } from '../../../atrium/campaigns/v1/ListProspectsRequest';
import type { ListProspectsResponse as _atrium_campaigns_v1_ListProspectsResponse, ListProspectsResponse__Output as _atrium_campaigns_v1_ListProspectsResponse__Output } from '../../../atrium/campaigns/v1/ListProspectsResponse';
import type { ListTemplatesRequest as _atrium_campaigns_v1_ListTemplatesRequest, ListTemplatesRequest__Output as _atrium_campaigns_v1_ListTemplatesRequest__Output } from '../../../atrium/campaigns/v1/ListTemplatesRequest';
import type { ListTemplatesResponse as _atrium_campaigns_v1_ListTemplatesResponse, ListTemplatesResponse__Output as _atrium_campaigns_v1_ListTemplatesResponse__Output } from '../../../atrium/campaigns/v1/ListTemplatesResponse';
import type { PushTemplateRequest as _atrium_campaigns_v1_PushTemplateRequest, PushTemplateRequest__Output as _atrium_campaigns_v1_PushTemplateRequest__Output } from '../../../atrium/campaigns/v1/PushTemplateRequest';
import type { PushTemplateResponse as _atrium_campaigns_v1_PushTemplateResponse, PushTemplateResponse__Output as _atrium_campaigns_v1_PushTemplateResponse__Output } from '../../../atrium/campaigns/v1/PushTemplateResponse';
import type { RecordProspectActionRequest as _atrium_campaigns_v1_RecordProspectActionRequest, RecordProspectActionRequest__Output as _atrium_campaigns_v1_RecordProspectActionRequest__Output } from '../../../atrium/campaigns/v1/RecordProspectActionRequest';
import type { RecordProspectActionResponse as _atrium_campaigns_v1_RecordProspectActionResponse, RecordProspectActionResponse__Output as _atrium_campaigns_v1_RecordProspectActionResponse__Output } from '../../../atrium/campaigns/v1/RecordProspectActionResponse';
import type { RemoveProspectsFromListRequest as _atrium_campaigns_v1_RemoveProspectsFromListRequest, RemoveProspectsFromListRequest__Output as _atrium_campaigns_v1_RemoveProspectsFromListRequest__Output } from '../../../atrium/campaigns/v1/RemoveProspectsFromListRequest';
import type { RemoveProspectsFromListResponse as _atrium_campaigns_v1_RemoveProspectsFromListResponse, RemoveProspectsFromListResponse__Output as _atrium_campaigns_v1_RemoveProspectsFromListResponse__Output } from '../../../atrium/campaigns/v1/RemoveProspectsFromListResponse';
import type { UpdateFieldMappingRequest as _atrium_campaigns_v1_UpdateFieldMappingRequest, UpdateFieldMappingRequest__Output as _atrium_campaigns_v1_UpdateFieldMappingRequest__Output } from '../../../atrium/campaigns/v1/UpdateFieldMappingRequest';
import type { UpdateFieldMappingResponse as _atrium_campaigns_v1_UpdateFieldMappingResponse, UpdateFieldMappingResponse__Output as _atrium_campaigns_v1_UpdateFieldMappingResponse__Output } from '../../../atrium/campaigns/v1/UpdateFieldMappingResponse';
import type { UpdateProspectFieldRequest as _atrium_campaigns_v1_UpdateProspectFieldRequest, UpdateProspectFieldRequest__Output as _atrium_campaigns_v1_UpdateProspectFieldRequest__Output } from '../../../atrium/campaigns/v1/UpdateProspectFieldRequest';
import type { UpdateProspectFieldResponse as _atrium_campaigns_v1_UpdateProspectFieldResponse, UpdateProspectFieldResponse__Output as _atrium_campaigns_v1_UpdateProspectFieldResponse__Output } from '../../../atrium/campaigns/v1/UpdateProspectFieldResponse';
import type { UpdateProspectListRequest as _atrium_campaigns_v1_UpdateProspectListRequest, UpdateProspectListRequest__Output as _atrium_campaigns_v1_UpdateProspectListRequest__Output } from '../../../atrium/campaigns/v1/UpdateProspectListRequest';
import type { UpdateProspectListResponse as _atrium_campaigns_v1_UpdateProspectListResponse, UpdateProspectListResponse__Output as _atrium_campaigns_v1_UpdateProspectListResponse__Output } from '../../../atrium/campaigns/v1/UpdateProspectListResponse';
import type { UpdateProspectRequest as _atrium_campaigns_v1_UpdateProspectRequest, UpdateProspectRequest__Output as _atrium_campaigns_v1_UpdateProspectRequest__Output } from '../../../atrium/campaigns/v1/UpdateProspectRequest';
import type { UpdateProspectResponse as _atrium_campaigns_v1_UpdateProspectResponse, UpdateProspectResponse__Output as _atrium_campaigns_v1_UpdateProspectResponse__Output } from '../../../atrium/campaigns/v1/UpdateProspectResponse';
import type { UpdateTemplateRequest as _atrium_campaigns_v1_UpdateTemplateRequest, UpdateTemplateRequest__Output as _atrium_campaigns_v1_UpdateTemplateRequest__Output } from '../../../atrium/campaigns/v1/UpdateTemplateRequest';
import type { UpdateTemplateResponse as _atrium_campaigns_v1_UpdateTemplateResponse, UpdateTemplateResponse__Output as _atrium_campaigns_v1_UpdateTemplateResponse__Output } from '../../../atrium/campaigns/v1/UpdateTemplateResponse';

export interface CampaignsServiceClient extends grpc.Client {
  AddProspectsToList(argument: _atrium_campaigns_v1_AddProspectsToListRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_AddProspectsToListResponse__Output>): grpc.ClientUnaryCall;
  AddProspectsToList(argument: _atrium_campaigns_v1_AddProspectsToListRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_AddProspectsToListResponse__Output>): grpc.ClientUnaryCall;
  AddProspectsToList(argument: _atrium_campaigns_v1_AddProspectsToListRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_AddProspectsToListResponse__Output>): grpc.ClientUnaryCall;
  AddProspectsToList(argument: _atrium_campaigns_v1_AddProspectsToListRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_AddProspectsToListResponse__Output>): grpc.ClientUnaryCall;
  addProspectsToList(argument: _atrium_campaigns_v1_AddProspectsToListRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_AddProspectsToListResponse__Output>): grpc.ClientUnaryCall;
  addProspectsToList(argument: _atrium_campaigns_v1_AddProspectsToListRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_AddProspectsToListResponse__Output>): grpc.ClientUnaryCall;
  addProspectsToList(argument: _atrium_campaigns_v1_AddProspectsToListRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_AddProspectsToListResponse__Output>): grpc.ClientUnaryCall;
  addProspectsToList(argument: _atrium_campaigns_v1_AddProspectsToListRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_AddProspectsToListResponse__Output>): grpc.ClientUnaryCall;
  
  CreateFieldMapping(argument: _atrium_campaigns_v1_CreateFieldMappingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_CreateFieldMappingResponse__Output>): grpc.ClientUnaryCall;
  CreateFieldMapping(argument: _atrium_campaigns_v1_CreateFieldMappingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_CreateFieldMappingResponse__Output>): grpc.ClientUnaryCall;
  CreateFieldMapping(argument: _atrium_campaigns_v1_CreateFieldMappingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_CreateFieldMappingResponse__Output>): grpc.ClientUnaryCall;
  CreateFieldMapping(argument: _atrium_campaigns_v1_CreateFieldMappingRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_CreateFieldMappingResponse__Output>): grpc.ClientUnaryCall;
  createFieldMapping(argument: _atrium_campaigns_v1_CreateFieldMappingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_CreateFieldMappingResponse__Output>): grpc.ClientUnaryCall;
  createFieldMapping(argument: _atrium_campaigns_v1_CreateFieldMappingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_CreateFieldMappingResponse__Output>): grpc.ClientUnaryCall;
  createFieldMapping(argument: _atrium_campaigns_v1_CreateFieldMappingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_CreateFieldMappingResponse__Output>): grpc.ClientUnaryCall;
  createFieldMapping(argument: _atrium_campaigns_v1_CreateFieldMappingRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_CreateFieldMappingResponse__Output>): grpc.ClientUnaryCall;
  
  CreateProspect(argument: _atrium_campaigns_v1_CreateProspectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_CreateProspectResponse__Output>): grpc.ClientUnaryCall;
  CreateProspect(argument: _atrium_campaigns_v1_CreateProspectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_CreateProspectResponse__Output>): grpc.ClientUnaryCall;
  CreateProspect(argument: _atrium_campaigns_v1_CreateProspectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_CreateProspectResponse__Output>): grpc.ClientUnaryCall;
  CreateProspect(argument: _atrium_campaigns_v1_CreateProspectRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_CreateProspectResponse__Output>): grpc.ClientUnaryCall;
  createProspect(argument: _atrium_campaigns_v1_CreateProspectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_CreateProspectResponse__Output>): grpc.ClientUnaryCall;
  createProspect(argument: _atrium_campaigns_v1_CreateProspectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_CreateProspectResponse__Output>): grpc.ClientUnaryCall;
  createProspect(argument: _atrium_campaigns_v1_CreateProspectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_CreateProspectResponse__Output>): grpc.ClientUnaryCall;
  createProspect(argument: _atrium_campaigns_v1_CreateProspectRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_CreateProspectResponse__Output>): grpc.ClientUnaryCall;
  
  CreateProspectField(argument: _atrium_campaigns_v1_CreateProspectFieldRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_CreateProspectFieldResponse__Output>): grpc.ClientUnaryCall;
  CreateProspectField(argument: _atrium_campaigns_v1_CreateProspectFieldRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_CreateProspectFieldResponse__Output>): grpc.ClientUnaryCall;
  CreateProspectField(argument: _atrium_campaigns_v1_CreateProspectFieldRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_CreateProspectFieldResponse__Output>): grpc.ClientUnaryCall;
  CreateProspectField(argument: _atrium_campaigns_v1_CreateProspectFieldRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_CreateProspectFieldResponse__Output>): grpc.ClientUnaryCall;
  createProspectField(argument: _atrium_campaigns_v1_CreateProspectFieldRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_CreateProspectFieldResponse__Output>): grpc.ClientUnaryCall;
  createProspectField(argument: _atrium_campaigns_v1_CreateProspectFieldRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_CreateProspectFieldResponse__Output>): grpc.ClientUnaryCall;
  createProspectField(argument: _atrium_campaigns_v1_CreateProspectFieldRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_CreateProspectFieldResponse__Output>): grpc.ClientUnaryCall;
  createProspectField(argument: _atrium_campaigns_v1_CreateProspectFieldRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_CreateProspectFieldResponse__Output>): grpc.ClientUnaryCall;
  
  CreateProspectList(argument: _atrium_campaigns_v1_CreateProspectListRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_CreateProspectListResponse__Output>): grpc.ClientUnaryCall;
  CreateProspectList(argument: _atrium_campaigns_v1_CreateProspectListRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_CreateProspectListResponse__Output>): grpc.ClientUnaryCall;
  CreateProspectList(argument: _atrium_campaigns_v1_CreateProspectListRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_CreateProspectListResponse__Output>): grpc.ClientUnaryCall;
  CreateProspectList(argument: _atrium_campaigns_v1_CreateProspectListRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_CreateProspectListResponse__Output>): grpc.ClientUnaryCall;
  createProspectList(argument: _atrium_campaigns_v1_CreateProspectListRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_CreateProspectListResponse__Output>): grpc.ClientUnaryCall;
  createProspectList(argument: _atrium_campaigns_v1_CreateProspectListRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_CreateProspectListResponse__Output>): grpc.ClientUnaryCall;
  createProspectList(argument: _atrium_campaigns_v1_CreateProspectListRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_CreateProspectListResponse__Output>): grpc.ClientUnaryCall;
  createProspectList(argument: _atrium_campaigns_v1_CreateProspectListRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_CreateProspectListResponse__Output>): grpc.ClientUnaryCall;
  
  CreateTemplate(argument: _atrium_campaigns_v1_CreateTemplateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_CreateTemplateResponse__Output>): grpc.ClientUnaryCall;
  CreateTemplate(argument: _atrium_campaigns_v1_CreateTemplateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_CreateTemplateResponse__Output>): grpc.ClientUnaryCall;
  CreateTemplate(argument: _atrium_campaigns_v1_CreateTemplateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_CreateTemplateResponse__Output>): grpc.ClientUnaryCall;
  CreateTemplate(argument: _atrium_campaigns_v1_CreateTemplateRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_CreateTemplateResponse__Output>): grpc.ClientUnaryCall;
  createTemplate(argument: _atrium_campaigns_v1_CreateTemplateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_CreateTemplateResponse__Output>): grpc.ClientUnaryCall;
  createTemplate(argument: _atrium_campaigns_v1_CreateTemplateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_CreateTemplateResponse__Output>): grpc.ClientUnaryCall;
  createTemplate(argument: _atrium_campaigns_v1_CreateTemplateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_CreateTemplateResponse__Output>): grpc.ClientUnaryCall;
  createTemplate(argument: _atrium_campaigns_v1_CreateTemplateRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_CreateTemplateResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteFieldMapping(argument: _atrium_campaigns_v1_DeleteFieldMappingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_DeleteFieldMappingResponse__Output>): grpc.ClientUnaryCall;
  DeleteFieldMapping(argument: _atrium_campaigns_v1_DeleteFieldMappingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_DeleteFieldMappingResponse__Output>): grpc.ClientUnaryCall;
  DeleteFieldMapping(argument: _atrium_campaigns_v1_DeleteFieldMappingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_DeleteFieldMappingResponse__Output>): grpc.ClientUnaryCall;
  DeleteFieldMapping(argument: _atrium_campaigns_v1_DeleteFieldMappingRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_DeleteFieldMappingResponse__Output>): grpc.ClientUnaryCall;
  deleteFieldMapping(argument: _atrium_campaigns_v1_DeleteFieldMappingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_DeleteFieldMappingResponse__Output>): grpc.ClientUnaryCall;
  deleteFieldMapping(argument: _atrium_campaigns_v1_DeleteFieldMappingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_DeleteFieldMappingResponse__Output>): grpc.ClientUnaryCall;
  deleteFieldMapping(argument: _atrium_campaigns_v1_DeleteFieldMappingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_DeleteFieldMappingResponse__Output>): grpc.ClientUnaryCall;
  deleteFieldMapping(argument: _atrium_campaigns_v1_DeleteFieldMappingRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_DeleteFieldMappingResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteProspect(argument: _atrium_campaigns_v1_DeleteProspectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_DeleteProspectResponse__Output>): grpc.ClientUnaryCall;
  DeleteProspect(argument: _atrium_campaigns_v1_DeleteProspectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_DeleteProspectResponse__Output>): grpc.ClientUnaryCall;
  DeleteProspect(argument: _atrium_campaigns_v1_DeleteProspectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_DeleteProspectResponse__Output>): grpc.ClientUnaryCall;
  DeleteProspect(argument: _atrium_campaigns_v1_DeleteProspectRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_DeleteProspectResponse__Output>): grpc.ClientUnaryCall;
  deleteProspect(argument: _atrium_campaigns_v1_DeleteProspectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_DeleteProspectResponse__Output>): grpc.ClientUnaryCall;
  deleteProspect(argument: _atrium_campaigns_v1_DeleteProspectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_DeleteProspectResponse__Output>): grpc.ClientUnaryCall;
  deleteProspect(argument: _atrium_campaigns_v1_DeleteProspectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_DeleteProspectResponse__Output>): grpc.ClientUnaryCall;
  deleteProspect(argument: _atrium_campaigns_v1_DeleteProspectRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_DeleteProspectResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteProspectField(argument: _atrium_campaigns_v1_DeleteProspectFieldRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_DeleteProspectFieldResponse__Output>): grpc.ClientUnaryCall;
  DeleteProspectField(argument: _atrium_campaigns_v1_DeleteProspectFieldRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_DeleteProspectFieldResponse__Output>): grpc.ClientUnaryCall;
  DeleteProspectField(argument: _atrium_campaigns_v1_DeleteProspectFieldRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_DeleteProspectFieldResponse__Output>): grpc.ClientUnaryCall;
  DeleteProspectField(argument: _atrium_campaigns_v1_DeleteProspectFieldRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_DeleteProspectFieldResponse__Output>): grpc.ClientUnaryCall;
  deleteProspectField(argument: _atrium_campaigns_v1_DeleteProspectFieldRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_DeleteProspectFieldResponse__Output>): grpc.ClientUnaryCall;
  deleteProspectField(argument: _atrium_campaigns_v1_DeleteProspectFieldRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_DeleteProspectFieldResponse__Output>): grpc.ClientUnaryCall;
  deleteProspectField(argument: _atrium_campaigns_v1_DeleteProspectFieldRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_DeleteProspectFieldResponse__Output>): grpc.ClientUnaryCall;
  deleteProspectField(argument: _atrium_campaigns_v1_DeleteProspectFieldRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_DeleteProspectFieldResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteProspectList(argument: _atrium_campaigns_v1_DeleteProspectListRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_DeleteProspectListResponse__Output>): grpc.ClientUnaryCall;
  DeleteProspectList(argument: _atrium_campaigns_v1_DeleteProspectListRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_DeleteProspectListResponse__Output>): grpc.ClientUnaryCall;
  DeleteProspectList(argument: _atrium_campaigns_v1_DeleteProspectListRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_DeleteProspectListResponse__Output>): grpc.ClientUnaryCall;
  DeleteProspectList(argument: _atrium_campaigns_v1_DeleteProspectListRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_DeleteProspectListResponse__Output>): grpc.ClientUnaryCall;
  deleteProspectList(argument: _atrium_campaigns_v1_DeleteProspectListRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_DeleteProspectListResponse__Output>): grpc.ClientUnaryCall;
  deleteProspectList(argument: _atrium_campaigns_v1_DeleteProspectListRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_DeleteProspectListResponse__Output>): grpc.ClientUnaryCall;
  deleteProspectList(argument: _atrium_campaigns_v1_DeleteProspectListRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_DeleteProspectListResponse__Output>): grpc.ClientUnaryCall;
  deleteProspectList(argument: _atrium_campaigns_v1_DeleteProspectListRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_DeleteProspectListResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteProspects(argument: _atrium_campaigns_v1_DeleteProspectsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_DeleteProspectsResponse__Output>): grpc.ClientUnaryCall;
  DeleteProspects(argument: _atrium_campaigns_v1_DeleteProspectsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_DeleteProspectsResponse__Output>): grpc.ClientUnaryCall;
  DeleteProspects(argument: _atrium_campaigns_v1_DeleteProspectsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_DeleteProspectsResponse__Output>): grpc.ClientUnaryCall;
  DeleteProspects(argument: _atrium_campaigns_v1_DeleteProspectsRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_DeleteProspectsResponse__Output>): grpc.ClientUnaryCall;
  deleteProspects(argument: _atrium_campaigns_v1_DeleteProspectsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_DeleteProspectsResponse__Output>): grpc.ClientUnaryCall;
  deleteProspects(argument: _atrium_campaigns_v1_DeleteProspectsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_DeleteProspectsResponse__Output>): grpc.ClientUnaryCall;
  deleteProspects(argument: _atrium_campaigns_v1_DeleteProspectsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_DeleteProspectsResponse__Output>): grpc.ClientUnaryCall;
  deleteProspects(argument: _atrium_campaigns_v1_DeleteProspectsRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_DeleteProspectsResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteTemplate(argument: _atrium_campaigns_v1_DeleteTemplateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_DeleteTemplateResponse__Output>): grpc.ClientUnaryCall;
  DeleteTemplate(argument: _atrium_campaigns_v1_DeleteTemplateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_DeleteTemplateResponse__Output>): grpc.ClientUnaryCall;
  DeleteTemplate(argument: _atrium_campaigns_v1_DeleteTemplateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_DeleteTemplateResponse__Output>): grpc.ClientUnaryCall;
  DeleteTemplate(argument: _atrium_campaigns_v1_DeleteTemplateRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_DeleteTemplateResponse__Output>): grpc.ClientUnaryCall;
  deleteTemplate(argument: _atrium_campaigns_v1_DeleteTemplateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_DeleteTemplateResponse__Output>): grpc.ClientUnaryCall;
  deleteTemplate(argument: _atrium_campaigns_v1_DeleteTemplateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_DeleteTemplateResponse__Output>): grpc.ClientUnaryCall;
  deleteTemplate(argument: _atrium_campaigns_v1_DeleteTemplateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_DeleteTemplateResponse__Output>): grpc.ClientUnaryCall;
  deleteTemplate(argument: _atrium_campaigns_v1_DeleteTemplateRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_DeleteTemplateResponse__Output>): grpc.ClientUnaryCall;
  
  GetClientStatus(argument: _atrium_campaigns_v1_GetClientStatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_GetClientStatusResponse__Output>): grpc.ClientUnaryCall;
  GetClientStatus(argument: _atrium_campaigns_v1_GetClientStatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_GetClientStatusResponse__Output>): grpc.ClientUnaryCall;
  GetClientStatus(argument: _atrium_campaigns_v1_GetClientStatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_GetClientStatusResponse__Output>): grpc.ClientUnaryCall;
  GetClientStatus(argument: _atrium_campaigns_v1_GetClientStatusRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_GetClientStatusResponse__Output>): grpc.ClientUnaryCall;
  getClientStatus(argument: _atrium_campaigns_v1_GetClientStatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_GetClientStatusResponse__Output>): grpc.ClientUnaryCall;
  getClientStatus(argument: _atrium_campaigns_v1_GetClientStatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_GetClientStatusResponse__Output>): grpc.ClientUnaryCall;
  getClientStatus(argument: _atrium_campaigns_v1_GetClientStatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_GetClientStatusResponse__Output>): grpc.ClientUnaryCall;
  getClientStatus(argument: _atrium_campaigns_v1_GetClientStatusRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_GetClientStatusResponse__Output>): grpc.ClientUnaryCall;
  
  GetProspect(argument: _atrium_campaigns_v1_GetProspectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_GetProspectResponse__Output>): grpc.ClientUnaryCall;
  GetProspect(argument: _atrium_campaigns_v1_GetProspectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_GetProspectResponse__Output>): grpc.ClientUnaryCall;
  GetProspect(argument: _atrium_campaigns_v1_GetProspectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_GetProspectResponse__Output>): grpc.ClientUnaryCall;
  GetProspect(argument: _atrium_campaigns_v1_GetProspectRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_GetProspectResponse__Output>): grpc.ClientUnaryCall;
  getProspect(argument: _atrium_campaigns_v1_GetProspectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_GetProspectResponse__Output>): grpc.ClientUnaryCall;
  getProspect(argument: _atrium_campaigns_v1_GetProspectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_GetProspectResponse__Output>): grpc.ClientUnaryCall;
  getProspect(argument: _atrium_campaigns_v1_GetProspectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_GetProspectResponse__Output>): grpc.ClientUnaryCall;
  getProspect(argument: _atrium_campaigns_v1_GetProspectRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_GetProspectResponse__Output>): grpc.ClientUnaryCall;
  
  GetTemplate(argument: _atrium_campaigns_v1_GetTemplateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_GetTemplateResponse__Output>): grpc.ClientUnaryCall;
  GetTemplate(argument: _atrium_campaigns_v1_GetTemplateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_GetTemplateResponse__Output>): grpc.ClientUnaryCall;
  GetTemplate(argument: _atrium_campaigns_v1_GetTemplateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_GetTemplateResponse__Output>): grpc.ClientUnaryCall;
  GetTemplate(argument: _atrium_campaigns_v1_GetTemplateRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_GetTemplateResponse__Output>): grpc.ClientUnaryCall;
  getTemplate(argument: _atrium_campaigns_v1_GetTemplateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_GetTemplateResponse__Output>): grpc.ClientUnaryCall;
  getTemplate(argument: _atrium_campaigns_v1_GetTemplateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_GetTemplateResponse__Output>): grpc.ClientUnaryCall;
  getTemplate(argument: _atrium_campaigns_v1_GetTemplateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_GetTemplateResponse__Output>): grpc.ClientUnaryCall;
  getTemplate(argument: _atrium_campaigns_v1_GetTemplateRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_GetTemplateResponse__Output>): grpc.ClientUnaryCall;
  
  ListFieldMappings(argument: _atrium_campaigns_v1_ListFieldMappingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_ListFieldMappingsResponse__Output>): grpc.ClientUnaryCall;
  ListFieldMappings(argument: _atrium_campaigns_v1_ListFieldMappingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_ListFieldMappingsResponse__Output>): grpc.ClientUnaryCall;
  ListFieldMappings(argument: _atrium_campaigns_v1_ListFieldMappingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_ListFieldMappingsResponse__Output>): grpc.ClientUnaryCall;
  ListFieldMappings(argument: _atrium_campaigns_v1_ListFieldMappingsRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_ListFieldMappingsResponse__Output>): grpc.ClientUnaryCall;
  listFieldMappings(argument: _atrium_campaigns_v1_ListFieldMappingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_ListFieldMappingsResponse__Output>): grpc.ClientUnaryCall;
  listFieldMappings(argument: _atrium_campaigns_v1_ListFieldMappingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_ListFieldMappingsResponse__Output>): grpc.ClientUnaryCall;
  listFieldMappings(argument: _atrium_campaigns_v1_ListFieldMappingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_ListFieldMappingsResponse__Output>): grpc.ClientUnaryCall;
  listFieldMappings(argument: _atrium_campaigns_v1_ListFieldMappingsRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_ListFieldMappingsResponse__Output>): grpc.ClientUnaryCall;
  
  ListProspectFields(argument: _atrium_campaigns_v1_ListProspectFieldsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_ListProspectFieldsResponse__Output>): grpc.ClientUnaryCall;
  ListProspectFields(argument: _atrium_campaigns_v1_ListProspectFieldsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_ListProspectFieldsResponse__Output>): grpc.ClientUnaryCall;
  ListProspectFields(argument: _atrium_campaigns_v1_ListProspectFieldsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_ListProspectFieldsResponse__Output>): grpc.ClientUnaryCall;
  ListProspectFields(argument: _atrium_campaigns_v1_ListProspectFieldsRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_ListProspectFieldsResponse__Output>): grpc.ClientUnaryCall;
  listProspectFields(argument: _atrium_campaigns_v1_ListProspectFieldsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_ListProspectFieldsResponse__Output>): grpc.ClientUnaryCall;
  listProspectFields(argument: _atrium_campaigns_v1_ListProspectFieldsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_ListProspectFieldsResponse__Output>): grpc.ClientUnaryCall;
  listProspectFields(argument: _atrium_campaigns_v1_ListProspectFieldsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_ListProspectFieldsResponse__Output>): grpc.ClientUnaryCall;
  listProspectFields(argument: _atrium_campaigns_v1_ListProspectFieldsRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_ListProspectFieldsResponse__Output>): grpc.ClientUnaryCall;
  
  ListProspectLists(argument: _atrium_campaigns_v1_ListProspectListsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_ListProspectListsResponse__Output>): grpc.ClientUnaryCall;
  ListProspectLists(argument: _atrium_campaigns_v1_ListProspectListsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_ListProspectListsResponse__Output>): grpc.ClientUnaryCall;
  ListProspectLists(argument: _atrium_campaigns_v1_ListProspectListsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_ListProspectListsResponse__Output>): grpc.ClientUnaryCall;
  ListProspectLists(argument: _atrium_campaigns_v1_ListProspectListsRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_ListProspectListsResponse__Output>): grpc.ClientUnaryCall;
  listProspectLists(argument: _atrium_campaigns_v1_ListProspectListsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_ListProspectListsResponse__Output>): grpc.ClientUnaryCall;
  listProspectLists(argument: _atrium_campaigns_v1_ListProspectListsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_ListProspectListsResponse__Output>): grpc.ClientUnaryCall;
  listProspectLists(argument: _atrium_campaigns_v1_ListProspectListsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_ListProspectListsResponse__Output>): grpc.ClientUnaryCall;
  listProspectLists(argument: _atrium_campaigns_v1_ListProspectListsRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_ListProspectListsResponse__Output>): grpc.ClientUnaryCall;
  
  ListProspects(argument: _atrium_campaigns_v1_ListProspectsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_ListProspectsResponse__Output>): grpc.ClientUnaryCall;
  ListProspects(argument: _atrium_campaigns_v1_ListProspectsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_ListProspectsResponse__Output>): grpc.ClientUnaryCall;
  ListProspects(argument: _atrium_campaigns_v1_ListProspectsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_ListProspectsResponse__Output>): grpc.ClientUnaryCall;
  ListProspects(argument: _atrium_campaigns_v1_ListProspectsRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_ListProspectsResponse__Output>): grpc.ClientUnaryCall;
  listProspects(argument: _atrium_campaigns_v1_ListProspectsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_ListProspectsResponse__Output>): grpc.ClientUnaryCall;
  listProspects(argument: _atrium_campaigns_v1_ListProspectsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_ListProspectsResponse__Output>): grpc.ClientUnaryCall;
  listProspects(argument: _atrium_campaigns_v1_ListProspectsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_ListProspectsResponse__Output>): grpc.ClientUnaryCall;
  listProspects(argument: _atrium_campaigns_v1_ListProspectsRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_ListProspectsResponse__Output>): grpc.ClientUnaryCall;
  
  ListTemplates(argument: _atrium_campaigns_v1_ListTemplatesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_ListTemplatesResponse__Output>): grpc.ClientUnaryCall;
  ListTemplates(argument: _atrium_campaigns_v1_ListTemplatesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_ListTemplatesResponse__Output>): grpc.ClientUnaryCall;
  ListTemplates(argument: _atrium_campaigns_v1_ListTemplatesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_ListTemplatesResponse__Output>): grpc.ClientUnaryCall;
  ListTemplates(argument: _atrium_campaigns_v1_ListTemplatesRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_ListTemplatesResponse__Output>): grpc.ClientUnaryCall;
  listTemplates(argument: _atrium_campaigns_v1_ListTemplatesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_ListTemplatesResponse__Output>): grpc.ClientUnaryCall;
  listTemplates(argument: _atrium_campaigns_v1_ListTemplatesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_ListTemplatesResponse__Output>): grpc.ClientUnaryCall;
  listTemplates(argument: _atrium_campaigns_v1_ListTemplatesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_ListTemplatesResponse__Output>): grpc.ClientUnaryCall;
  listTemplates(argument: _atrium_campaigns_v1_ListTemplatesRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_ListTemplatesResponse__Output>): grpc.ClientUnaryCall;
  
  PushTemplate(argument: _atrium_campaigns_v1_PushTemplateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_PushTemplateResponse__Output>): grpc.ClientUnaryCall;
  PushTemplate(argument: _atrium_campaigns_v1_PushTemplateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_PushTemplateResponse__Output>): grpc.ClientUnaryCall;
  PushTemplate(argument: _atrium_campaigns_v1_PushTemplateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_PushTemplateResponse__Output>): grpc.ClientUnaryCall;
  PushTemplate(argument: _atrium_campaigns_v1_PushTemplateRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_PushTemplateResponse__Output>): grpc.ClientUnaryCall;
  pushTemplate(argument: _atrium_campaigns_v1_PushTemplateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_PushTemplateResponse__Output>): grpc.ClientUnaryCall;
  pushTemplate(argument: _atrium_campaigns_v1_PushTemplateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_PushTemplateResponse__Output>): grpc.ClientUnaryCall;
  pushTemplate(argument: _atrium_campaigns_v1_PushTemplateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_PushTemplateResponse__Output>): grpc.ClientUnaryCall;
  pushTemplate(argument: _atrium_campaigns_v1_PushTemplateRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_PushTemplateResponse__Output>): grpc.ClientUnaryCall;
  
  RecordProspectAction(argument: _atrium_campaigns_v1_RecordProspectActionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_RecordProspectActionResponse__Output>): grpc.ClientUnaryCall;
  RecordProspectAction(argument: _atrium_campaigns_v1_RecordProspectActionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_RecordProspectActionResponse__Output>): grpc.ClientUnaryCall;
  RecordProspectAction(argument: _atrium_campaigns_v1_RecordProspectActionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_RecordProspectActionResponse__Output>): grpc.ClientUnaryCall;
  RecordProspectAction(argument: _atrium_campaigns_v1_RecordProspectActionRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_RecordProspectActionResponse__Output>): grpc.ClientUnaryCall;
  recordProspectAction(argument: _atrium_campaigns_v1_RecordProspectActionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_RecordProspectActionResponse__Output>): grpc.ClientUnaryCall;
  recordProspectAction(argument: _atrium_campaigns_v1_RecordProspectActionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_RecordProspectActionResponse__Output>): grpc.ClientUnaryCall;
  recordProspectAction(argument: _atrium_campaigns_v1_RecordProspectActionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_RecordProspectActionResponse__Output>): grpc.ClientUnaryCall;
  recordProspectAction(argument: _atrium_campaigns_v1_RecordProspectActionRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_RecordProspectActionResponse__Output>): grpc.ClientUnaryCall;
  
  RemoveProspectsFromList(argument: _atrium_campaigns_v1_RemoveProspectsFromListRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_RemoveProspectsFromListResponse__Output>): grpc.ClientUnaryCall;
  RemoveProspectsFromList(argument: _atrium_campaigns_v1_RemoveProspectsFromListRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_RemoveProspectsFromListResponse__Output>): grpc.ClientUnaryCall;
  RemoveProspectsFromList(argument: _atrium_campaigns_v1_RemoveProspectsFromListRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_RemoveProspectsFromListResponse__Output>): grpc.ClientUnaryCall;
  RemoveProspectsFromList(argument: _atrium_campaigns_v1_RemoveProspectsFromListRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_RemoveProspectsFromListResponse__Output>): grpc.ClientUnaryCall;
  removeProspectsFromList(argument: _atrium_campaigns_v1_RemoveProspectsFromListRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_RemoveProspectsFromListResponse__Output>): grpc.ClientUnaryCall;
  removeProspectsFromList(argument: _atrium_campaigns_v1_RemoveProspectsFromListRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_RemoveProspectsFromListResponse__Output>): grpc.ClientUnaryCall;
  removeProspectsFromList(argument: _atrium_campaigns_v1_RemoveProspectsFromListRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_RemoveProspectsFromListResponse__Output>): grpc.ClientUnaryCall;
  removeProspectsFromList(argument: _atrium_campaigns_v1_RemoveProspectsFromListRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_RemoveProspectsFromListResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateFieldMapping(argument: _atrium_campaigns_v1_UpdateFieldMappingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_UpdateFieldMappingResponse__Output>): grpc.ClientUnaryCall;
  UpdateFieldMapping(argument: _atrium_campaigns_v1_UpdateFieldMappingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_UpdateFieldMappingResponse__Output>): grpc.ClientUnaryCall;
  UpdateFieldMapping(argument: _atrium_campaigns_v1_UpdateFieldMappingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_UpdateFieldMappingResponse__Output>): grpc.ClientUnaryCall;
  UpdateFieldMapping(argument: _atrium_campaigns_v1_UpdateFieldMappingRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_UpdateFieldMappingResponse__Output>): grpc.ClientUnaryCall;
  updateFieldMapping(argument: _atrium_campaigns_v1_UpdateFieldMappingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_UpdateFieldMappingResponse__Output>): grpc.ClientUnaryCall;
  updateFieldMapping(argument: _atrium_campaigns_v1_UpdateFieldMappingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_UpdateFieldMappingResponse__Output>): grpc.ClientUnaryCall;
  updateFieldMapping(argument: _atrium_campaigns_v1_UpdateFieldMappingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_UpdateFieldMappingResponse__Output>): grpc.ClientUnaryCall;
  updateFieldMapping(argument: _atrium_campaigns_v1_UpdateFieldMappingRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_UpdateFieldMappingResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateProspect(argument: _atrium_campaigns_v1_UpdateProspectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_UpdateProspectResponse__Output>): grpc.ClientUnaryCall;
  UpdateProspect(argument: _atrium_campaigns_v1_UpdateProspectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_UpdateProspectResponse__Output>): grpc.ClientUnaryCall;
  UpdateProspect(argument: _atrium_campaigns_v1_UpdateProspectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_UpdateProspectResponse__Output>): grpc.ClientUnaryCall;
  UpdateProspect(argument: _atrium_campaigns_v1_UpdateProspectRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_UpdateProspectResponse__Output>): grpc.ClientUnaryCall;
  updateProspect(argument: _atrium_campaigns_v1_UpdateProspectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_UpdateProspectResponse__Output>): grpc.ClientUnaryCall;
  updateProspect(argument: _atrium_campaigns_v1_UpdateProspectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_UpdateProspectResponse__Output>): grpc.ClientUnaryCall;
  updateProspect(argument: _atrium_campaigns_v1_UpdateProspectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_UpdateProspectResponse__Output>): grpc.ClientUnaryCall;
  updateProspect(argument: _atrium_campaigns_v1_UpdateProspectRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_UpdateProspectResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateProspectField(argument: _atrium_campaigns_v1_UpdateProspectFieldRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_UpdateProspectFieldResponse__Output>): grpc.ClientUnaryCall;
  UpdateProspectField(argument: _atrium_campaigns_v1_UpdateProspectFieldRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_UpdateProspectFieldResponse__Output>): grpc.ClientUnaryCall;
  UpdateProspectField(argument: _atrium_campaigns_v1_UpdateProspectFieldRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_UpdateProspectFieldResponse__Output>): grpc.ClientUnaryCall;
  UpdateProspectField(argument: _atrium_campaigns_v1_UpdateProspectFieldRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_UpdateProspectFieldResponse__Output>): grpc.ClientUnaryCall;
  updateProspectField(argument: _atrium_campaigns_v1_UpdateProspectFieldRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_UpdateProspectFieldResponse__Output>): grpc.ClientUnaryCall;
  updateProspectField(argument: _atrium_campaigns_v1_UpdateProspectFieldRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_UpdateProspectFieldResponse__Output>): grpc.ClientUnaryCall;
  updateProspectField(argument: _atrium_campaigns_v1_UpdateProspectFieldRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_UpdateProspectFieldResponse__Output>): grpc.ClientUnaryCall;
  updateProspectField(argument: _atrium_campaigns_v1_UpdateProspectFieldRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_UpdateProspectFieldResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateProspectList(argument: _atrium_campaigns_v1_UpdateProspectListRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_UpdateProspectListResponse__Output>): grpc.ClientUnaryCall;
  UpdateProspectList(argument: _atrium_campaigns_v1_UpdateProspectListRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_UpdateProspectListResponse__Output>): grpc.ClientUnaryCall;
  UpdateProspectList(argument: _atrium_campaigns_v1_UpdateProspectListRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_UpdateProspectListResponse__Output>): grpc.ClientUnaryCall;
  UpdateProspectList(argument: _atrium_campaigns_v1_UpdateProspectListRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_UpdateProspectListResponse__Output>): grpc.ClientUnaryCall;
  updateProspectList(argument: _atrium_campaigns_v1_UpdateProspectListRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_UpdateProspectListResponse__Output>): grpc.ClientUnaryCall;
  updateProspectList(argument: _atrium_campaigns_v1_UpdateProspectListRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_UpdateProspectListResponse__Output>): grpc.ClientUnaryCall;
  updateProspectList(argument: _atrium_campaigns_v1_UpdateProspectListRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_UpdateProspectListResponse__Output>): grpc.ClientUnaryCall;
  updateProspectList(argument: _atrium_campaigns_v1_UpdateProspectListRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_UpdateProspectListResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateTemplate(argument: _atrium_campaigns_v1_UpdateTemplateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_UpdateTemplateResponse__Output>): grpc.ClientUnaryCall;
  UpdateTemplate(argument: _atrium_campaigns_v1_UpdateTemplateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_UpdateTemplateResponse__Output>): grpc.ClientUnaryCall;
  UpdateTemplate(argument: _atrium_campaigns_v1_UpdateTemplateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_UpdateTemplateResponse__Output>): grpc.ClientUnaryCall;
  UpdateTemplate(argument: _atrium_campaigns_v1_UpdateTemplateRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_UpdateTemplateResponse__Output>): grpc.ClientUnaryCall;
  updateTemplate(argument: _atrium_campaigns_v1_UpdateTemplateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_UpdateTemplateResponse__Output>): grpc.ClientUnaryCall;
  updateTemplate(argument: _atrium_campaigns_v1_UpdateTemplateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_atrium_campaigns_v1_UpdateTemplateResponse__Output>): grpc.ClientUnaryCall;
  updateTemplate(argument: _atrium_campaigns_v1_UpdateTemplateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_atrium_campaigns_v1_UpdateTemplateResponse__Output>): grpc.ClientUnaryCall;
  updateTemplate(argument: _atrium_campaigns_v1_UpdateTemplateRequest, callback: grpc.requestCallback<_atrium_campaigns_v1_UpdateTemplateResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface CampaignsServiceHandlers extends grpc.UntypedServiceImplementation {
  AddProspectsToList: grpc.handleUnaryCall<_atrium_campaigns_v1_AddProspectsToListRequest__Output, _atrium_campaigns_v1_AddProspectsToListResponse>;
  
  CreateFieldMapping: grpc.handleUnaryCall<_atrium_campaigns_v1_CreateFieldMappingRequest__Output, _atrium_campaigns_v1_CreateFieldMappingResponse>;
  
  CreateProspect: grpc.handleUnaryCall<_atrium_campaigns_v1_CreateProspectRequest__Output, _atrium_campaigns_v1_CreateProspectResponse>;
  
  CreateProspectField: grpc.handleUnaryCall<_atrium_campaigns_v1_CreateProspectFieldRequest__Output, _atrium_campaigns_v1_CreateProspectFieldResponse>;
  
  CreateProspectList: grpc.handleUnaryCall<_atrium_campaigns_v1_CreateProspectListRequest__Output, _atrium_campaigns_v1_CreateProspectListResponse>;
  
  CreateTemplate: grpc.handleUnaryCall<_atrium_campaigns_v1_CreateTemplateRequest__Output, _atrium_campaigns_v1_CreateTemplateResponse>;
  
  DeleteFieldMapping: grpc.handleUnaryCall<_atrium_campaigns_v1_DeleteFieldMappingRequest__Output, _atrium_campaigns_v1_DeleteFieldMappingResponse>;
  
  DeleteProspect: grpc.handleUnaryCall<_atrium_campaigns_v1_DeleteProspectRequest__Output, _atrium_campaigns_v1_DeleteProspectResponse>;
  
  DeleteProspectField: grpc.handleUnaryCall<_atrium_campaigns_v1_DeleteProspectFieldRequest__Output, _atrium_campaigns_v1_DeleteProspectFieldResponse>;
  
  DeleteProspectList: grpc.handleUnaryCall<_atrium_campaigns_v1_DeleteProspectListRequest__Output, _atrium_campaigns_v1_DeleteProspectListResponse>;
  
  DeleteProspects: grpc.handleUnaryCall<_atrium_campaigns_v1_DeleteProspectsRequest__Output, _atrium_campaigns_v1_DeleteProspectsResponse>;
  
  DeleteTemplate: grpc.handleUnaryCall<_atrium_campaigns_v1_DeleteTemplateRequest__Output, _atrium_campaigns_v1_DeleteTemplateResponse>;
  
  GetClientStatus: grpc.handleUnaryCall<_atrium_campaigns_v1_GetClientStatusRequest__Output, _atrium_campaigns_v1_GetClientStatusResponse>;
  
  GetProspect: grpc.handleUnaryCall<_atrium_campaigns_v1_GetProspectRequest__Output, _atrium_campaigns_v1_GetProspectResponse>;
  
  GetTemplate: grpc.handleUnaryCall<_atrium_campaigns_v1_GetTemplateRequest__Output, _atrium_campaigns_v1_GetTemplateResponse>;
  
  ListFieldMappings: grpc.handleUnaryCall<_atrium_campaigns_v1_ListFieldMappingsRequest__Output, _atrium_campaigns_v1_ListFieldMappingsResponse>;
  
  ListProspectFields: grpc.handleUnaryCall<_atrium_campaigns_v1_ListProspectFieldsRequest__Output, _atrium_campaigns_v1_ListProspectFieldsResponse>;
  
  ListProspectLists: grpc.handleUnaryCall<_atrium_campaigns_v1_ListProspectListsRequest__Output, _atrium_campaigns_v1_ListProspectListsResponse>;
  
  ListProspects: grpc.handleUnaryCall<_atrium_campaigns_v1_ListProspectsRequest__Output, _atrium_campaigns_v1_ListProspectsResponse>;
  
  ListTemplates: grpc.handleUnaryCall<_atrium_campaigns_v1_ListTemplatesRequest__Output, _atrium_campaigns_v1_ListTemplatesResponse>;
  
  PushTemplate: grpc.handleUnaryCall<_atrium_campaigns_v1_PushTemplateRequest__Output, _atrium_campaigns_v1_PushTemplateResponse>;
  
  RecordProspectAction: grpc.handleUnaryCall<_atrium_campaigns_v1_RecordProspectActionRequest__Output, _atrium_campaigns_v1_RecordProspectActionResponse>;
  
  RemoveProspectsFromList: grpc.handleUnaryCall<_atrium_campaigns_v1_RemoveProspectsFromListRequest__Output, _atrium_campaigns_v1_RemoveProspectsFromListResponse>;
  
  UpdateFieldMapping: grpc.handleUnaryCall<_atrium_campaigns_v1_UpdateFieldMappingRequest__Output, _atrium_campaigns_v1_UpdateFieldMappingResponse>;
  
  UpdateProspect: grpc.handleUnaryCall<_atrium_campaigns_v1_UpdateProspectRequest__Output, _atrium_campaigns_v1_UpdateProspectResponse>;
  
  UpdateProspectField: grpc.handleUnaryCall<_atrium_campaigns_v1_UpdateProspectFieldRequest__Output, _atrium_campaigns_v1_UpdateProspectFieldResponse>;
  
  UpdateProspectList: grpc.handleUnaryCall<_atrium_campaigns_v1_UpdateProspectListRequest__Output, _atrium_campaigns_v1_UpdateProspectListResponse>;
  
  UpdateTemplate: grpc.handleUnaryCall<_atrium_campaigns_v1_UpdateTemplateRequest__Output, _atrium_campaigns_v1_UpdateTemplateResponse>;
  
}

export interface CampaignsServiceDefinition extends grpc.ServiceDefinition {
  AddProspectsToList: MethodDefinition<_atrium_campaigns_v1_AddProspectsToListRequest, _atrium_campaigns_v1_AddProspectsToListResponse, _atrium_campaigns_v1_AddProspectsToListRequest__Output, _atrium_campaigns_v1_AddProspectsToListResponse__Output>
  CreateFieldMapping: MethodDefinition<_atrium_campaigns_v1_CreateFieldMappingRequest, _atrium_campaigns_v1_CreateFieldMappingResponse, _atrium_campaigns_v1_CreateFieldMappingRequest__Output, _atrium_campaigns_v1_CreateFieldMappingResponse__Output>
  CreateProspect: MethodDefinition<_atrium_campaigns_v1_CreateProspectRequest, _atrium_campaigns_v1_CreateProspectResponse, _atrium_campaigns_v1_CreateProspectRequest__Output, _atrium_campaigns_v1_CreateProspectResponse__Output>
  CreateProspectField: MethodDefinition<_atrium_campaigns_v1_CreateProspectFieldRequest, _atrium_campaigns_v1_CreateProspectFieldResponse, _atrium_campaigns_v1_CreateProspectFieldRequest__Output, _atrium_campaigns_v1_CreateProspectFieldResponse__Output>
  CreateProspectList: MethodDefinition<_atrium_campaigns_v1_CreateProspectListRequest, _atrium_campaigns_v1_CreateProspectListResponse, _atrium_campaigns_v1_CreateProspectListRequest__Output, _atrium_campaigns_v1_CreateProspectListResponse__Output>
  CreateTemplate: MethodDefinition<_atrium_campaigns_v1_CreateTemplateRequest, _atrium_campaigns_v1_CreateTemplateResponse, _atrium_campaigns_v1_CreateTemplateRequest__Output, _atrium_campaigns_v1_CreateTemplateResponse__Output>
  DeleteFieldMapping: MethodDefinition<_atrium_campaigns_v1_DeleteFieldMappingRequest, _atrium_campaigns_v1_DeleteFieldMappingResponse, _atrium_campaigns_v1_DeleteFieldMappingRequest__Output, _atrium_campaigns_v1_DeleteFieldMappingResponse__Output>
  DeleteProspect: MethodDefinition<_atrium_campaigns_v1_DeleteProspectRequest, _atrium_campaigns_v1_DeleteProspectResponse, _atrium_campaigns_v1_DeleteProspectRequest__Output, _atrium_campaigns_v1_DeleteProspectResponse__Output>
  DeleteProspectField: MethodDefinition<_atrium_campaigns_v1_DeleteProspectFieldRequest, _atrium_campaigns_v1_DeleteProspectFieldResponse, _atrium_campaigns_v1_DeleteProspectFieldRequest__Output, _atrium_campaigns_v1_DeleteProspectFieldResponse__Output>
  DeleteProspectList: MethodDefinition<_atrium_campaigns_v1_DeleteProspectListRequest, _atrium_campaigns_v1_DeleteProspectListResponse, _atrium_campaigns_v1_DeleteProspectListRequest__Output, _atrium_campaigns_v1_DeleteProspectListResponse__Output>
  DeleteProspects: MethodDefinition<_atrium_campaigns_v1_DeleteProspectsRequest, _atrium_campaigns_v1_DeleteProspectsResponse, _atrium_campaigns_v1_DeleteProspectsRequest__Output, _atrium_campaigns_v1_DeleteProspectsResponse__Output>
  DeleteTemplate: MethodDefinition<_atrium_campaigns_v1_DeleteTemplateRequest, _atrium_campaigns_v1_DeleteTemplateResponse, _atrium_campaigns_v1_DeleteTemplateRequest__Output, _atrium_campaigns_v1_DeleteTemplateResponse__Output>
  GetClientStatus: MethodDefinition<_atrium_campaigns_v1_GetClientStatusRequest, _atrium_campaigns_v1_GetClientStatusResponse, _atrium_campaigns_v1_GetClientStatusRequest__Output, _atrium_campaigns_v1_GetClientStatusResponse__Output>
  GetProspect: MethodDefinition<_atrium_campaigns_v1_GetProspectRequest, _atrium_campaigns_v1_GetProspectResponse, _atrium_campaigns_v1_GetProspectRequest__Output, _atrium_campaigns_v1_GetProspectResponse__Output>
  GetTemplate: MethodDefinition<_atrium_campaigns_v1_GetTemplateRequest, _atrium_campaigns_v1_GetTemplateResponse, _atrium_campaigns_v1_GetTemplateRequest__Output, _atrium_campaigns_v1_GetTemplateResponse__Output>
  ListFieldMappings: MethodDefinition<_atrium_campaigns_v1_ListFieldMappingsRequest, _atrium_campaigns_v1_ListFieldMappingsResponse, _atrium_campaigns_v1_ListFieldMappingsRequest__Output, _atrium_campaigns_v1_ListFieldMappingsResponse__Output>
  ListProspectFields: MethodDefinition<_atrium_campaigns_v1_ListProspectFieldsRequest, _atrium_campaigns_v1_ListProspectFieldsResponse, _atrium_campaigns_v1_ListProspectFieldsRequest__Output, _atrium_campaigns_v1_ListProspectFieldsResponse__Output>
  ListProspectLists: MethodDefinition<_atrium_campaigns_v1_ListProspectListsRequest, _atrium_campaigns_v1_ListProspectListsResponse, _atrium_campaigns_v1_ListProspectListsRequest__Output, _atrium_campaigns_v1_ListProspectListsResponse__Output>
  ListProspects: MethodDefinition<_atrium_campaigns_v1_ListProspectsRequest, _atrium_campaigns_v1_ListProspectsResponse, _atrium_campaigns_v1_ListProspectsRequest__Output, _atrium_campaigns_v1_ListProspectsResponse__Output>
  ListTemplates: MethodDefinition<_atrium_campaigns_v1_ListTemplatesRequest, _atrium_campaigns_v1_ListTemplatesResponse, _atrium_campaigns_v1_ListTemplatesRequest__Output, _atrium_campaigns_v1_ListTemplatesResponse__Output>
  PushTemplate: MethodDefinition<_atrium_campaigns_v1_PushTemplateRequest, _atrium_campaigns_v1_PushTemplateResponse, _atrium_campaigns_v1_PushTemplateRequest__Output, _atrium_campaigns_v1_PushTemplateResponse__Output>
  RecordProspectAction: MethodDefinition<_atrium_campaigns_v1_RecordProspectActionRequest, _atrium_campaigns_v1_RecordProspectActionResponse, _atrium_campaigns_v1_RecordProspectActionRequest__Output, _atrium_campaigns_v1_RecordProspectActionResponse__Output>
  RemoveProspectsFromList: MethodDefinition<_atrium_campaigns_v1_RemoveProspectsFromListRequest, _atrium_campaigns_v1_RemoveProspectsFromListResponse, _atrium_campaigns_v1_RemoveProspectsFromListRequest__Output, _atrium_campaigns_v1_RemoveProspectsFromListResponse__Output>
  UpdateFieldMapping: MethodDefinition<_atrium_campaigns_v1_UpdateFieldMappingRequest, _atrium_campaigns_v1_UpdateFieldMappingResponse, _atrium_campaigns_v1_UpdateFieldMappingRequest__Output, _atrium_campaigns_v1_UpdateFieldMappingResponse__Output>
  UpdateProspect: MethodDefinition<_atrium_campaigns_v1_UpdateProspectRequest, _atrium_campaigns_v1_UpdateProspectResponse, _atrium_campaigns_v1_UpdateProspectRequest__Output, _atrium_campaigns_v1_UpdateProspectResponse__Output>
  UpdateProspectField: MethodDefinition<_atrium_campaigns_v1_UpdateProspectFieldRequest, _atrium_campaigns_v1_UpdateProspectFieldResponse, _atrium_campaigns_v1_UpdateProspectFieldRequest__Output, _atrium_campaigns_v1_UpdateProspectFieldResponse__Output>
  UpdateProspectList: MethodDefinition<_atrium_campaigns_v1_UpdateProspectListRequest, _atrium_campaigns_v1_UpdateProspectListResponse, _atrium_campaigns_v1_UpdateProspectListRequest__Output, _atrium_campaigns_v1_UpdateProspectListResponse__Output>
  UpdateTemplate: MethodDefinition<_atrium_campaigns_v1_UpdateTemplateRequest, _atrium_campaigns_v1_UpdateTemplateResponse, _atrium_campaigns_v1_UpdateTemplateRequest__Output, _atrium_campaigns_v1_UpdateTemplateResponse__Output>
}
