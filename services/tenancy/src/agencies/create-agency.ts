import { enqueueEvent } from '@atrium/events';
import { DomainError } from '@atrium/errors';
import { isUuid } from '../domain/ids';
import { EVENT_SOURCE } from '../events/source';
import { findAgency, insertAgencyWithOwner, type Agency } from '../store/agencies';
import { recordAudit } from '../store/audit';
import type { Db } from '../store/transaction';
import { inTenant } from '../store/tenant';

export interface CreateAgencyInput {
  agencyId: string;
  name: string;
  ownerUserId: string;
  ownerName: string;
  ownerEmail: string;
}

/**
 * Creates an agency with its owner. Identity calls it during sign-up and may
 * retry, so the same agency id answers with the existing agency.
 */
export async function createAgency(db: Db, input: CreateAgencyInput): Promise<Agency> {
  const name = input.name.trim();
  if (name.length < 2 || name.length > 120) {
    throw new DomainError('validation_failed', 'The agency name must be 2 to 120 characters.', {
      fields: [{ field: 'agencyName', message: 'must be 2 to 120 characters' }],
    });
  }
  if (!isUuid(input.agencyId) || !isUuid(input.ownerUserId)) {
    throw new DomainError('validation_failed', 'The agency and owner ids must be UUIDs.', {
      fields: [
        ...(isUuid(input.agencyId) ? [] : [{ field: 'agencyId', message: 'must be a UUID' }]),
        ...(isUuid(input.ownerUserId) ? [] : [{ field: 'ownerUserId', message: 'must be a UUID' }]),
      ],
    });
  }
  return inTenant(db, { agencyId: input.agencyId }, async (tx) => {
    const existing = await findAgency(tx, input.agencyId);
    if (existing) return existing;
    const agency = await insertAgencyWithOwner(
      tx,
      { id: input.agencyId, name },
      { userId: input.ownerUserId, name: input.ownerName, email: input.ownerEmail },
    );
    await enqueueEvent(
      tx,
      {
        type: 'atrium.tenancy.v1.agency.created',
        subject: `agencies/${agency.id}`,
        data: { agencyId: agency.id, name: agency.name, ownerUserId: input.ownerUserId },
      },
      EVENT_SOURCE,
    );
    await recordAudit(
      tx,
      { userId: input.ownerUserId, agencyId: agency.id },
      {
        action: 'agency.created',
        targetType: 'agency',
        targetId: agency.id,
        after: { name: agency.name, ownerUserId: input.ownerUserId },
      },
    );
    return agency;
  });
}
