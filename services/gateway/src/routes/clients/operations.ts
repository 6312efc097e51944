import { MULTI_LINE } from '../../http/input-safety';
import type { tenancy } from '@atrium/proto';
import type { Backends } from '../../backends';
import type { OperationRouter } from '../../http/operations';
import { z } from '../../openapi/zod';
import { present } from '../shared/contract';
import {
  ACCOUNT_TYPES,
  BILLING_MODES,
  LISTED_CLIENT_STATUSES,
  ClientListItemSchema,
  clientListItemJsonOf,
  ClientSchema,
  clientJsonOf,
  REGIONS,
} from './mapper';
import {
  ClientParamsSchema,
  cursorParam,
  limitParam,
  listAnswer,
  nextCursor,
  pageOf,
  phoneNumber,
} from '../shared/fields';

/** In a change, null clears the field; in a creation it leaves it empty. */
const clearableText = (max: number) => z.string().trim().max(max).nullable().optional();

const CompanyProfileInputSchema = z
  .strictObject({
    legalName: clearableText(200),
    street: clearableText(200),
    city: clearableText(100),
    postalCode: clearableText(20).refine(
      (code) => code == null || code === '' || /^[A-Za-z0-9][A-Za-z0-9 -]*$/.test(code),
      'must be letters, digits, spaces and hyphens',
    ),
    country: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code')
      .nullable()
      .optional()
      .openapi({ example: 'DE' }),
  })
  .openapi('CompanyProfileInput', {
    description: 'Required in full before the client may send email. Fields left out keep their value.',
  });

const ContactPersonInputSchema = z
  .strictObject({
    name: clearableText(120),
    email: z.string().trim().toLowerCase().check(z.email()).max(254).nullable().optional(),
    phone: phoneNumber().nullable().optional(),
  })
  .openapi('ContactPersonInput');

const ClientSettingsInputSchema = z
  .strictObject({
    adsEnabled: z.boolean().optional(),
    clientMayRebrand: z.boolean().optional(),
    directSupport: z.boolean().optional().openapi({
      description: 'Defaults to true for agency_managed billing, false for client_card.',
    }),
    emailSendLimitPerMonth: z.number().int().min(1).max(100_000_000).nullable().optional().openapi({
      description: 'null: no limit (the default). Refused for client_card clients (`limits_not_allowed`).',
    }),
    engagementSuppression: z.boolean().optional(),
  })
  .openapi('ClientSettingsInput');

const customPropertiesSchema = z
  .record(
    z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'must be a custom field key'),
    z.string().trim().max(1000),
  )
  .openapi({
    description:
      "Values by custom field key; each key must be one of the agency's custom fields. Replaces every value.",
    example: { crm_id: 'CRM-0042' },
  });

const website = z
  .url({ protocol: /^https?$/, hostname: z.regexes.domain })
  .max(2048)
  .openapi({ example: 'https://contoso-dental.example' });
const tags = z.array(z.string().trim().min(1).max(40)).max(20);
const renewalDate = z.iso
  .date()
  .openapi({ description: 'Annual contract renewal date.', example: '2027-03-31' });

export const CreateClientRequestSchema = z
  .strictObject({
    name: z.string().trim().min(2).max(120).openapi({ example: 'Contoso Dental' }),
    description: z
      .string()
      .trim()
      .max(2000)
      .optional()
      .openapi({ ...MULTI_LINE, description: 'Free text; may span lines.' }),
    website: website.optional(),
    tags: tags.optional(),
    accountType: z.enum(ACCOUNT_TYPES).default('full'),
    region: z.enum(REGIONS).default('OTHER'),
    isMaster: z
      .boolean()
      .default(false)
      .openapi({ description: "Marks the agency's own (master) client account; one per agency." }),
    ownerId: z.uuid().optional().openapi({
      description: 'The agency user responsible; defaults to the caller (an API key must name one).',
    }),
    accountManagerId: z.uuid().optional(),
    customProperties: customPropertiesSchema.optional(),
    companyProfile: CompanyProfileInputSchema.optional(),
    profileContact: ContactPersonInputSchema.optional(),
    billingContact: ContactPersonInputSchema.optional(),
    billingMode: z.enum(BILLING_MODES).default('agency_managed'),
    renewalDate: renewalDate.optional(),
    settings: ClientSettingsInputSchema.optional(),
  })
  .openapi('CreateClientRequest');

