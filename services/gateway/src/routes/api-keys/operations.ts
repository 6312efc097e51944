import type { identity } from '@atrium/proto';
import type { Backends } from '../../backends';
import type { OperationRouter } from '../../http/operations';
import { z } from '../../openapi/zod';
import { dateTime } from '../shared/fields';
import type { GatewayState } from '../../state';
import { orNull, present } from '../shared/contract';

export const ApiKeySchema = z
  .object({
    id: z.string(),
    agencyId: z.string(),
    name: z.string(),
    prefix: z.string().openapi({
      description: 'The first characters of the secret, to tell keys apart.',
      example: 'atr_3kF9x2Qa',
    }),
    permissions: z.array(z.string()).openapi({ example: ['clients:read_all'] }),
    createdByUserId: z.string(),
    createdAt: dateTime,
    lastUsedAt: dateTime
      .nullable()
      .openapi({ description: 'null until first used; updated at most once a minute.' }),
  })
  .openapi('ApiKey');

export const CreateApiKeyRequestSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(100).openapi({ example: 'Credit distribution' }),
    // The catalogue belongs to tenancy (GET /v1/permissions); identity checks each name against it.
    permissions: z
      .array(z.string().regex(/^[a-z_]+:[a-z_]+$/, 'must be a permission name such as clients:read_all'))
      .max(100)
      .refine(
        (permissions) => new Set(permissions).size === permissions.length,
        'must not repeat a permission',
      )
      .openapi({
        description:
          'Agency permissions from `GET /v1/permissions`; at most what its creator holds. Unknown names ' +
          'answer 400 naming `permissions`.',
        uniqueItems: true,
        example: ['clients:read_all'],
      }),
  })
  .openapi('CreateApiKeyRequest');

export const CreatedApiKeySchema = z
  .object({
    apiKey: ApiKeySchema,
    secret: z.string().openapi({
      description:
        'The whole key, `atr_…`: send it as `Authorization: Bearer <secret>`. Shown this once only.',
    }),
  })
  .openapi('CreatedApiKey');

export const ApiKeyListSchema = z.object({ items: z.array(ApiKeySchema) }).openapi('ApiKeyList');

export const ApiKeyIdParamsSchema = z.strictObject({ id: z.uuid().openapi({ description: 'The key id.' }) });

function apiKeyJsonOf(key: identity.ApiKey__Output): z.input<typeof ApiKeySchema> {
  return {
    id: key.id,
    agencyId: key.agencyId,
    name: key.name,
    prefix: key.prefix,
    permissions: key.permissions,
    createdByUserId: key.createdByUserId,
    createdAt: key.createdAt,
    lastUsedAt: orNull(key.lastUsedAt),
  };
}

const OWNERS_AND_ADMINS = 'The caller is not an agency owner or admin (`forbidden`).';

export function addApiKeyRoutes(
  operations: OperationRouter,
  backends: Pick<Backends, 'identity'>,
  state: Pick<GatewayState, 'apiKeys'>,
): void {
  operations.add(
    {
      method: 'post',
      path: '/v1/agency/api-keys',
      operationId: 'createApiKey',
      tag: 'agency',
      summary: 'Create an API key',
      description:
        "Creates a key for integrations that acts as the caller's agency with exactly the permissions given. " +
        'The secret is in this answer only; Atrium keeps nothing but its hash. Agency owners and admins only.',
      authenticated: true,
      issuesSecrets: true,
      personOnly: true,
      body: CreateApiKeyRequestSchema,
      response: { status: 201, description: 'The key and its secret.', schema: CreatedApiKeySchema },
      problems: { 403: `${OWNERS_AND_ADMINS} Or a permission the caller does not hold itself.` },
    },
    async ({ body }) => {
      const answer = await backends.identity.CreateApiKey({ name: body.name, permissions: body.permissions });
      return { apiKey: apiKeyJsonOf(present(answer.apiKey, 'apiKey')), secret: answer.secret };
    },
  );

  operations.add(
    {
      method: 'get',
      path: '/v1/agency/api-keys',
      operationId: 'listApiKeys',
      tag: 'agency',
      summary: 'List API keys',
      description:
        "The agency's keys that are not revoked, without their secrets. Agency owners and admins only.",
      authenticated: true,
      personOnly: true,
      response: { status: 200, description: 'The keys.', schema: ApiKeyListSchema },
      problems: { 403: OWNERS_AND_ADMINS },
    },
    async () => {
      const answer = await backends.identity.ListApiKeys({});
      return { items: answer.apiKeys.map(apiKeyJsonOf) };
    },
  );

  operations.add(
    {
      method: 'delete',
      path: '/v1/agency/api-keys/{id}',
      operationId: 'revokeApiKey',
      tag: 'agency',
      summary: 'Revoke an API key',
      description: 'The key stops working at once. Agency owners and admins only.',
      authenticated: true,
      personOnly: true,
      params: ApiKeyIdParamsSchema,
      response: { status: 204, description: 'The key is revoked.' },
      problems: { 403: OWNERS_AND_ADMINS, 404: 'The agency has no such key (`not_found`).' },
    },
    async ({ params }) => {
      await backends.identity.RevokeApiKey({ apiKeyId: params.id });
      // This replica forgets it at once; the others when identity's api_key.revoked arrives.
      state.apiKeys.evict(params.id);
    },
  );
}
