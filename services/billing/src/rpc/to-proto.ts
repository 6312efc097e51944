import type { billing } from '@atrium/proto';
import type { ClientStatus, KnownClientStatus } from '../domain/client-status';

const CLIENT_STATUS: Record<ClientStatus, billing.ProjectedClientStatus> = {
  active: 'PROJECTED_CLIENT_STATUS_ACTIVE',
  inactive: 'PROJECTED_CLIENT_STATUS_INACTIVE',
  deleted: 'PROJECTED_CLIENT_STATUS_DELETED',
};

export function clientStatusToProto(known: KnownClientStatus): billing.GetClientStatusResponse {
  return { status: CLIENT_STATUS[known.status], changedAt: known.changedAt.toISOString() };
}
