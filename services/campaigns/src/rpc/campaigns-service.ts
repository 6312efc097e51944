import { defineService, loadProto, type ServiceRegistration } from '@atrium/grpc';
import { SERVICE_PROTO_FILES, type campaigns, type CampaignsProto } from '@atrium/proto';
import { getClientStatus } from '../clients/get-client-status';
import type { Db } from '../store/transaction';
import { clientStatusToProto } from './to-proto';

/** gRPC handlers: proto in, one use case, proto out. */
export function campaignsService(db: Db): ServiceRegistration {
  const proto = loadProto<CampaignsProto>(SERVICE_PROTO_FILES.campaigns);
  return defineService<campaigns.CampaignsServiceDefinition>(
    'atrium.campaigns.v1.CampaignsService',
    proto.atrium.campaigns.v1.CampaignsService.service,
    {
      GetClientStatus: async (request) => clientStatusToProto(await getClientStatus(db, request)),
    },
  );
}