export const UpdateClientRequestSchema = z
  .strictObject({
    name: z.string().trim().min(2).max(120).optional(),
    description: z
      .string()
      .trim()
      .max(2000)
      .nullable()
      .optional()
      .openapi({ ...MULTI_LINE, description: 'Free text; may span lines. null clears it.' }),
    website: website.nullable().optional().openapi({ description: 'null clears it.' }),
    tags: tags.optional().openapi({ description: 'Replaces every tag; [] removes them all.' }),
    customProperties: customPropertiesSchema.optional(),
    accountType: z.enum(ACCOUNT_TYPES).optional(),
    region: z.enum(REGIONS).optional(),
    isMaster: z.boolean().optional(),
    ownerId: z.uuid().optional().openapi({
      description: "Only the client's current owner or an agency owner or admin may change it.",
    }),
    accountManagerId: z.uuid().nullable().optional().openapi({ description: 'null removes the manager.' }),
    companyProfile: CompanyProfileInputSchema.optional(),
    profileContact: ContactPersonInputSchema.optional(),
    billingContact: ContactPersonInputSchema.optional(),
    billingMode: z.enum(BILLING_MODES).optional(),
    renewalDate: renewalDate.nullable().optional().openapi({ description: 'null clears it.' }),
    settings: ClientSettingsInputSchema.optional(),
  })
  .refine((body) => Object.keys(body).length > 0, 'must set at least one field')
  .openapi('UpdateClientRequest', {
    description:
      'Only the fields sent change; nested objects change field by field. null clears a field that may be empty.',
  });

export const CLIENT_SORTS = [
  'createdAt',
  'name',
  'ownerName',
  'lastActivityAt',
  'connectedProspects',
  'runningCampaigns',
  'toBeContacted',
] as const;

export const ListClientsQuerySchema = z.strictObject({
  limit: limitParam,
  cursor: cursorParam,
  status: z.enum(LISTED_CLIENT_STATUSES).optional(),
  q: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .openapi({ description: 'Case-insensitive search over client name and owner name.' }),
  tag: z.string().trim().min(1).max(40).optional().openapi({ description: 'Only clients with this tag.' }),
  accountManagerId: z.uuid().optional().openapi({ description: 'Only clients this member manages.' }),
  ownerId: z.uuid().optional().openapi({ description: 'Only clients this member owns.' }),
  sort: z
    .enum(CLIENT_SORTS)
    .default('createdAt')
    .openapi({
      description:
        'Names sort case-insensitively; ties break on the id. The campaign counters (connectedProspects, ' +
        'runningCampaigns, toBeContacted) are zero until the campaigns service feeds them, so those sorts order ' +
        'by id until then.',
    }),
  order: z.enum(['asc', 'desc']).optional().openapi({
    description:
      'Default: asc for name and ownerName, desc for the others. A cursor keeps its sort and order.',
  }),
});

export const ClientPageSchema = z
  .object({ items: z.array(ClientListItemSchema), nextCursor })
  .openapi('ClientPage');

type CompanyInput = z.output<typeof CompanyProfileInputSchema>;
type ContactInput = z.output<typeof ContactPersonInputSchema>;
type SettingsInput = z.output<typeof ClientSettingsInputSchema>;

/** Only the fields given, null as the empty string that clears them. */
function textsOf<T extends Record<string, string | null | undefined>>(input: T): { [K in keyof T]?: string } {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(input)) if (value !== undefined) result[key] = value ?? '';
  return result as { [K in keyof T]?: string };
}

function companyOf(input: CompanyInput | undefined): tenancy.CompanyProfile | undefined {
  return input && textsOf(input);
}

function contactOf(input: ContactInput | undefined): tenancy.ContactPerson | undefined {
  return input && textsOf(input);
}

