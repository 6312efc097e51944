import { createClient, loadProto, type ServiceClient } from '@atrium/grpc';
import {
  SERVICE_PROTO_FILES,
  type billing,
  type BillingProto,
  type campaigns,
  type CampaignsProto,
  type identity,
  type IdentityProto,
  type notification,
  type NotificationProto,
  type tenancy,
  type TenancyProto,
} from '@atrium/proto';
import type { GatewayConfig } from './config';

/** A client of every backend service; billing and campaigns have no RPCs yet but count for readiness. */
export interface Backends {
  identity: ServiceClient<identity.IdentityServiceDefinition>;
  tenancy: ServiceClient<tenancy.TenancyServiceDefinition>;
  notification: ServiceClient<notification.NotificationServiceDefinition>;
  billing: ServiceClient<billing.BillingServiceDefinition>;
  campaigns: ServiceClient<campaigns.CampaignsServiceDefinition>;
}

export type BackendName = keyof Backends;

export function createBackends(config: GatewayConfig): Backends {
  const options = { deadlineMs: config.GRPC_DEADLINE_MS };
  return {
    identity: createClient(
      loadProto<IdentityProto>(SERVICE_PROTO_FILES.identity).atrium.identity.v1.IdentityService,
      config.IDENTITY_ADDR,
      options,
    ),
    tenancy: createClient(
      loadProto<TenancyProto>(SERVICE_PROTO_FILES.tenancy).atrium.tenancy.v1.TenancyService,
      config.TENANCY_ADDR,
      options,
    ),
    notification: createClient(
      loadProto<NotificationProto>(SERVICE_PROTO_FILES.notification).atrium.notification.v1
        .NotificationService,
      config.NOTIFICATION_ADDR,
      options,
    ),
    billing: createClient(
      loadProto<BillingProto>(SERVICE_PROTO_FILES.billing).atrium.billing.v1.BillingService,
      config.BILLING_ADDR,
      options,
    ),
    campaigns: createClient(
      loadProto<CampaignsProto>(SERVICE_PROTO_FILES.campaigns).atrium.campaigns.v1.CampaignsService,
      config.CAMPAIGNS_ADDR,
      options,
    ),
  };
}

export function closeBackends(backends: Backends): void {
  for (const client of Object.values(backends)) client.close();
}
