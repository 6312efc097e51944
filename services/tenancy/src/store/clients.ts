import type { ClientFields } from '../domain/client-fields';
import type { Prisma } from '../generated/prisma/client';
import { lockAgency } from './agencies';
import type { Tx } from './db';

/** A client as answers and events carry it: its editable fields, lifecycle, owner's name and counters. */
export interface ClientRecord extends ClientFields {
  id: string;
  agencyId: string;
  status: string;
  ownerName: string;
  storedProspects: number;
  connectedProspects: number;
  runningCampaigns: number;
  toBeContacted: number;
  enrolments: number;
  createdAt: Date;
  updatedAt: Date;
  lastActivityAt: Date;
}

/** The columns of a ClientRecord, over `clients c` joined with its owner `m`. */
export const CLIENT_COLUMNS = `
  c.id, c.agency_id AS "agencyId", c.name, c.description, c.website, c.tags, c.custom_properties AS "customProperties",
  c.status, c.account_type AS "accountType", c.region, c.is_master AS "isMaster", c.owner_id AS "ownerId",
  m.name AS "ownerName", c.account_manager_id AS "accountManagerId",
  c.company_legal_name AS "companyLegalName", c.company_street AS "companyStreet", c.company_city AS "companyCity",
  c.company_postal_code AS "companyPostalCode", c.company_country AS "companyCountry",
  c.profile_contact_name AS "profileContactName", c.profile_contact_email AS "profileContactEmail",
  c.profile_contact_phone AS "profileContactPhone", c.billing_contact_name AS "billingContactName",
  c.billing_contact_email AS "billingContactEmail", c.billing_contact_phone AS "billingContactPhone",
  c.billing_mode AS "billingMode", to_char(c.renewal_date, 'YYYY-MM-DD') AS "renewalDate",
  c.ads_enabled AS "adsEnabled", c.client_may_rebrand AS "clientMayRebrand", c.direct_support AS "directSupport",
  c.email_send_limit_per_month AS "emailSendLimitPerMonth", c.engagement_suppression AS "engagementSuppression",
  c.stored_prospects AS "storedProspects", c.connected_prospects AS "connectedProspects",
  c.running_campaigns AS "runningCampaigns", c.to_be_contacted AS "toBeContacted", c.enrolments,
  c.created_at AS "createdAt", c.updated_at AS "updatedAt", c.last_activity_at AS "lastActivityAt"`;

export const CLIENT_FROM = `clients c JOIN agency_members m ON m.agency_id = c.agency_id AND m.user_id = c.owner_id`;

type ClientRow = Record<string, unknown>;

/** A row selected with CLIENT_COLUMNS as a ClientRecord. */
export function clientOfRow(row: ClientRow): ClientRecord {
  const text = (key: string) => row[key] as string;
  const properties = row.customProperties;
  return {
    id: text('id'),
    agencyId: text('agencyId'),
    name: text('name'),
    description: text('description'),
    website: text('website'),
    tags: row.tags as string[],
    customProperties: (typeof properties === 'string' ? JSON.parse(properties) : properties) as Record<
      string,
      string
    >,
    status: text('status'),
    accountType: text('accountType') as ClientRecord['accountType'],
    region: text('region') as ClientRecord['region'],
    isMaster: row.isMaster as boolean,
    ownerId: text('ownerId'),
    ownerName: text('ownerName'),
    accountManagerId: (row.accountManagerId as string | null) ?? null,
    companyProfile: {
      legalName: text('companyLegalName'),
      street: text('companyStreet'),
      city: text('companyCity'),
      postalCode: text('companyPostalCode'),
      country: text('companyCountry'),
    },
    profileContact: {
      name: text('profileContactName'),
      email: text('profileContactEmail'),
      phone: text('profileContactPhone'),
    },
    billingContact: {
      name: text('billingContactName'),
      email: text('billingContactEmail'),
      phone: text('billingContactPhone'),
    },
    billingMode: text('billingMode') as ClientRecord['billingMode'],
    renewalDate: (row.renewalDate as string | null) ?? null,
    settings: {
      adsEnabled: row.adsEnabled as boolean,
      clientMayRebrand: row.clientMayRebrand as boolean,
      directSupport: row.directSupport as boolean,
      emailSendLimitPerMonth: (row.emailSendLimitPerMonth as number | null) ?? null,
      engagementSuppression: row.engagementSuppression as boolean,
    },
    storedProspects: row.storedProspects as number,
    connectedProspects: row.connectedProspects as number,
    runningCampaigns: row.runningCampaigns as number,
    toBeContacted: row.toBeContacted as number,
    enrolments: row.enrolments as number,
    createdAt: row.createdAt as Date,
    updatedAt: row.updatedAt as Date,
    lastActivityAt: row.lastActivityAt as Date,
  };
}

