import type { Backends } from '../backends';
import type { OperationRouter } from '../http/operations';
import { z } from '../openapi/zod';
import { present } from './contract';
import { ACCOUNT_TYPES, ClientSchema, clientJsonOf, REGIONS } from './clients.mapper';
import { cursorParam, limitParam, nextCursor } from './pagination';

export const CreateClientRequestSchema = z
  .strictObject({
    name: z.string().trim().min(2).max(120).openapi({ example: 'Contoso Dental' }),
    description: z.string().trim().max(2000).optional(),
    website: z
      .url({ protocol: /^https?$/, hostname: z.regexes.domain })
      .max(2048)
      .optional()
      .openapi({ example: 'https://contoso-dental.example' }),
    tags: z.array(z.string().trim().min(1).max(40)).max(20).optional(),
    accountType: z.enum(ACCOUNT_TYPES).default('full'),
    region: z.enum(REGIONS).default('OTHER'),
    isMaster: z
      .boolean()
      .default(false)
      .openapi({ description: "Marks the agency's own (master) client account." }),
    ownerId: z
      .uuid()
      .optional()
      .openapi({ description: 'The agency user responsible; defaults to the caller.' }),
    accountManagerId: z.uuid().optional(),
  })
  .openapi('CreateClientRequest');

export const ListClientsQuerySchema = z.strictObject({
  limit: limitParam,
  cursor: cursorParam,
  status: z.enum(['active', 'inactive']).optional(),
  q: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .openapi({ description: 'Case-insensitive search over client name and owner name.' }),
});

export const ClientPageSchema = z.object({ items: z.array(ClientSchema), nextCursor }).openapi('ClientPage');

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
        403: 'The caller lacks `clients:create` (`forbidden`).',
        409: "The agency plan's client limit is reached (`plan_limit_reached`).",
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
        'The client accounts the caller may enter, with their counters and progress: own and team clients, or ' +
        'every client of the agency with `clients:read_all`.',
      authenticated: true,
      query: ListClientsQuerySchema,
      response: { status: 200, description: 'One page of client accounts.', schema: ClientPageSchema },
    },
    async ({ query }) => {
      const answer = await backends.tenancy.ListClients({
        limit: query.limit,
        cursor: query.cursor ?? '',
        status: query.status ?? '',
        query: query.q ?? '',
      });
      return { items: answer.clients.map(clientJsonOf), nextCursor: answer.nextCursor || null };
    },
  );
}
