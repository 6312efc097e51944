import type { tenancy } from '@atrium/proto';
import type { Backends } from '../../backends';
import type { OperationRouter } from '../../http/operations';
import { z } from '../../openapi/zod';
import { ClientParamsSchema } from '../shared/fields';

const TeamMemberSchema = z
  .object({ userId: z.uuid(), name: z.string(), email: z.string() })
  .openapi('TeamMember');

export const ClientTeamSchema = z
  .object({
    ownerId: z.uuid(),
    ownerName: z.string(),
    members: z.array(TeamMemberSchema).openapi({
      description: 'The agency users on the team, by name; never the owner.',
    }),
  })
  .openapi('ClientTeam');

export const SetClientTeamRequestSchema = z
  .strictObject({
    ownerId: z.uuid().openapi({
      description:
        "An agency member. Only the client's current owner or an agency owner or admin may change it.",
    }),
    memberIds: z.array(z.uuid()).max(500).openapi({
      description: 'Agency members: the whole new team. Duplicates and the owner are dropped; [] empties it.',
    }),
  })
  .openapi('SetClientTeamRequest');

const CLIENT_GONE = {
  404: 'The agency has no such client, or the caller may not enter it (`not_found`).',
  410: 'The client is being deleted (`client_deleted`).',
};

function teamJsonOf(team: tenancy.GetClientTeamResponse__Output): z.output<typeof ClientTeamSchema> {
  return {
    ownerId: team.ownerId,
    ownerName: team.ownerName,
    members: team.members.map(({ userId, name, email }) => ({ userId, name, email })),
  };
}

export function addClientTeamRoutes(operations: OperationRouter, backends: Pick<Backends, 'tenancy'>): void {
  operations.add(
    {
      method: 'get',
      path: '/v1/clients/{id}/team',
      operationId: 'getClientTeam',
      tag: 'clients',
      summary: "Get a client's team",
      description:
        "The client's owner and the agency users on its team. Anyone who may enter the client may read it.",
      authenticated: true,
      params: ClientParamsSchema,
      response: { status: 200, description: 'The owner and the team.', schema: ClientTeamSchema },
      problems: CLIENT_GONE,
    },
    async ({ params }) => teamJsonOf(await backends.tenancy.GetClientTeam({ clientId: params.id })),
  );

  operations.add(
    {
      method: 'put',
      path: '/v1/clients/{id}/team',
      operationId: 'setClientTeam',
      tag: 'clients',
      summary: "Replace a client's team",
      description:
        'Sets the owner and the whole team. Needs the `clients:manage_team` permission; changing `ownerId` ' +
        "also needs the caller to be the client's current owner or an agency owner or admin.",
      authenticated: true,
      params: ClientParamsSchema,
      body: SetClientTeamRequestSchema,
      response: {
        status: 200,
        description: 'The owner and the team as they are now.',
        schema: ClientTeamSchema,
      },
      problems: {
        ...CLIENT_GONE,
        400: 'Tenancy refused a person who is not an agency member (`validation_failed` naming `ownerId` or `memberIds`).',
        403: 'The caller lacks `clients:manage_team`, or may not change the owner (`forbidden`).',
      },
    },
    async ({ params, body }) =>
      teamJsonOf(
        await backends.tenancy.SetClientTeam({
          clientId: params.id,
          ownerId: body.ownerId,
          memberIds: body.memberIds,
        }),
      ),
  );
}
