import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { CampaignsServiceClient as _atrium_campaigns_v1_CampaignsServiceClient, CampaignsServiceDefinition as _atrium_campaigns_v1_CampaignsServiceDefinition } from './atrium/campaigns/v1/CampaignsService';
import type { GetClientStatusRequest as _atrium_campaigns_v1_GetClientStatusRequest, GetClientStatusRequest__Output as _atrium_campaigns_v1_GetClientStatusRequest__Output } from './atrium/campaigns/v1/GetClientStatusRequest';
import type { GetClientStatusResponse as _atrium_campaigns_v1_GetClientStatusResponse, GetClientStatusResponse__Output as _atrium_campaigns_v1_GetClientStatusResponse__Output } from './atrium/campaigns/v1/GetClientStatusResponse';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  atrium: {
    campaigns: {
      v1: {
        CampaignsService: SubtypeConstructor<typeof grpc.Client, _atrium_campaigns_v1_CampaignsServiceClient> & { service: _atrium_campaigns_v1_CampaignsServiceDefinition }
        GetClientStatusRequest: MessageTypeDefinition<_atrium_campaigns_v1_GetClientStatusRequest, _atrium_campaigns_v1_GetClientStatusRequest__Output>
        GetClientStatusResponse: MessageTypeDefinition<_atrium_campaigns_v1_GetClientStatusResponse, _atrium_campaigns_v1_GetClientStatusResponse__Output>
        ProjectedClientStatus: EnumTypeDefinition
      }
    }
  }
}

