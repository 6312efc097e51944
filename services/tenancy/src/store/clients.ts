import type { ClientFields } from '../domain/client-fields';
import type { Prisma } from '../generated/prisma/client';
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
export function clientColumns(
  fields: ClientFields,
): Omit<Prisma.ClientUncheckedCreateInput, 'id' | 'agencyId'> {
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
  await tx.$queryRawUnsafe('SELECT 1 FROM agencies WHERE id = $1::uuid FOR UPDATE', agencyId);
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
