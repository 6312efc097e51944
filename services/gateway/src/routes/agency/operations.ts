import type { tenancy } from '@atrium/proto';
import type { Backends } from '../../backends';
import type { OperationRouter } from '../../http/operations';
import { z } from '../../openapi/zod';
import { phoneNumber } from '../shared/fields';
import type { TenancyEventHandlers } from '../../events/tenancy-events';
import type { GatewayState } from '../../state';
import { present } from '../shared/contract';
import { AgencySchema, PublicBrandingSchema, agencyJsonOf, publicBrandingJsonOf } from './mapper';

/** Tenancy's slug rule: 3 to 40 lower-case letters, digits and hyphens, no hyphen at either end. */
export const loginSlug = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z0-9][a-z0-9-]{1,38}[a-z0-9]$/,
    'must be 3 to 40 letters, digits and hyphens, not starting or ending with a hyphen',
  )
  .openapi({ example: 'northwind' });

/** null clears the branding field. */
const clearable = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

export const UpdateAgencyRequestSchema = z
  .strictObject({
    name: z.string().trim().min(2).max(120).optional().openapi({ example: 'Northwind Agency' }),
    displayName: clearable(z.string().trim().min(1).max(120)).openapi({
      description: 'The name clients see; null shows the agency name.',
    }),
    logoUrl: clearable(z.url({ protocol: /^https$/, hostname: z.regexes.domain }).max(2048)).openapi({
      description: 'An https URL; null clears it.',
      example: 'https://cdn.northwind.example/logo.png',
    }),
    primaryColor: clearable(
      z
        .string()
        .trim()
        .toLowerCase()
        .regex(/^#[0-9a-f]{6}$/, 'must be a colour as #rrggbb'),
    ).openapi({ description: '#rrggbb; null clears it.', example: '#1a73e8' }),
    supportEmail: clearable(z.string().trim().toLowerCase().check(z.email()).max(254)).openapi({
      description: 'null clears it.',
      example: 'help@northwind.example',
    }),
    loginSlug: clearable(loginSlug).openapi({
      description:
        'Unique across the platform; the client login URL is built from it. Some words (admin, api, login, …) ' +
        'are reserved. null removes it.',
    }),
    contactEmail: clearable(z.string().trim().toLowerCase().check(z.email()).max(254)).openapi({
      description: "The agency's contact address; null clears it.",
      example: 'office@northwind.example',
    }),
    phone: clearable(phoneNumber('null clears it.')),
    address: z
      .strictObject({
        street: clearable(z.string().trim().min(1).max(200)),
        city: clearable(z.string().trim().min(1).max(100)),
        postalCode: clearable(
          z
            .string()
            .trim()
            .regex(
              /^[A-Za-z0-9][A-Za-z0-9 -]{0,19}$/,
              'must be at most 20 letters, digits, spaces and hyphens',
            ),
        ),
        country: clearable(
          z
            .string()
            .trim()
            .toUpperCase()
            .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code'),
        ).openapi({ example: 'GB' }),
      })
      .optional()
      .openapi({ description: 'Merged field by field: fields left out keep their value; null clears one.' }),
    currency: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 currency code')
      .optional()
      .openapi({ description: 'ISO 4217 currency code.', example: 'EUR' }),
    timeZone: z
      .string()
      .trim()
      .min(1)
      .max(64)
      .optional()
      .openapi({ description: 'IANA time zone name.', example: 'Europe/Berlin' }),
  })
  .refine((body) => Object.keys(body).length > 0, 'must set at least one field')
  .openapi('UpdateAgencyRequest');

export const AgencyHomeSchema = z
  .object({
    agency: AgencySchema,
    activeClients: z.number().int().min(0),
    inactiveClients: z.number().int().min(0),
    members: z.number().int().min(0),
    planClientLimit: z.number().int().min(0).nullable().openapi({
      description: 'Clients the plan allows, active and inactive together; null: unlimited.',
    }),
    clientLoginUrl: z.string(),
  })
  .openapi('AgencyHome');

export const SlugParamsSchema = z.strictObject({ slug: loginSlug });

const PermissionSchema = z
  .object({
    name: z.string().openapi({ example: 'clients:create' }),
    description: z.string(),
  })
  .openapi('Permission');

const RoleSchema = z
  .object({
    name: z.string().openapi({ example: 'admin' }),
    description: z.string(),
    permissions: z.array(z.string()),
  })
  .openapi('Role');

export const PermissionCatalogueSchema = z
  .object({
    agencyPermissions: z.array(PermissionSchema),
    clientPermissions: z.array(PermissionSchema).openapi({
      description: 'Reading everything in a client account comes with every client role and is not listed.',
    }),
    agencyRoles: z.array(RoleSchema).openapi({
      description: 'Built-in agency roles; the owner alone also transfers ownership.',
    }),
    clientRoles: z.array(RoleSchema),
    agencyUserClientPermissions: z.array(z.string()).openapi({
      description: 'What an agency user holds inside a client account it may enter.',
    }),
  })
  .openapi('PermissionCatalogue');

const CustomFieldSchema = z
  .object({
    key: z.string().openapi({ example: 'crm_id' }),
    label: z.string().openapi({ example: 'CRM id' }),
    createdAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('CustomField');

export const CustomFieldKeyParamsSchema = z.strictObject({
  key: z
    .string()
    .regex(
      /^[a-z][a-z0-9_]{0,39}$/,
      'must be 1 to 40 lower-case letters, digits and underscores, starting with a letter',
    )
    .openapi({ description: "The key clients' customProperties use.", example: 'crm_id' }),
});

export const SaveCustomFieldRequestSchema = z
  .strictObject({ label: z.string().trim().min(1).max(80).openapi({ example: 'CRM id' }) })
  .openapi('SaveCustomFieldRequest');

const NEEDS_ORGANIZATION = 'The caller lacks `organization:manage` (`forbidden`).';

export function addAgencyRoutes(
  operations: OperationRouter,
  backends: Pick<Backends, 'tenancy'>,
  state: Pick<GatewayState, 'catalogue'>,
  invalidation: TenancyEventHandlers,
): void {
  operations.add(
    {
      method: 'get',
      path: '/v1/permissions',
      operationId: 'getPermissionCatalogue',
      tag: 'agency',
      summary: 'The permission catalogue',
      description:
        'Every agency and client permission and the built-in roles with what each holds, so web clients can ' +
        'grey out what a role may not do. The same data tenancy authorises with.',
      authenticated: true,
      response: { status: 200, description: 'The catalogue.', schema: PermissionCatalogueSchema },
    },
    async () => {
      const catalogue = await state.catalogue.get('catalogue', () =>
        backends.tenancy.GetPermissionCatalogue({}),
      );
      return {
        agencyPermissions: catalogue.agencyPermissions,
        clientPermissions: catalogue.clientPermissions,
        agencyRoles: catalogue.agencyRoles,
        clientRoles: catalogue.clientRoles,
        agencyUserClientPermissions: catalogue.agencyUserClientPermissions,
      };
    },
  );

  operations.add(
    {
      method: 'get',
      path: '/v1/agency',
      operationId: 'getAgency',
      tag: 'agency',
      summary: "The caller's agency",
      description: "The caller's agency with its branding. Any member, or an API key of the agency.",
      authenticated: true,
      response: { status: 200, description: 'The agency.', schema: AgencySchema },
    },
    async () => agencyJsonOf(present((await backends.tenancy.GetAgency({})).agency, 'agency')),
  );

  operations.add(
    {
      method: 'patch',
      path: '/v1/agency',
      operationId: 'updateAgency',
      tag: 'agency',
      summary: 'Change the agency profile and branding',
      description:
        'Changes the fields sent and leaves the others; `null` clears a branding or contact field, and ' +
        '`address` merges field by field. Needs the `organization:manage` permission.',
      authenticated: true,
      body: UpdateAgencyRequestSchema,
      response: { status: 200, description: 'The agency as it is now.', schema: AgencySchema },
      problems: {
        400:
          'The login slug is a reserved word (`validation_failed` naming `loginSlug`), or the currency, time ' +
          'zone or address country is not a known one (naming `currency`, `timeZone` or `address.country`).',
        403: NEEDS_ORGANIZATION,
        409: 'Another agency has this login slug (`conflict` naming `loginSlug`).',
      },
    },
    async ({ actor, body }) => {
      const request: tenancy.UpdateAgencyRequest = {};
      if (body.name !== undefined) request.name = body.name;
      if (body.displayName !== undefined) request.displayName = body.displayName ?? '';
      if (body.logoUrl !== undefined) request.logoUrl = body.logoUrl ?? '';
      if (body.primaryColor !== undefined) request.primaryColor = body.primaryColor ?? '';
      if (body.supportEmail !== undefined) request.supportEmail = body.supportEmail ?? '';
      if (body.loginSlug !== undefined) request.loginSlug = body.loginSlug ?? '';
      if (body.contactEmail !== undefined) request.contactEmail = body.contactEmail ?? '';
      if (body.phone !== undefined) request.phone = body.phone ?? '';
      if (body.currency !== undefined) request.currency = body.currency;
      if (body.timeZone !== undefined) request.timeZone = body.timeZone;
      if (body.address !== undefined) {
        const address: tenancy.AgencyAddress = {};
        for (const key of ['street', 'city', 'postalCode', 'country'] as const)
          if (body.address[key] !== undefined) address[key] = body.address[key] ?? '';
        request.address = address;
      }
      const agency = present((await backends.tenancy.UpdateAgency(request)).agency, 'agency');
      // GET /v1/me shows the agency name from the access cache: this replica shows the new one at once,
      // the others when agency.updated arrives.
      if (actor.agencyId !== undefined) invalidation.agencyUpdated(actor.agencyId);
      return agencyJsonOf(agency);
    },
  );

  operations.add(
    {
      method: 'get',
      path: '/v1/agency/home',
      operationId: 'getAgencyHome',
      tag: 'agency',
      summary: 'The agency home page',
      description:
        'The figures of the agency home page: active and inactive clients, members, the plan client limit and ' +
        'the client login URL. The client list itself is `GET /v1/clients`.',
      authenticated: true,
      response: { status: 200, description: 'The home page figures.', schema: AgencyHomeSchema },
    },
    async () => {
      const home = await backends.tenancy.GetAgencyHome({});
      return {
        agency: agencyJsonOf(present(home.agency, 'agency')),
        activeClients: home.activeClients,
        inactiveClients: home.inactiveClients,
        members: home.members,
        planClientLimit: home.planClientsUnlimited ? null : home.planClientLimit,
        clientLoginUrl: home.clientLoginUrl,
      };
    },
  );

  operations.add(
    {
      method: 'get',
      path: '/v1/public/branding/{slug}',
      operationId: 'getPublicBranding',
      tag: 'agency',
      summary: "An agency's login page branding",
      description:
        'What the client login page of the agency with this slug shows, before anyone signs in. Needs no ' +
        'authentication and reveals nothing else of the agency.',
      authenticated: false,
      params: SlugParamsSchema,
      response: { status: 200, description: 'The branding.', schema: PublicBrandingSchema },
      problems: { 404: 'No agency has this slug (`not_found`).' },
    },
    async ({ params, res }) => {
      const answer = await backends.tenancy.GetPublicBranding({ slug: params.slug });
      // Login pages are opened often and branding rarely changes; a minute of staleness is harmless.
      res.setHeader('Cache-Control', 'public, max-age=60');
      return publicBrandingJsonOf(present(answer.branding, 'branding'));
    },
  );

  operations.add(
    {
      method: 'get',
      path: '/v1/agency/custom-fields',
      operationId: 'listCustomFields',
      tag: 'agency',
      summary: 'List custom fields',
      description: "The keys the agency allows in its clients' `customProperties`, by key. Any member.",
      authenticated: true,
      response: {
        status: 200,
        description: 'The custom fields.',
        schema: z.object({ items: z.array(CustomFieldSchema) }).openapi('CustomFieldList'),
      },
    },
    async () => ({ items: (await backends.tenancy.ListCustomFields({})).customFields }),
  );

  operations.add(
    {
      method: 'put',
      path: '/v1/agency/custom-fields/{key}',
      operationId: 'saveCustomField',
      tag: 'agency',
      summary: 'Define or relabel a custom field',
      description: 'Defines the key, or changes its label. Needs the `organization:manage` permission.',
      authenticated: true,
      params: CustomFieldKeyParamsSchema,
      body: SaveCustomFieldRequestSchema,
      response: { status: 200, description: 'The custom field.', schema: CustomFieldSchema },
      problems: {
        403: NEEDS_ORGANIZATION,
        409: 'The agency already has 50 custom fields (`conflict`).',
      },
    },
    async ({ params, body }) => {
      const answer = await backends.tenancy.SaveCustomField({ key: params.key, label: body.label });
      return present(answer.customField, 'customField');
    },
  );

  operations.add(
    {
      method: 'delete',
      path: '/v1/agency/custom-fields/{key}',
      operationId: 'deleteCustomField',
      tag: 'agency',
      summary: 'Delete a custom field',
      description:
        'Removes the key and its value from every client of the agency. Needs the `organization:manage` ' +
        'permission.',
      authenticated: true,
      params: CustomFieldKeyParamsSchema,
      response: { status: 204, description: 'The field and its values are gone.' },
      problems: { 403: NEEDS_ORGANIZATION, 404: 'The agency has no such custom field (`not_found`).' },
    },
    async ({ params }) => {
      await backends.tenancy.DeleteCustomField({ key: params.key });
    },
  );
}
