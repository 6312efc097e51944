import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { AddProspectsToListRequest as _atrium_campaigns_v1_AddProspectsToListRequest, AddProspectsToListRequest__Output as _atrium_campaigns_v1_AddProspectsToListRequest__Output } from './atrium/campaigns/v1/AddProspectsToListRequest';
import type { AddProspectsToListResponse as _atrium_campaigns_v1_AddProspectsToListResponse, AddProspectsToListResponse__Output as _atrium_campaigns_v1_AddProspectsToListResponse__Output } from './atrium/campaigns/v1/AddProspectsToListResponse';
import type { CampaignsServiceClient as _atrium_campaigns_v1_CampaignsServiceClient, CampaignsServiceDefinition as _atrium_campaigns_v1_CampaignsServiceDefinition } from './atrium/campaigns/v1/CampaignsService';
import type { CreateFieldMappingRequest as _atrium_campaigns_v1_CreateFieldMappingRequest, CreateFieldMappingRequest__Output as _atrium_campaigns_v1_CreateFieldMappingRequest__Output } from './atrium/campaigns/v1/CreateFieldMappingRequest';
import type { CreateFieldMappingResponse as _atrium_campaigns_v1_CreateFieldMappingResponse, CreateFieldMappingResponse__Output as _atrium_campaigns_v1_CreateFieldMappingResponse__Output } from './atrium/campaigns/v1/CreateFieldMappingResponse';
import type { CreateProspectFieldRequest as _atrium_campaigns_v1_CreateProspectFieldRequest, CreateProspectFieldRequest__Output as _atrium_campaigns_v1_CreateProspectFieldRequest__Output } from './atrium/campaigns/v1/CreateProspectFieldRequest';
import type { CreateProspectFieldResponse as _atrium_campaigns_v1_CreateProspectFieldResponse, CreateProspectFieldResponse__Output as _atrium_campaigns_v1_CreateProspectFieldResponse__Output } from './atrium/campaigns/v1/CreateProspectFieldResponse';
import type { CreateProspectListRequest as _atrium_campaigns_v1_CreateProspectListRequest, CreateProspectListRequest__Output as _atrium_campaigns_v1_CreateProspectListRequest__Output } from './atrium/campaigns/v1/CreateProspectListRequest';
import type { CreateProspectListResponse as _atrium_campaigns_v1_CreateProspectListResponse, CreateProspectListResponse__Output as _atrium_campaigns_v1_CreateProspectListResponse__Output } from './atrium/campaigns/v1/CreateProspectListResponse';
import type { CreateProspectRequest as _atrium_campaigns_v1_CreateProspectRequest, CreateProspectRequest__Output as _atrium_campaigns_v1_CreateProspectRequest__Output } from './atrium/campaigns/v1/CreateProspectRequest';
import type { CreateProspectResponse as _atrium_campaigns_v1_CreateProspectResponse, CreateProspectResponse__Output as _atrium_campaigns_v1_CreateProspectResponse__Output } from './atrium/campaigns/v1/CreateProspectResponse';
import type { CreateTemplateRequest as _atrium_campaigns_v1_CreateTemplateRequest, CreateTemplateRequest__Output as _atrium_campaigns_v1_CreateTemplateRequest__Output } from './atrium/campaigns/v1/CreateTemplateRequest';
import type { CreateTemplateResponse as _atrium_campaigns_v1_CreateTemplateResponse, CreateTemplateResponse__Output as _atrium_campaigns_v1_CreateTemplateResponse__Output } from './atrium/campaigns/v1/CreateTemplateResponse';
import type { DeleteFieldMappingRequest as _atrium_campaigns_v1_DeleteFieldMappingRequest, DeleteFieldMappingRequest__Output as _atrium_campaigns_v1_DeleteFieldMappingRequest__Output } from './atrium/campaigns/v1/DeleteFieldMappingRequest';
import type { DeleteFieldMappingResponse as _atrium_campaigns_v1_DeleteFieldMappingResponse, DeleteFieldMappingResponse__Output as _atrium_campaigns_v1_DeleteFieldMappingResponse__Output } from './atrium/campaigns/v1/DeleteFieldMappingResponse';
import type { DeleteProspectFieldRequest as _atrium_campaigns_v1_DeleteProspectFieldRequest, DeleteProspectFieldRequest__Output as _atrium_campaigns_v1_DeleteProspectFieldRequest__Output } from './atrium/campaigns/v1/DeleteProspectFieldRequest';
import type { DeleteProspectFieldResponse as _atrium_campaigns_v1_DeleteProspectFieldResponse, DeleteProspectFieldResponse__Output as _atrium_campaigns_v1_DeleteProspectFieldResponse__Output } from './atrium/campaigns/v1/DeleteProspectFieldResponse';
import type { DeleteProspectListRequest as _atrium_campaigns_v1_DeleteProspectListRequest, DeleteProspectListRequest__Output as _atrium_campaigns_v1_DeleteProspectListRequest__Output } from './atrium/campaigns/v1/DeleteProspectListRequest';
import type { DeleteProspectListResponse as _atrium_campaigns_v1_DeleteProspectListResponse, DeleteProspectListResponse__Output as _atrium_campaigns_v1_DeleteProspectListResponse__Output } from './atrium/campaigns/v1/DeleteProspectListResponse';
import type { DeleteProspectRequest as _atrium_campaigns_v1_DeleteProspectRequest, DeleteProspectRequest__Output as _atrium_campaigns_v1_DeleteProspectRequest__Output } from './atrium/campaigns/v1/DeleteProspectRequest';
import type { DeleteProspectResponse as _atrium_campaigns_v1_DeleteProspectResponse, DeleteProspectResponse__Output as _atrium_campaigns_v1_DeleteProspectResponse__Output } from './atrium/campaigns/v1/DeleteProspectResponse';
import type { DeleteProspectsRequest as _atrium_campaigns_v1_DeleteProspectsRequest, DeleteProspectsRequest__Output as _atrium_campaigns_v1_DeleteProspectsRequest__Output } from './atrium/campaigns/v1/DeleteProspectsRequest';
import type { DeleteProspectsResponse as _atrium_campaigns_v1_DeleteProspectsResponse, DeleteProspectsResponse__Output as _atrium_campaigns_v1_DeleteProspectsResponse__Output } from './atrium/campaigns/v1/DeleteProspectsResponse';
import type { DeleteTemplateRequest as _atrium_campaigns_v1_DeleteTemplateRequest, DeleteTemplateRequest__Output as _atrium_campaigns_v1_DeleteTemplateRequest__Output } from './atrium/campaigns/v1/DeleteTemplateRequest';
import type { DeleteTemplateResponse as _atrium_campaigns_v1_DeleteTemplateResponse, DeleteTemplateResponse__Output as _atrium_campaigns_v1_DeleteTemplateResponse__Output } from './atrium/campaigns/v1/DeleteTemplateResponse';
import type { FieldMapping as _atrium_campaigns_v1_FieldMapping, FieldMapping__Output as _atrium_campaigns_v1_FieldMapping__Output } from './atrium/campaigns/v1/FieldMapping';
import type { GetClientStatusRequest as _atrium_campaigns_v1_GetClientStatusRequest, GetClientStatusRequest__Output as _atrium_campaigns_v1_GetClientStatusRequest__Output } from './atrium/campaigns/v1/GetClientStatusRequest';
import type { GetClientStatusResponse as _atrium_campaigns_v1_GetClientStatusResponse, GetClientStatusResponse__Output as _atrium_campaigns_v1_GetClientStatusResponse__Output } from './atrium/campaigns/v1/GetClientStatusResponse';
import type { GetProspectRequest as _atrium_campaigns_v1_GetProspectRequest, GetProspectRequest__Output as _atrium_campaigns_v1_GetProspectRequest__Output } from './atrium/campaigns/v1/GetProspectRequest';
import type { GetProspectResponse as _atrium_campaigns_v1_GetProspectResponse, GetProspectResponse__Output as _atrium_campaigns_v1_GetProspectResponse__Output } from './atrium/campaigns/v1/GetProspectResponse';
import type { GetTemplateRequest as _atrium_campaigns_v1_GetTemplateRequest, GetTemplateRequest__Output as _atrium_campaigns_v1_GetTemplateRequest__Output } from './atrium/campaigns/v1/GetTemplateRequest';
import type { GetTemplateResponse as _atrium_campaigns_v1_GetTemplateResponse, GetTemplateResponse__Output as _atrium_campaigns_v1_GetTemplateResponse__Output } from './atrium/campaigns/v1/GetTemplateResponse';
import type { ListFieldMappingsRequest as _atrium_campaigns_v1_ListFieldMappingsRequest, ListFieldMappingsRequest__Output as _atrium_campaigns_v1_ListFieldMappingsRequest__Output } from './atrium/campaigns/v1/ListFieldMappingsRequest';
import type { ListFieldMappingsResponse as _atrium_campaigns_v1_ListFieldMappingsResponse, ListFieldMappingsResponse__Output as _atrium_campaigns_v1_ListFieldMappingsResponse__Output } from './atrium/campaigns/v1/ListFieldMappingsResponse';
import type { ListProspectFieldsRequest as _atrium_campaigns_v1_ListProspectFieldsRequest, ListProspectFieldsRequest__Output as _atrium_campaigns_v1_ListProspectFieldsRequest__Output } from './atrium/campaigns/v1/ListProspectFieldsRequest';
import type { ListProspectFieldsResponse as _atrium_campaigns_v1_ListProspectFieldsResponse, ListProspectFieldsResponse__Output as _atrium_campaigns_v1_ListProspectFieldsResponse__Output } from './atrium/campaigns/v1/ListProspectFieldsResponse';
import type { ListProspectListsRequest as _atrium_campaigns_v1_ListProspectListsRequest, ListProspectListsRequest__Output as _atrium_campaigns_v1_ListProspectListsRequest__Output } from './atrium/campaigns/v1/ListProspectListsRequest';
import type { ListProspectListsResponse as _atrium_campaigns_v1_ListProspectListsResponse, ListProspectListsResponse__Output as _atrium_campaigns_v1_ListProspectListsResponse__Output } from './atrium/campaigns/v1/ListProspectListsResponse';
import type { ListProspectsRequest as _atrium_campaigns_v1_ListProspectsRequest, ListProspectsRequest__Output as _atrium_campaigns_v1_ListProspectsRequest__Output } from './atrium/campaigns/v1/ListProspectsRequest';
import type { ListProspectsResponse as _atrium_campaigns_v1_ListProspectsResponse, ListProspectsResponse__Output as _atrium_campaigns_v1_ListProspectsResponse__Output } from './atrium/campaigns/v1/ListProspectsResponse';
import type { ListTemplatesRequest as _atrium_campaigns_v1_ListTemplatesRequest, ListTemplatesRequest__Output as _atrium_campaigns_v1_ListTemplatesRequest__Output } from './atrium/campaigns/v1/ListTemplatesRequest';
import type { ListTemplatesResponse as _atrium_campaigns_v1_ListTemplatesResponse, ListTemplatesResponse__Output as _atrium_campaigns_v1_ListTemplatesResponse__Output } from './atrium/campaigns/v1/ListTemplatesResponse';
import type { Prospect as _atrium_campaigns_v1_Prospect, Prospect__Output as _atrium_campaigns_v1_Prospect__Output } from './atrium/campaigns/v1/Prospect';
import type { ProspectField as _atrium_campaigns_v1_ProspectField, ProspectField__Output as _atrium_campaigns_v1_ProspectField__Output } from './atrium/campaigns/v1/ProspectField';
import type { ProspectFilter as _atrium_campaigns_v1_ProspectFilter, ProspectFilter__Output as _atrium_campaigns_v1_ProspectFilter__Output } from './atrium/campaigns/v1/ProspectFilter';
import type { ProspectList as _atrium_campaigns_v1_ProspectList, ProspectList__Output as _atrium_campaigns_v1_ProspectList__Output } from './atrium/campaigns/v1/ProspectList';
import type { PushTemplateRequest as _atrium_campaigns_v1_PushTemplateRequest, PushTemplateRequest__Output as _atrium_campaigns_v1_PushTemplateRequest__Output } from './atrium/campaigns/v1/PushTemplateRequest';
import type { PushTemplateResponse as _atrium_campaigns_v1_PushTemplateResponse, PushTemplateResponse__Output as _atrium_campaigns_v1_PushTemplateResponse__Output } from './atrium/campaigns/v1/PushTemplateResponse';
import type { RecordProspectActionRequest as _atrium_campaigns_v1_RecordProspectActionRequest, RecordProspectActionRequest__Output as _atrium_campaigns_v1_RecordProspectActionRequest__Output } from './atrium/campaigns/v1/RecordProspectActionRequest';
import type { RecordProspectActionResponse as _atrium_campaigns_v1_RecordProspectActionResponse, RecordProspectActionResponse__Output as _atrium_campaigns_v1_RecordProspectActionResponse__Output } from './atrium/campaigns/v1/RecordProspectActionResponse';
import type { RemoveProspectsFromListRequest as _atrium_campaigns_v1_RemoveProspectsFromListRequest, RemoveProspectsFromListRequest__Output as _atrium_campaigns_v1_RemoveProspectsFromListRequest__Output } from './atrium/campaigns/v1/RemoveProspectsFromListRequest';
import type { RemoveProspectsFromListResponse as _atrium_campaigns_v1_RemoveProspectsFromListResponse, RemoveProspectsFromListResponse__Output as _atrium_campaigns_v1_RemoveProspectsFromListResponse__Output } from './atrium/campaigns/v1/RemoveProspectsFromListResponse';
import type { Template as _atrium_campaigns_v1_Template, Template__Output as _atrium_campaigns_v1_Template__Output } from './atrium/campaigns/v1/Template';
import type { TemplateProvenance as _atrium_campaigns_v1_TemplateProvenance, TemplateProvenance__Output as _atrium_campaigns_v1_TemplateProvenance__Output } from './atrium/campaigns/v1/TemplateProvenance';
import type { TemplatePushResult as _atrium_campaigns_v1_TemplatePushResult, TemplatePushResult__Output as _atrium_campaigns_v1_TemplatePushResult__Output } from './atrium/campaigns/v1/TemplatePushResult';
import type { UpdateFieldMappingRequest as _atrium_campaigns_v1_UpdateFieldMappingRequest, UpdateFieldMappingRequest__Output as _atrium_campaigns_v1_UpdateFieldMappingRequest__Output } from './atrium/campaigns/v1/UpdateFieldMappingRequest';
import type { UpdateFieldMappingResponse as _atrium_campaigns_v1_UpdateFieldMappingResponse, UpdateFieldMappingResponse__Output as _atrium_campaigns_v1_UpdateFieldMappingResponse__Output } from './atrium/campaigns/v1/UpdateFieldMappingResponse';
import type { UpdateProspectFieldRequest as _atrium_campaigns_v1_UpdateProspectFieldRequest, UpdateProspectFieldRequest__Output as _atrium_campaigns_v1_UpdateProspectFieldRequest__Output } from './atrium/campaigns/v1/UpdateProspectFieldRequest';
import type { UpdateProspectFieldResponse as _atrium_campaigns_v1_UpdateProspectFieldResponse, UpdateProspectFieldResponse__Output as _atrium_campaigns_v1_UpdateProspectFieldResponse__Output } from './atrium/campaigns/v1/UpdateProspectFieldResponse';
import type { UpdateProspectListRequest as _atrium_campaigns_v1_UpdateProspectListRequest, UpdateProspectListRequest__Output as _atrium_campaigns_v1_UpdateProspectListRequest__Output } from './atrium/campaigns/v1/UpdateProspectListRequest';
import type { UpdateProspectListResponse as _atrium_campaigns_v1_UpdateProspectListResponse, UpdateProspectListResponse__Output as _atrium_campaigns_v1_UpdateProspectListResponse__Output } from './atrium/campaigns/v1/UpdateProspectListResponse';
import type { UpdateProspectRequest as _atrium_campaigns_v1_UpdateProspectRequest, UpdateProspectRequest__Output as _atrium_campaigns_v1_UpdateProspectRequest__Output } from './atrium/campaigns/v1/UpdateProspectRequest';
import type { UpdateProspectResponse as _atrium_campaigns_v1_UpdateProspectResponse, UpdateProspectResponse__Output as _atrium_campaigns_v1_UpdateProspectResponse__Output } from './atrium/campaigns/v1/UpdateProspectResponse';
import type { UpdateTemplateRequest as _atrium_campaigns_v1_UpdateTemplateRequest, UpdateTemplateRequest__Output as _atrium_campaigns_v1_UpdateTemplateRequest__Output } from './atrium/campaigns/v1/UpdateTemplateRequest';
import type { UpdateTemplateResponse as _atrium_campaigns_v1_UpdateTemplateResponse, UpdateTemplateResponse__Output as _atrium_campaigns_v1_UpdateTemplateResponse__Output } from './atrium/campaigns/v1/UpdateTemplateResponse';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  atrium: {
    campaigns: {
      v1: {
        AddProspectsToListRequest: MessageTypeDefinition<_atrium_campaigns_v1_AddProspectsToListRequest, _atrium_campaigns_v1_AddProspectsToListRequest__Output>
        AddProspectsToListResponse: MessageTypeDefinition<_atrium_campaigns_v1_AddProspectsToListResponse, _atrium_campaigns_v1_AddProspectsToListResponse__Output>
        CampaignsService: SubtypeConstructor<typeof grpc.Client, _atrium_campaigns_v1_CampaignsServiceClient> & { service: _atrium_campaigns_v1_CampaignsServiceDefinition }
        CreateFieldMappingRequest: MessageTypeDefinition<_atrium_campaigns_v1_CreateFieldMappingRequest, _atrium_campaigns_v1_CreateFieldMappingRequest__Output>
        CreateFieldMappingResponse: MessageTypeDefinition<_atrium_campaigns_v1_CreateFieldMappingResponse, _atrium_campaigns_v1_CreateFieldMappingResponse__Output>
        CreateProspectFieldRequest: MessageTypeDefinition<_atrium_campaigns_v1_CreateProspectFieldRequest, _atrium_campaigns_v1_CreateProspectFieldRequest__Output>
        CreateProspectFieldResponse: MessageTypeDefinition<_atrium_campaigns_v1_CreateProspectFieldResponse, _atrium_campaigns_v1_CreateProspectFieldResponse__Output>
        CreateProspectListRequest: MessageTypeDefinition<_atrium_campaigns_v1_CreateProspectListRequest, _atrium_campaigns_v1_CreateProspectListRequest__Output>
        CreateProspectListResponse: MessageTypeDefinition<_atrium_campaigns_v1_CreateProspectListResponse, _atrium_campaigns_v1_CreateProspectListResponse__Output>
        CreateProspectRequest: MessageTypeDefinition<_atrium_campaigns_v1_CreateProspectRequest, _atrium_campaigns_v1_CreateProspectRequest__Output>
        CreateProspectResponse: MessageTypeDefinition<_atrium_campaigns_v1_CreateProspectResponse, _atrium_campaigns_v1_CreateProspectResponse__Output>
        CreateTemplateRequest: MessageTypeDefinition<_atrium_campaigns_v1_CreateTemplateRequest, _atrium_campaigns_v1_CreateTemplateRequest__Output>
        CreateTemplateResponse: MessageTypeDefinition<_atrium_campaigns_v1_CreateTemplateResponse, _atrium_campaigns_v1_CreateTemplateResponse__Output>
        DeleteFieldMappingRequest: MessageTypeDefinition<_atrium_campaigns_v1_DeleteFieldMappingRequest, _atrium_campaigns_v1_DeleteFieldMappingRequest__Output>
        DeleteFieldMappingResponse: MessageTypeDefinition<_atrium_campaigns_v1_DeleteFieldMappingResponse, _atrium_campaigns_v1_DeleteFieldMappingResponse__Output>
        DeleteProspectFieldRequest: MessageTypeDefinition<_atrium_campaigns_v1_DeleteProspectFieldRequest, _atrium_campaigns_v1_DeleteProspectFieldRequest__Output>
        DeleteProspectFieldResponse: MessageTypeDefinition<_atrium_campaigns_v1_DeleteProspectFieldResponse, _atrium_campaigns_v1_DeleteProspectFieldResponse__Output>
        DeleteProspectListRequest: MessageTypeDefinition<_atrium_campaigns_v1_DeleteProspectListRequest, _atrium_campaigns_v1_DeleteProspectListRequest__Output>
        DeleteProspectListResponse: MessageTypeDefinition<_atrium_campaigns_v1_DeleteProspectListResponse, _atrium_campaigns_v1_DeleteProspectListResponse__Output>
        DeleteProspectRequest: MessageTypeDefinition<_atrium_campaigns_v1_DeleteProspectRequest, _atrium_campaigns_v1_DeleteProspectRequest__Output>
        DeleteProspectResponse: MessageTypeDefinition<_atrium_campaigns_v1_DeleteProspectResponse, _atrium_campaigns_v1_DeleteProspectResponse__Output>
        DeleteProspectsRequest: MessageTypeDefinition<_atrium_campaigns_v1_DeleteProspectsRequest, _atrium_campaigns_v1_DeleteProspectsRequest__Output>
        DeleteProspectsResponse: MessageTypeDefinition<_atrium_campaigns_v1_DeleteProspectsResponse, _atrium_campaigns_v1_DeleteProspectsResponse__Output>
        DeleteTemplateRequest: MessageTypeDefinition<_atrium_campaigns_v1_DeleteTemplateRequest, _atrium_campaigns_v1_DeleteTemplateRequest__Output>
        DeleteTemplateResponse: MessageTypeDefinition<_atrium_campaigns_v1_DeleteTemplateResponse, _atrium_campaigns_v1_DeleteTemplateResponse__Output>
        FieldMapping: MessageTypeDefinition<_atrium_campaigns_v1_FieldMapping, _atrium_campaigns_v1_FieldMapping__Output>
        FieldMappingTarget: EnumTypeDefinition
        GetClientStatusRequest: MessageTypeDefinition<_atrium_campaigns_v1_GetClientStatusRequest, _atrium_campaigns_v1_GetClientStatusRequest__Output>
        GetClientStatusResponse: MessageTypeDefinition<_atrium_campaigns_v1_GetClientStatusResponse, _atrium_campaigns_v1_GetClientStatusResponse__Output>
        GetProspectRequest: MessageTypeDefinition<_atrium_campaigns_v1_GetProspectRequest, _atrium_campaigns_v1_GetProspectRequest__Output>
        GetProspectResponse: MessageTypeDefinition<_atrium_campaigns_v1_GetProspectResponse, _atrium_campaigns_v1_GetProspectResponse__Output>
        GetTemplateRequest: MessageTypeDefinition<_atrium_campaigns_v1_GetTemplateRequest, _atrium_campaigns_v1_GetTemplateRequest__Output>
        GetTemplateResponse: MessageTypeDefinition<_atrium_campaigns_v1_GetTemplateResponse, _atrium_campaigns_v1_GetTemplateResponse__Output>
        ListFieldMappingsRequest: MessageTypeDefinition<_atrium_campaigns_v1_ListFieldMappingsRequest, _atrium_campaigns_v1_ListFieldMappingsRequest__Output>
        ListFieldMappingsResponse: MessageTypeDefinition<_atrium_campaigns_v1_ListFieldMappingsResponse, _atrium_campaigns_v1_ListFieldMappingsResponse__Output>
        ListProspectFieldsRequest: MessageTypeDefinition<_atrium_campaigns_v1_ListProspectFieldsRequest, _atrium_campaigns_v1_ListProspectFieldsRequest__Output>
        ListProspectFieldsResponse: MessageTypeDefinition<_atrium_campaigns_v1_ListProspectFieldsResponse, _atrium_campaigns_v1_ListProspectFieldsResponse__Output>
        ListProspectListsRequest: MessageTypeDefinition<_atrium_campaigns_v1_ListProspectListsRequest, _atrium_campaigns_v1_ListProspectListsRequest__Output>
        ListProspectListsResponse: MessageTypeDefinition<_atrium_campaigns_v1_ListProspectListsResponse, _atrium_campaigns_v1_ListProspectListsResponse__Output>
        ListProspectsRequest: MessageTypeDefinition<_atrium_campaigns_v1_ListProspectsRequest, _atrium_campaigns_v1_ListProspectsRequest__Output>
        ListProspectsResponse: MessageTypeDefinition<_atrium_campaigns_v1_ListProspectsResponse, _atrium_campaigns_v1_ListProspectsResponse__Output>
        ListTemplatesRequest: MessageTypeDefinition<_atrium_campaigns_v1_ListTemplatesRequest, _atrium_campaigns_v1_ListTemplatesRequest__Output>
        ListTemplatesResponse: MessageTypeDefinition<_atrium_campaigns_v1_ListTemplatesResponse, _atrium_campaigns_v1_ListTemplatesResponse__Output>
        ProjectedClientStatus: EnumTypeDefinition
        Prospect: MessageTypeDefinition<_atrium_campaigns_v1_Prospect, _atrium_campaigns_v1_Prospect__Output>
        ProspectAction: EnumTypeDefinition
        ProspectField: MessageTypeDefinition<_atrium_campaigns_v1_ProspectField, _atrium_campaigns_v1_ProspectField__Output>
        ProspectFieldType: EnumTypeDefinition
        ProspectFilter: MessageTypeDefinition<_atrium_campaigns_v1_ProspectFilter, _atrium_campaigns_v1_ProspectFilter__Output>
        ProspectList: MessageTypeDefinition<_atrium_campaigns_v1_ProspectList, _atrium_campaigns_v1_ProspectList__Output>
        ProspectSort: EnumTypeDefinition
        ProspectSortOrder: EnumTypeDefinition
        ProspectStatus: EnumTypeDefinition
        PushTemplateRequest: MessageTypeDefinition<_atrium_campaigns_v1_PushTemplateRequest, _atrium_campaigns_v1_PushTemplateRequest__Output>
        PushTemplateResponse: MessageTypeDefinition<_atrium_campaigns_v1_PushTemplateResponse, _atrium_campaigns_v1_PushTemplateResponse__Output>
        RecordProspectActionRequest: MessageTypeDefinition<_atrium_campaigns_v1_RecordProspectActionRequest, _atrium_campaigns_v1_RecordProspectActionRequest__Output>
        RecordProspectActionResponse: MessageTypeDefinition<_atrium_campaigns_v1_RecordProspectActionResponse, _atrium_campaigns_v1_RecordProspectActionResponse__Output>
        RemoveProspectsFromListRequest: MessageTypeDefinition<_atrium_campaigns_v1_RemoveProspectsFromListRequest, _atrium_campaigns_v1_RemoveProspectsFromListRequest__Output>
        RemoveProspectsFromListResponse: MessageTypeDefinition<_atrium_campaigns_v1_RemoveProspectsFromListResponse, _atrium_campaigns_v1_RemoveProspectsFromListResponse__Output>
        Template: MessageTypeDefinition<_atrium_campaigns_v1_Template, _atrium_campaigns_v1_Template__Output>
        TemplateChannel: EnumTypeDefinition
        TemplateProvenance: MessageTypeDefinition<_atrium_campaigns_v1_TemplateProvenance, _atrium_campaigns_v1_TemplateProvenance__Output>
        TemplatePushOutcome: EnumTypeDefinition
        TemplatePushResult: MessageTypeDefinition<_atrium_campaigns_v1_TemplatePushResult, _atrium_campaigns_v1_TemplatePushResult__Output>
        UpdateFieldMappingRequest: MessageTypeDefinition<_atrium_campaigns_v1_UpdateFieldMappingRequest, _atrium_campaigns_v1_UpdateFieldMappingRequest__Output>
        UpdateFieldMappingResponse: MessageTypeDefinition<_atrium_campaigns_v1_UpdateFieldMappingResponse, _atrium_campaigns_v1_UpdateFieldMappingResponse__Output>
        UpdateProspectFieldRequest: MessageTypeDefinition<_atrium_campaigns_v1_UpdateProspectFieldRequest, _atrium_campaigns_v1_UpdateProspectFieldRequest__Output>
        UpdateProspectFieldResponse: MessageTypeDefinition<_atrium_campaigns_v1_UpdateProspectFieldResponse, _atrium_campaigns_v1_UpdateProspectFieldResponse__Output>
        UpdateProspectListRequest: MessageTypeDefinition<_atrium_campaigns_v1_UpdateProspectListRequest, _atrium_campaigns_v1_UpdateProspectListRequest__Output>
        UpdateProspectListResponse: MessageTypeDefinition<_atrium_campaigns_v1_UpdateProspectListResponse, _atrium_campaigns_v1_UpdateProspectListResponse__Output>
        UpdateProspectRequest: MessageTypeDefinition<_atrium_campaigns_v1_UpdateProspectRequest, _atrium_campaigns_v1_UpdateProspectRequest__Output>
        UpdateProspectResponse: MessageTypeDefinition<_atrium_campaigns_v1_UpdateProspectResponse, _atrium_campaigns_v1_UpdateProspectResponse__Output>
        UpdateTemplateRequest: MessageTypeDefinition<_atrium_campaigns_v1_UpdateTemplateRequest, _atrium_campaigns_v1_UpdateTemplateRequest__Output>
        UpdateTemplateResponse: MessageTypeDefinition<_atrium_campaigns_v1_UpdateTemplateResponse, _atrium_campaigns_v1_UpdateTemplateResponse__Output>
      }
    }
  }
}

