import type { ProspectAction, ProspectStatus } from '../domain/prospect-status';
import type { Prisma } from '../generated/prisma/client';
import type { Tx } from './db';

/** A stored prospect with the lists it is on (docs/campaigns.md "Prospects"). */
export interface ProspectRecord {
  id: string;
  clientId: string;
  email: string;
  firstName: string;
  lastName: string;
  company: string;
  position: string;
  phone: string;
  customFields: Record<string, string>;
  tags: string[];
  status: ProspectStatus;
  lastContactedAt: Date | null;
  emailValidatedAt: Date | null;
  emailSentAt: Date | null;
  taskDoneAt: Date | null;
  listIds: string[];
  createdAt: Date;
  updatedAt: Date;
}

/** The fields a caller writes, already checked by domain/prospect-fields.ts. */
export interface ProspectFields {
  email: string;
  firstName: string;
  lastName: string;
  company: string;
  position: string;
  phone: string;
  customFields: Record<string, string>;
  tags: string[];
  status: ProspectStatus;
}

const PROSPECT_SELECT = {
  id: true,
  clientId: true,
  email: true,
  firstName: true,
  lastName: true,
  company: true,
  position: true,
  phone: true,
  customFields: true,
  tags: true,
  status: true,
  lastContactedAt: true,
  emailValidatedAt: true,
  emailSentAt: true,
  taskDoneAt: true,
  createdAt: true,
  updatedAt: true,
  memberships: { select: { listId: true }, orderBy: { addedAt: 'asc' } },
} satisfies Prisma.ProspectSelect;

type SelectedProspect = Prisma.ProspectGetPayload<{ select: typeof PROSPECT_SELECT }>;

function recordOf(row: SelectedProspect): ProspectRecord {
  const { memberships, customFields, status, ...fields } = row;
  return {
    ...fields,
    status: status as ProspectStatus,
    customFields: customFields as Record<string, string>,
    listIds: memberships.map((membership) => membership.listId),
  };
}

/** The client's stored prospect, or null (deleted, another client's, or none). */
export async function findProspect(
  tx: Tx,
  clientId: string,
  prospectId: string,
): Promise<ProspectRecord | null> {
  const row = await tx.prospect.findFirst({
    where: { id: prospectId, clientId, deletedAt: null },
    select: PROSPECT_SELECT,
  });
  return row ? recordOf(row) : null;
}

/** The stored prospects of these ids, in the order given (ids of none are left out). */
export async function findProspects(tx: Tx, clientId: string, ids: string[]): Promise<ProspectRecord[]> {
  const rows = await tx.prospect.findMany({
    where: { id: { in: ids }, clientId, deletedAt: null },
    select: PROSPECT_SELECT,
  });
  const byId = new Map(rows.map((row) => [row.id, recordOf(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Whether another stored prospect of the client than `exceptId` has the (lower-cased) email. */
export async function emailTaken(
  tx: Tx,
  clientId: string,
  email: string,
  exceptId?: string,
): Promise<boolean> {
  const row = await tx.prospect.findFirst({
    where: { clientId, email, deletedAt: null, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  return row !== null;
}

export async function insertProspect(
  tx: Tx,
  scope: { agencyId: string; clientId: string },
  id: string,
  fields: ProspectFields,
): Promise<ProspectRecord> {
  const now = new Date();
  const row = await tx.prospect.create({
    data: { id, ...scope, ...fields, createdAt: now, updatedAt: now },
    select: PROSPECT_SELECT,
  });
  return recordOf(row);
}

export async function updateProspect(
  tx: Tx,
  prospectId: string,
  fields: Partial<ProspectFields>,
): Promise<ProspectRecord> {
  const row = await tx.prospect.update({
    where: { id: prospectId },
    data: { ...fields, updatedAt: new Date() },
    select: PROSPECT_SELECT,
  });
  return recordOf(row);
}

const ACTION_COLUMN = {
  email_validated: 'emailValidatedAt',
  email_sent: 'emailSentAt',
  task_done: 'taskDoneAt',
} as const satisfies Record<ProspectAction, string>;

/**
 * Records the latest time of an action; a time older than the one kept changes nothing. An email sent
 * is also a contact.
 */
export async function recordAction(
  tx: Tx,
  prospect: ProspectRecord,
  action: ProspectAction,
  at: Date,
): Promise<ProspectRecord> {
  const column = ACTION_COLUMN[action];
  const later = (known: Date | null) => (known && known > at ? known : at);
  const data: Prisma.ProspectUpdateInput = { [column]: later(prospect[column]) };
  if (action === 'email_sent') data.lastContactedAt = later(prospect.lastContactedAt);
  const row = await tx.prospect.update({
    where: { id: prospect.id },
    data: { ...data, updatedAt: new Date() },
    select: PROSPECT_SELECT,
  });
  return recordOf(row);
}

/**
 * Marks the client's stored prospects of these ids deleted and takes them off every list; answers how
 * many were deleted.
 */
export async function deleteProspects(tx: Tx, clientId: string, ids: string[]): Promise<number> {
  const { count } = await tx.prospect.updateMany({
    where: { id: { in: ids }, clientId, deletedAt: null },
    data: { deletedAt: new Date() },
  });
  await tx.prospectListMember.deleteMany({ where: { prospectId: { in: ids }, clientId } });
  return count;
}

/** Takes a custom field's values off every prospect of the client. */
export async function dropCustomFieldValues(tx: Tx, clientId: string, key: string): Promise<void> {
  await tx.$executeRawUnsafe(
    `UPDATE prospects SET custom_fields = custom_fields - $2, updated_at = now()
      WHERE client_id = $1::uuid AND custom_fields ? $2`,
    clientId,
    key,
  );
}
