import { defineService, loadProto, type ServiceRegistration } from '@atrium/grpc';
import { SERVICE_PROTO_FILES, type billing, type BillingProto } from '@atrium/proto';
import { getClientStatus } from '../clients/get-client-status';
import type { Db } from '../store/transaction';
import { clientStatusToProto } from './to-proto';

/** gRPC handlers: proto in, one use case, proto out. */
export function billingService(db: Db): ServiceRegistration {
  const proto = loadProto<BillingProto>(SERVICE_PROTO_FILES.billing);
  return defineService<billing.BillingServiceDefinition>(
    'atrium.billing.v1.BillingService',
    proto.atrium.billing.v1.BillingService.service,
    {
      GetClientStatus: async (request) => clientStatusToProto(await getClientStatus(db, request)),
    },
  );
}
