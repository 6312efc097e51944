import type { Backends } from '../backends';
import type { OperationRouter } from '../http/operations';
import { z } from '../openapi/zod';
import { AgencyRefSchema, UserSchema } from './auth';
import { present } from './contract';

export const MeSchema = z
  .object({
    user: UserSchema,
    agency: AgencyRefSchema,
    role: z
      .string()
      .openapi({ description: '`owner`, `admin`, `member` or a custom role id.', example: 'owner' }),
    permissions: z.array(z.string()).openapi({ example: ['clients:create', 'clients:read_all'] }),
  })
  .openapi('Me');

export function addMeRoutes(
  operations: OperationRouter,
  backends: Pick<Backends, 'identity' | 'tenancy'>,
): void {
  operations.add(
    {
      method: 'get',
      path: '/v1/me',
      operationId: 'getMe',
      tag: 'me',
      summary: 'Who am I',
      description: "The caller's profile, agency, role and permissions in that agency.",
      authenticated: true,
      response: { status: 200, description: 'The caller.', schema: MeSchema },
    },
    async ({ actor }) => {
      const agencyId = present(actor.agencyId, 'the agency of the access token');
      const [profile, access] = await Promise.all([
        backends.identity.GetUser({ userId: actor.userId }),
        backends.tenancy.GetAccess({ userId: actor.userId, agencyId }),
      ]);
      const user = present(profile.user, 'user');
      const agency = present(access.agency, 'agency');
      return {
        user: { id: user.id, email: user.email, name: user.name },
        agency: { id: agency.id, name: agency.name },
        role: access.role,
        permissions: access.permissions,
      };
    },
  );
}
