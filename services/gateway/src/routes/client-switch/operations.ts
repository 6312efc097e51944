import { DomainError } from '@atrium/errors';
import type { Backends } from '../../backends';
import type { OperationRouter } from '../../http/operations';
import { z } from '../../openapi/zod';
import { ClientParamsSchema } from '../shared/fields';

export const ClientSwitchSchema = z
  .object({
    accessToken: z.string().openapi({
      description:
        'A JWT confined to this client: send it as `Authorization: Bearer <accessToken>` to routes under ' +
        '`/v1/clients/{id}` and to `GET /v1/me`; every other route answers 403. It cannot be refreshed.',
    }),
    tokenType: z.literal('Bearer').openapi({ description: 'Always `Bearer`.' }),
    expiresAt: z.string().openapi({
      format: 'date-time',
      description: 'When the token expires: at most 30 minutes after issue. Switch again for a new one.',
    }),
    clientId: z.uuid().openapi({ description: 'The client the token is confined to.' }),
  })
  .openapi('ClientSwitch');

export function addClientSwitchRoutes(
  operations: OperationRouter,
  backends: Pick<Backends, 'tenancy' | 'identity'>,
): void {
  operations.add(
    {
      method: 'post',
      path: '/v1/clients/{id}/switch',
      operationId: 'switchIntoClient',
      tag: 'clients',
      summary: 'Switch into a client account ("log in to client")',
      description:
        'Gives an agency user a short-lived token to act inside one client account, as the client would ' +
        'see it, while every write is audited with the agency user as actor and the client as acting-as. ' +
        'Anyone who may enter the client may switch, into an active or an inactive client (an inactive ' +
        "client's data stays readable). The token lives `SWITCH_TOKEN_TTL_SECONDS` (at most 30 minutes), " +
        'has no refresh token and ends with the session it came from (logout, revocation).',
      authenticated: true,
      issuesSecrets: true,
      personOnly: true,
      params: ClientParamsSchema,
      response: {
        status: 200,
        description: 'The token confined to the client.',
        schema: ClientSwitchSchema,
      },
      problems: {
        403:
          'A client user, or a token that is already a switch token: switch again from your own access ' +
          'token (`forbidden`).',
        404: 'The agency has no such client, or the caller may not enter it (`not_found`).',
        410: 'The client is being deleted (`client_deleted`).',
      },
    },
    async ({ params, actor }) => {
      if (actor.actingAsClientId !== undefined)
        throw new DomainError(
          'forbidden',
          'A switch token cannot start another switch; use your own access token.',
        );
      const { clientId } = await backends.tenancy.StartClientSwitch({ clientId: params.id });
      const issued = await backends.identity.IssueSwitchToken({ clientId });
      return {
        accessToken: issued.accessToken,
        tokenType: 'Bearer' as const,
        expiresAt: issued.expiresAt,
        clientId: issued.clientId,
      };
    },
  );
}
