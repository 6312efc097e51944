import type * as grpc from '@grpc/grpc-js';

import type { CampaignsServiceClient as _atrium_campaigns_v1_CampaignsServiceClient, CampaignsServiceDefinition as _atrium_campaigns_v1_CampaignsServiceDefinition } from './atrium/campaigns/v1/CampaignsService';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  atrium: {
    campaigns: {
      v1: {
        CampaignsService: SubtypeConstructor<typeof grpc.Client, _atrium_campaigns_v1_CampaignsServiceClient> & { service: _atrium_campaigns_v1_CampaignsServiceDefinition }
      }
    }
  }
}

