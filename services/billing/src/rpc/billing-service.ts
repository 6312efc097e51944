import { defineService, loadProto, type ServiceRegistration } from '@atrium/grpc';
import { SERVICE_PROTO_FILES, type billing, type BillingProto } from '@atrium/proto';

/** Billing's v1 API has no RPCs yet; registering it lets health checks name the service. */
export function billingService(): ServiceRegistration {
  const proto = loadProto<BillingProto>(SERVICE_PROTO_FILES.billing);
  return defineService<billing.BillingServiceDefinition>(
    'atrium.billing.v1.BillingService',
    proto.atrium.billing.v1.BillingService.service,
    {},
  );
}