/** The stored columns of a client's editable fields. */
function clientColumns(fields: ClientFields): Omit<Prisma.ClientUncheckedCreateInput, 'id' | 'agencyId'> {
  return {
    name: fields.name,
    description: fields.description,
    website: fields.website,
    tags: fields.tags,
    customProperties: fields.customProperties,
    accountType: fields.accountType,
    region: fields.region,
    isMaster: fields.isMaster,
    ownerId: fields.ownerId,
    accountManagerId: fields.accountManagerId,
    companyLegalName: fields.companyProfile.legalName,
    companyStreet: fields.companyProfile.street,
    companyCity: fields.companyProfile.city,
    companyPostalCode: fields.companyProfile.postalCode,
    companyCountry: fields.companyProfile.country,
    profileContactName: fields.profileContact.name,
    profileContactEmail: fields.profileContact.email,
    profileContactPhone: fields.profileContact.phone,
    billingContactName: fields.billingContact.name,
    billingContactEmail: fields.billingContact.email,
    billingContactPhone: fields.billingContact.phone,
    billingMode: fields.billingMode,
    renewalDate: fields.renewalDate ? new Date(`${fields.renewalDate}T00:00:00.000Z`) : null,
    adsEnabled: fields.settings.adsEnabled,
    clientMayRebrand: fields.settings.clientMayRebrand,
    directSupport: fields.settings.directSupport,
    emailSendLimitPerMonth: fields.settings.emailSendLimitPerMonth,
    engagementSuppression: fields.settings.engagementSuppression,
  };
}

/** One client of the transaction's agency, whatever its status. */
export async function findClient(tx: Tx, clientId: string): Promise<ClientRecord | null> {
  const [row] = await tx.$queryRawUnsafe<ClientRow[]>(
    `SELECT ${CLIENT_COLUMNS} FROM ${CLIENT_FROM} WHERE c.id = $1::uuid`,
    clientId,
  );
  return row ? clientOfRow(row) : null;
}

/** Whether `userId` is on the client's team. */
export async function isOnTeam(tx: Tx, clientId: string, userId: string): Promise<boolean> {
  const row = await tx.clientTeamMember.findUnique({ where: { clientId_userId: { clientId, userId } } });
  return row !== null;
}

/**
 * Clients that count against the plan: active and inactive ones. A client being deleted no longer
 * counts: its deletion cannot be taken back and nothing can be done inside it any more. Locks the
 * agency row first, so two concurrent creations cannot both take the last free place.
 */
export async function countPlanClientsLocked(tx: Tx, agencyId: string): Promise<number> {
  await lockAgency(tx, agencyId);
  return tx.client.count({ where: { agencyId, status: { in: ['active', 'inactive'] } } });
}

/** Agency owners and admins, the client's owner and its team: who may see the client. */
export async function clientAudience(tx: Tx, agencyId: string, clientId: string): Promise<string[]> {
  const rows = await tx.$queryRawUnsafe<{ userId: string }[]>(
    `SELECT m.user_id AS "userId" FROM agency_members m
      WHERE m.agency_id = $1::uuid AND m.role IN ('owner', 'admin')
     UNION
     SELECT c.owner_id FROM clients c WHERE c.id = $2::uuid AND c.agency_id = $1::uuid
     UNION
     SELECT t.user_id FROM client_team_members t WHERE t.client_id = $2::uuid AND t.agency_id = $1::uuid`,
    agencyId,
    clientId,
  );
  return rows.map((row) => row.userId);
}

