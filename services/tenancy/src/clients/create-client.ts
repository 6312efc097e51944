import { randomUUID } from 'node:crypto';
import { enqueueEvent } from '@atrium/events';
import { DomainError } from '@atrium/errors';
import type { Actor } from '@atrium/logger';
import { requirePermission, resolveActorAccess } from '../access/resolve-access';
import { validateNewClient, type NewClientInput } from '../domain/client-fields';
import { EVENT_SOURCE } from '../events/source';
import type { Db } from '../store/db';
import type { ClientRow } from '../store/clients';
import { existingMemberIds } from '../store/members';
import { requireActor } from '../access/require-actor';

/** Adds a client account to the caller's agency and announces it (client.created). */
export async function createClient(
  db: Db,
  actorOrNone: Actor | undefined,
  input: NewClientInput,
): Promise<ClientRow> {
  const actor = requireActor(actorOrNone);
  if (actor.apiKeyId && !input.ownerId) {
    // A key is nobody: the client needs a person as its owner.
    throw new DomainError('validation_failed', 'Name the owner when an API key creates a client.', {
      fields: [{ field: 'ownerId', message: 'is required when an API key creates a client' }],
    });
  }
  const fields = validateNewClient(input, actor.userId);
  return db.$transaction(async (tx) => {
    const access = await resolveActorAccess(tx, actor);
    requirePermission(access, 'clients:create');
    const people = [fields.ownerId, ...(fields.accountManagerId ? [fields.accountManagerId] : [])];
    const members = await existingMemberIds(tx, actor.agencyId, people);
    const strangers = [
      ...(members.has(fields.ownerId)
        ? []
        : [{ field: 'ownerId', message: 'is not a member of this agency' }]),
      ...(fields.accountManagerId && !members.has(fields.accountManagerId)
        ? [{ field: 'accountManagerId', message: 'is not a member of this agency' }]
        : []),
    ];
    if (strangers.length > 0) {
      throw new DomainError('validation_failed', 'Owner and account manager must be agency members.', {
        fields: strangers,
      });
    }
    const client = await tx.client.create({
      data: { id: randomUUID(), agencyId: actor.agencyId, ...fields },
      include: { owner: { select: { name: true } } },
    });
    await enqueueEvent(
      tx,
      {
        type: 'atrium.tenancy.v1.client.created',
        subject: `agencies/${client.agencyId}/clients/${client.id}`,
        data: {
          agencyId: client.agencyId,
          clientId: client.id,
          name: client.name,
          ownerId: client.ownerId,
          createdBy: actor.userId,
        },
      },
      EVENT_SOURCE,
    );
    const { owner, ...row } = client;
    return { ...row, ownerName: owner.name };
  });
}
