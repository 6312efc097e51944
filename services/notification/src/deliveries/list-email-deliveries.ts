import { pageOf, pageSize } from '@atrium/db';
import { DomainError } from '@atrium/errors';
import { fromGrpcError, type PromiseClient } from '@atrium/grpc';
import type { Actor } from '@atrium/logger';
import { EMAIL_DELIVERY_STATUSES, type tenancy } from '@atrium/proto';
import { requirePerson } from '../notifications/require-person';
import { listAgencyEmailDeliveries, type DeliveryListItem } from '../store/email-deliveries';
import { olderThanCursor } from '../store/keyset';
import type { Db } from '../store/transaction';

export type { DeliveryListItem };

export interface ListEmailDeliveriesInput {
  limit: number;
  cursor: string;
  status: string;
}

/** notification_service.proto's EmailDeliveryStatus. */
const STATUSES: readonly string[] = EMAIL_DELIVERY_STATUSES;
const ADMIN_ROLES = ['owner', 'admin'];

/** The emails sent on the caller's agency's behalf, newest first; for its owners and admins. */
export async function listEmailDeliveries(
  db: Db,
  tenancyClient: PromiseClient<tenancy.TenancyServiceDefinition>,
  actor: Actor | undefined,
  input: ListEmailDeliveriesInput,
): Promise<{ deliveries: DeliveryListItem[]; nextCursor: string | null }> {
  const person = requirePerson(actor);
  if (input.status && !STATUSES.includes(input.status))
    throw new DomainError('validation_failed', 'The status filter is not valid.', {
      fields: [{ field: 'status', message: `must be one of ${STATUSES.join(', ')}` }],
    });
  const limit = pageSize(input.limit);
  const page = olderThanCursor(input.cursor);
  const access = await tenancyClient
    .GetAccess({ userId: person.userId, agencyId: person.agencyId }, { actor: actor! })
    .catch((error: unknown) => {
      throw fromGrpcError(error);
    });
  if (!ADMIN_ROLES.includes(access.role))
    throw new DomainError('forbidden', 'Only agency owners and admins may see email deliveries.');
  const rows = await listAgencyEmailDeliveries(db, person.agencyId, {
    status: input.status,
    olderThan: page,
    take: limit + 1,
  });
  const { items, nextCursor } = pageOf(rows, limit);
  return { deliveries: items, nextCursor };
}
