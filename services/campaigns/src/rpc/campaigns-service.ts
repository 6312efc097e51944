import { defineService, loadProto, type ServiceRegistration } from '@atrium/grpc';
import { SERVICE_PROTO_FILES, type campaigns, type CampaignsProto } from '@atrium/proto';

/** Campaigns's v1 API has no RPCs yet; registering it lets health checks name the service. */
export function campaignsService(): ServiceRegistration {
  const proto = loadProto<CampaignsProto>(SERVICE_PROTO_FILES.campaigns);
  return defineService<campaigns.CampaignsServiceDefinition>(
    'atrium.campaigns.v1.CampaignsService',
    proto.atrium.campaigns.v1.CampaignsService.service,
    {},
  );
}
