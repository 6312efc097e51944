import { ACCOUNT_TYPES, BILLING_MODES, CLIENT_STATUSES, type tenancy } from '@atrium/proto';
import { z } from '../../openapi/zod';
import { dateTime } from '../shared/fields';
import { progressOf } from './progress';
import { oneOf, orNull } from '../shared/contract';

export { ACCOUNT_TYPES, BILLING_MODES, CLIENT_STATUSES };
export const REGIONS = ['US', 'EU', 'AU_CA_NZ', 'OTHER'] as const;
/** The statuses a client list row may have: deleting and deleted clients are never listed. */
export const LISTED_CLIENT_STATUSES = [
  'active',
  'inactive',
] as const satisfies readonly (typeof CLIENT_STATUSES)[number][];

const count = z.number().int().min(0);
const text = z.string().nullable();

const CompanyProfileSchema = z
  .object({ legalName: text, street: text, city: text, postalCode: text, country: text })
  .openapi('CompanyProfile');

const ContactPersonSchema = z.object({ name: text, email: text, phone: text }).openapi('ContactPerson');

const ClientSettingsSchema = z
  .object({
    adsEnabled: z.boolean(),
    clientMayRebrand: z.boolean().openapi({ description: 'The client may upload its own logo.' }),
    directSupport: z.boolean().openapi({ description: 'The client may open tickets with platform support.' }),
    emailSendLimitPerMonth: z.number().int().min(1).nullable().openapi({ description: 'null: no limit.' }),
    engagementSuppression: z.boolean(),
  })
  .openapi('ClientSettings');

const ClientCountersSchema = z
  .object({
    storedProspects: count.openapi({
      description: "Prospects in the client's database, deleted ones excluded.",
    }),
    connectedProspects: count.openapi({
      description: 'Stored prospects on which any action was performed.',
    }),
    runningCampaigns: count,
    toBeContacted: count.openapi({
      description: 'Enrolments in running campaigns that completed no step yet.',
    }),
    progress: z
      .object({
        total: count.openapi({ description: 'Enrolments in running campaigns.' }),
        percent: z.number().int().min(0).max(100).openapi({
          description:
            '(total − toBeContacted) / total as a whole percentage, rounded down; 0 when total is 0.',
        }),
        colour: z.enum(['grey', 'red', 'green']).openapi({
          description:
            'grey: no running campaign; red: less than 15 % of total left to contact; green otherwise.',
        }),
      })
      .openapi('ClientProgress'),
  })
  .openapi('ClientCounters', {
    description: 'Campaign counters: zero until the campaigns service feeds them.',
  });

export const ClientSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    website: z.string().nullable(),
    tags: z.array(z.string()),
    status: z.enum(CLIENT_STATUSES),
    accountType: z.enum(ACCOUNT_TYPES),
    region: z.enum(REGIONS),
    isMaster: z.boolean().openapi({ description: "The agency's own (master) client account." }),
    ownerId: z.string().nullable(),
    ownerName: z.string().nullable(),
    accountManagerId: z.string().nullable(),
    customProperties: z.record(z.string(), z.string()).openapi({
      description: "Values of the agency's custom fields (`GET /v1/agency/custom-fields`), by key.",
      example: { crm_id: 'CRM-0042' },
    }),
    companyProfile: CompanyProfileSchema,
    companyProfileComplete: z.boolean().openapi({
      description: 'Every company profile field is set: only then may the client send email.',
    }),
    profileContact: ContactPersonSchema.openapi({
      description: "Receives the client's system notifications.",
    }),
    billingContact: ContactPersonSchema.openapi({
      description: 'Receives billing email (client_card only).',
    }),
    billingMode: z.enum(BILLING_MODES).openapi({
      description:
        '`client_card`: pays by its own card, invoiced under the agency brand. `agency_managed`: the agency ' +
        'pays; the client receives no billing communication.',
    }),
    renewalDate: z.string().nullable().openapi({ format: 'date', description: 'Annual contract renewal.' }),
    settings: ClientSettingsSchema,
    createdAt: dateTime,
    updatedAt: dateTime,
    lastActivityAt: dateTime.nullable(),
    renewalDueSoon: z.boolean().openapi({
      description: 'The renewal date, carried forward a year at a time once past, is within 60 days.',
    }),
    counters: ClientCountersSchema,
  })
  .openapi('Client');

export type ClientJson = z.input<typeof ClientSchema>;

export const ClientListItemSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    tags: z.array(z.string()),
    status: z.enum(LISTED_CLIENT_STATUSES),
    accountType: z.enum(ACCOUNT_TYPES),
    isMaster: z.boolean().openapi({ description: "The agency's own (master) client account." }),
    ownerId: z.string(),
    ownerName: z.string(),
    accountManagerId: z.string().nullable(),
    createdAt: dateTime.openapi({ description: 'Date added.' }),
    lastActivityAt: dateTime,
    renewalDate: z.string().nullable().openapi({ format: 'date', description: 'Annual contract renewal.' }),
    renewalDueSoon: z.boolean().openapi({
      description: 'The renewal date, carried forward a year at a time once past, is within 60 days.',
    }),
    counters: ClientCountersSchema,
  })
  .openapi('ClientListItem', {
    description:
      'One row of the client list (docs/product.md "Client accounts"). `GET /v1/clients/{id}` answers the client with every field and setting.',
  });