function settingsOf(input: SettingsInput | undefined): tenancy.ClientSettings | undefined {
  if (!input) return undefined;
  const { emailSendLimitPerMonth, ...flags } = input;
  // Tenancy reads a limit of 0 as none.
  return emailSendLimitPerMonth === undefined
    ? flags
    : { ...flags, emailSendLimitPerMonth: emailSendLimitPerMonth ?? 0 };
}

function propertiesOf(properties: Record<string, string>): tenancy.CustomProperty[] {
  return Object.entries(properties).map(([key, value]) => ({ key, value }));
}

const CLIENT_GONE = {
  404: 'The agency has no such client, or the caller may not enter it (`not_found`).',
  410: 'The client is being deleted (`client_deleted`).',
};

const CLIENT_FIELD_PROBLEMS = {
  400:
    'Tenancy refused a value (`validation_failed`): owner and account manager must be agency members, ' +
    'customProperties keys must be custom fields of the agency.',
  409:
    'The agency already has a master client (`conflict` naming `isMaster`), or an email limit was set for a ' +
    'client_card client (`limits_not_allowed` naming `settings.emailSendLimitPerMonth`).',
};

export function addClientRoutes(operations: OperationRouter, backends: Pick<Backends, 'tenancy'>): void {
  operations.add(
    {
      method: 'post',
      path: '/v1/clients',
      operationId: 'createClient',
      tag: 'clients',
      summary: 'Create a client account',
      description: "Adds a client account to the caller's agency. Needs the `clients:create` permission.",
      authenticated: true,
      body: CreateClientRequestSchema,
      response: { status: 201, description: 'The new client account.', schema: ClientSchema },
      problems: {
        ...CLIENT_FIELD_PROBLEMS,
        403: 'The caller lacks `clients:create` (`forbidden`).',
        409: `${CLIENT_FIELD_PROBLEMS[409]} Or the agency plan's client limit is reached (\`plan_limit_reached\`).`,
      },
    },
    async ({ body }) => {
      const answer = await backends.tenancy.CreateClient({
        name: body.name,
        description: body.description ?? '',
        website: body.website ?? '',
        tags: body.tags ?? [],
        accountType: body.accountType,
        region: body.region,
        isMaster: body.isMaster,
        ownerId: body.ownerId ?? '',
        accountManagerId: body.accountManagerId ?? '',
        customProperties: propertiesOf(body.customProperties ?? {}),
        companyProfile: companyOf(body.companyProfile) ?? null,
        profileContact: contactOf(body.profileContact) ?? null,
        billingContact: contactOf(body.billingContact) ?? null,
        billingMode: body.billingMode,
        renewalDate: body.renewalDate ?? '',
        settings: settingsOf(body.settings) ?? null,
      });
      return clientJsonOf(present(answer.client, 'client'));
    },
  );

  operations.add(
    {
      method: 'get',
      path: '/v1/clients',
      operationId: 'listClients',
      tag: 'clients',
      summary: 'List client accounts',
      description:
        'The client accounts the caller may enter, one row each with owner, counters, progress, date added, ' +
        'status, tags and renewal flag: own and team clients (a client user: the clients it is a user of), ' +
        'or every client of the agency with `clients:read_all`. Filtered, sorted, one page at a time; pages ' +
        'stay correct while clients are added. Rows carry what the list shows, not every field: ' +
        '`GET /v1/clients/{id}` answers the rest. The campaign counters (and so the counter sorts) are zero ' +
        'until the campaigns service feeds them.',
      authenticated: true,
      query: ListClientsQuerySchema,
      response: { status: 200, description: 'One page of client accounts.', schema: ClientPageSchema },
    },
    async ({ query }) => {
      const answer = await backends.tenancy.ListClients({
        ...pageOf(query),
        status: query.status ?? '',
        query: query.q ?? '',
        tag: query.tag ?? '',
        accountManagerId: query.accountManagerId ?? '',
        ownerId: query.ownerId ?? '',
        sort: query.sort,
        order: query.order ?? '',
      });
      return listAnswer(answer.items, clientListItemJsonOf, answer.nextCursor);
    },
  );

  operations.add(
    {
      method: 'get',
      path: '/v1/clients/{id}',
      operationId: 'getClient',
      tag: 'clients',
      summary: 'Get a client account',
      description:
        'One client account with every field, setting and counter. Own and team clients, or any client of the ' +
        'agency with `clients:read_all`.',
      authenticated: true,
      params: ClientParamsSchema,
      response: { status: 200, description: 'The client account.', schema: ClientSchema },
      problems: CLIENT_GONE,
    },
    async ({ params }) =>
      clientJsonOf(present((await backends.tenancy.GetClient({ clientId: params.id })).client, 'client')),
  );

  operations.add(
    {
      method: 'patch',
      path: '/v1/clients/{id}',
      operationId: 'updateClient',
      tag: 'clients',
      summary: 'Change a client account',
      description:
        'Changes the fields sent and nothing else. Needs the `clients:update` permission; changing `ownerId` ' +
        "also needs the caller to be the client's current owner or an agency owner or admin.",
      authenticated: true,
      params: ClientParamsSchema,
      body: UpdateClientRequestSchema,
      response: { status: 200, description: 'The client account as it is now.', schema: ClientSchema },
      problems: {
        ...CLIENT_FIELD_PROBLEMS,
        ...CLIENT_GONE,
        403: 'The caller lacks `clients:update`, or may not change the owner (`forbidden`).',
      },
    },
    async ({ params, body }) => {
      const request: tenancy.UpdateClientRequest = { clientId: params.id };
      if (body.name !== undefined) request.name = body.name;
      if (body.description !== undefined) request.description = body.description ?? '';
      if (body.website !== undefined) request.website = body.website ?? '';
      if (body.tags !== undefined) request.tags = { tags: body.tags };
      if (body.customProperties !== undefined)
        request.customProperties = { properties: propertiesOf(body.customProperties) };
      if (body.accountType !== undefined) request.accountType = body.accountType;
      if (body.region !== undefined) request.region = body.region;
      if (body.isMaster !== undefined) request.isMaster = body.isMaster;
      if (body.ownerId !== undefined) request.ownerId = body.ownerId;
      if (body.accountManagerId !== undefined) request.accountManagerId = body.accountManagerId ?? '';
      if (body.companyProfile !== undefined) request.companyProfile = companyOf(body.companyProfile);
      if (body.profileContact !== undefined) request.profileContact = contactOf(body.profileContact);
      if (body.billingContact !== undefined) request.billingContact = contactOf(body.billingContact);
      if (body.billingMode !== undefined) request.billingMode = body.billingMode;
      if (body.renewalDate !== undefined) request.renewalDate = body.renewalDate ?? '';
      if (body.settings !== undefined) request.settings = settingsOf(body.settings);
      return clientJsonOf(present((await backends.tenancy.UpdateClient(request)).client, 'client'));
    },
  );

  for (const [action, rpc, summary, description] of [
    [
      'deactivate',
      'DeactivateClient',
      'Deactivate a client account',
      'Switches the client off: its running campaigns stop, its data is kept and still counts against the plan. ' +
        'An inactive client answers as it is.',
    ],
    [
      'reactivate',
      'ReactivateClient',
      'Reactivate a client account',
      'Switches an inactive client on again; its campaigns stay stopped. An active client answers as it is.',
    ],
  ] as const) {
    operations.add(
      {
        method: 'post',
        path: `/v1/clients/{id}/${action}`,
        operationId: `${action}Client`,
        tag: 'clients',
        summary,
        description: `${description} Needs the \`clients:update\` permission.`,
        authenticated: true,
        params: ClientParamsSchema,
        response: { status: 200, description: 'The client account as it is now.', schema: ClientSchema },
        problems: { ...CLIENT_GONE, 403: 'The caller lacks `clients:update` (`forbidden`).' },
      },
      async ({ params }) =>
        clientJsonOf(present((await backends.tenancy[rpc]({ clientId: params.id })).client, 'client')),
    );
  }
}
