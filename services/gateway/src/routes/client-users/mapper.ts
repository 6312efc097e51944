import { CLIENT_ROLES, CLIENT_USER_STATUSES, type tenancy } from '@atrium/proto';
import type { z } from '../../openapi/zod';
import { oneOf, orNull } from '../shared/contract';
import type { ClientUserSchema } from './schemas';

/** A client user as every client-user route answers it. */
export function clientUserJsonOf(user: tenancy.ClientUser__Output): z.input<typeof ClientUserSchema> {
  return {
    id: user.id,
    clientId: user.clientId,
    name: user.name,
    email: user.email,
    position: orNull(user.position),
    phone: orNull(user.phone),
    role: oneOf(CLIENT_ROLES, user.role, 'client role'),
    status: oneOf(CLIENT_USER_STATUSES, user.status, 'client user status'),
    createdAt: user.createdAt,
    updatedAt: user.updatedAt,
    lastActivityAt: orNull(user.lastActivityAt),
  };
}