export type ClientListItemJson = z.input<typeof ClientListItemSchema>;

const NO_COUNTERS: tenancy.ClientCounters__Output = {
  storedProspects: 0,
  connectedProspects: 0,
  runningCampaigns: 0,
  toBeContacted: 0,
  enrolments: 0,
};

const NO_COMPANY: tenancy.CompanyProfile__Output = {};
const NO_CONTACT: tenancy.ContactPerson__Output = {};

function contactJsonOf(contact: tenancy.ContactPerson__Output | null): z.input<typeof ContactPersonSchema> {
  const { name, email, phone } = contact ?? NO_CONTACT;
  return { name: orNull(name ?? ''), email: orNull(email ?? ''), phone: orNull(phone ?? '') };
}

function settingsJsonOf(
  settings: tenancy.ClientSettings__Output | null,
): z.input<typeof ClientSettingsSchema> {
  const given = settings ?? {};
  const flag = (value: boolean | undefined, name: string) => {
    if (value === undefined) throw new Error(`backend answer lacks settings.${name}`);
    return value;
  };
  return {
    adsEnabled: flag(given.adsEnabled, 'adsEnabled'),
    clientMayRebrand: flag(given.clientMayRebrand, 'clientMayRebrand'),
    directSupport: flag(given.directSupport, 'directSupport'),
    emailSendLimitPerMonth: given.emailSendLimitPerMonth || null,
    engagementSuppression: flag(given.engagementSuppression, 'engagementSuppression'),
  };
}

/** A tenancy client as the API shows it. */
export function clientJsonOf(client: tenancy.Client__Output): ClientJson {
  const company = client.companyProfile ?? NO_COMPANY;
  return {
    id: client.id,
    name: client.name,
    description: orNull(client.description),
    website: orNull(client.website),
    tags: client.tags,
    status: oneOf(CLIENT_STATUSES, client.status, 'client status'),
    accountType: oneOf(ACCOUNT_TYPES, client.accountType, 'account type'),
    region: oneOf(REGIONS, client.region, 'region'),
    isMaster: client.isMaster,
    ownerId: orNull(client.ownerId),
    ownerName: orNull(client.ownerName),
    accountManagerId: orNull(client.accountManagerId),
    customProperties: Object.fromEntries(client.customProperties.map(({ key, value }) => [key, value])),
    companyProfile: {
      legalName: orNull(company.legalName ?? ''),
      street: orNull(company.street ?? ''),
      city: orNull(company.city ?? ''),
      postalCode: orNull(company.postalCode ?? ''),
      country: orNull(company.country ?? ''),
    },
    companyProfileComplete: client.companyProfileComplete,
    profileContact: contactJsonOf(client.profileContact),
    billingContact: contactJsonOf(client.billingContact),
    billingMode: oneOf(BILLING_MODES, client.billingMode, 'billing mode'),
    renewalDate: orNull(client.renewalDate),
    settings: settingsJsonOf(client.settings),
    createdAt: client.createdAt,
    updatedAt: client.updatedAt,
    lastActivityAt: orNull(client.lastActivityAt),
    renewalDueSoon: client.renewalDueSoon,
    counters: countersJsonOf(client.counters),
  };
}

/** A row of the client list as the API shows it. */
export function clientListItemJsonOf(item: tenancy.ClientListItem__Output): ClientListItemJson {
  return {
    id: item.id,
    name: item.name,
    tags: item.tags,
    status: oneOf(LISTED_CLIENT_STATUSES, item.status, 'listed client status'),
    accountType: oneOf(ACCOUNT_TYPES, item.accountType, 'account type'),
    isMaster: item.isMaster,
    ownerId: item.ownerId,
    ownerName: item.ownerName,
    accountManagerId: orNull(item.accountManagerId),
    createdAt: item.createdAt,
    lastActivityAt: item.lastActivityAt,
    renewalDate: orNull(item.renewalDate),
    renewalDueSoon: item.renewalDueSoon,
    counters: countersJsonOf(item.counters),
  };
}

function countersJsonOf(given: tenancy.ClientCounters__Output | null): z.input<typeof ClientCountersSchema> {
  const counters = given ?? NO_COUNTERS;
  return {
    storedProspects: counters.storedProspects,
    connectedProspects: counters.connectedProspects,
    runningCampaigns: counters.runningCampaigns,
    toBeContacted: counters.toBeContacted,
    progress: progressOf(counters),
  };
}
