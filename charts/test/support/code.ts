import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { billingConfigShape } from '../../../services/billing/src/config';
import { campaignsConfigShape } from '../../../services/campaigns/src/config';
import { gatewayConfigShape } from '../../../services/gateway/src/config';
import { identityConfigShape } from '../../../services/identity/src/config';
import { notificationConfigShape } from '../../../services/notification/src/config';
import { tenancyConfigShape } from '../../../services/tenancy/src/config';
import { REPO_ROOT, SERVICES, type ServiceName } from './helm';

/** What the charts must agree with, read from the services' own code rather than restated here. */

/** Each service's environment schema (src/config.ts). */
export const CONFIG_SHAPES = {
  gateway: gatewayConfigShape,
  identity: identityConfigShape,
  tenancy: tenancyConfigShape,
  billing: billingConfigShape,
  campaigns: campaignsConfigShape,
  notification: notificationConfigShape,
} satisfies Record<ServiceName, object>;

function sourcesOf(service: ServiceName): string {
  const root = path.join(REPO_ROOT, 'services', service, 'src');
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.startsWith('generated'))
    .map((file) => readFileSync(path.join(root, file), 'utf8'))
    .join('\n');
}

/** The services each one calls over gRPC: every other service whose proto it loads for a client. */
export function grpcCalls(): Record<ServiceName, ServiceName[]> {
  return Object.fromEntries(
    SERVICES.map((service) => {
      const loaded = [...sourcesOf(service).matchAll(/SERVICE_PROTO_FILES\.(\w+)/g)].map((match) => match[1]);
      const peers = SERVICES.filter((peer) => peer !== service && loaded.includes(peer));
      return [service, peers];
    }),
  ) as Record<ServiceName, ServiceName[]>;
}

/** The services that call `service` over gRPC. */
export function callersOf(service: ServiceName): ServiceName[] {
  const calls = grpcCalls();
  return SERVICES.filter((caller) => calls[caller].includes(service));
}

/** The services whose startBackend owns a JetStream stream (publishesEvents: true). */
export function publishers(): ServiceName[] {
  return SERVICES.filter((service) => /publishesEvents:\s*true/.test(sourcesOf(service)));
}

/** The full gRPC service name a backend registers, and so answers health checks for. */
export function grpcServiceName(service: ServiceName): string | undefined {
  return /defineService(?:<[^>]*>)?\(\s*'([^']+)'/.exec(sourcesOf(service))?.[1];
}