/** Whether the agency has a client of this id, whatever its status. */
export async function clientExists(tx: Tx, agencyId: string, clientId: string): Promise<boolean> {
  const client = await tx.client.findFirst({ where: { id: clientId, agencyId }, select: { id: true } });
  return client !== null;
}

export async function insertClient(
  tx: Tx,
  agencyId: string,
  clientId: string,
  fields: ClientFields,
): Promise<void> {
  await tx.client.create({ data: { id: clientId, agencyId, ...clientColumns(fields) } });
}

/** Writes every editable field of the client. */
export async function updateClientFields(
  tx: Tx,
  agencyId: string,
  clientId: string,
  fields: ClientFields,
): Promise<void> {
  await tx.client.update({ where: { id: clientId, agencyId }, data: clientColumns(fields) });
}

export async function setClientStatus(
  tx: Tx,
  agencyId: string,
  clientId: string,
  status: 'active' | 'inactive',
): Promise<void> {
  await tx.client.update({ where: { id: clientId, agencyId }, data: { status } });
}

export async function setClientOwner(
  tx: Tx,
  agencyId: string,
  clientId: string,
  ownerId: string,
): Promise<void> {
  await tx.client.update({ where: { id: clientId, agencyId }, data: { ownerId } });
}

/**
 * Turns an inactive client `deleting`; answers false when it is not inactive any more. Conditional, so
 * a concurrent reactivation or deletion of the same client cannot slip between the check and this.
 */
export async function markClientDeleting(tx: Tx, clientId: string): Promise<boolean> {
  const changed = await tx.$executeRawUnsafe(
    `UPDATE clients SET status = 'deleting', updated_at = now() WHERE id = $1::uuid AND status = 'inactive'`,
    clientId,
  );
  return changed > 0;
}

/** The agency's master client other than `exceptClientId`, unless deleted. */
export function findOtherMasterClient(
  tx: Tx,
  agencyId: string,
  exceptClientId: string | null,
): Promise<{ name: string } | null> {
  return tx.client.findFirst({
    where: {
      agencyId,
      isMaster: true,
      status: { not: 'deleted' },
      ...(exceptClientId ? { id: { not: exceptClientId } } : {}),
    },
    select: { name: true },
  });
}

/** The clients a member owns, deleted ones included, by name. */
export function listClientsOwnedBy(
  tx: Tx,
  agencyId: string,
  userId: string,
): Promise<Array<{ id: string; name: string; status: string }>> {
  return tx.client.findMany({
    where: { agencyId, ownerId: userId },
    select: { id: true, name: true, status: true },
    orderBy: { name: 'asc' },
  });
}

/** The ids of the clients a member is the account manager of. */
export async function listClientIdsManagedBy(tx: Tx, agencyId: string, userId: string): Promise<string[]> {
  const managed = await tx.client.findMany({
    where: { agencyId, accountManagerId: userId },
    select: { id: true },
  });
  return managed.map((client) => client.id);
}

/** Hands every client `fromUserId` owns to `toUserId`. */
export async function transferOwnedClients(
  tx: Tx,
  agencyId: string,
  fromUserId: string,
  toUserId: string,
): Promise<void> {
  await tx.client.updateMany({ where: { agencyId, ownerId: fromUserId }, data: { ownerId: toUserId } });
}

/** Leaves the clients `userId` managed without an account manager. */
export async function clearAccountManager(tx: Tx, agencyId: string, userId: string): Promise<void> {
  await tx.client.updateMany({
    where: { agencyId, accountManagerId: userId },
    data: { accountManagerId: null },
  });
}

/** Removes a custom field's values from every client of the agency that has one. */
export async function removeCustomPropertyFromClients(tx: Tx, agencyId: string, key: string): Promise<void> {
  await tx.$executeRawUnsafe(
    `UPDATE clients SET custom_properties = custom_properties - $2, updated_at = now()
      WHERE agency_id = $1::uuid AND custom_properties ->> $2 IS NOT NULL`,
    agencyId,
    key,
  );
}
