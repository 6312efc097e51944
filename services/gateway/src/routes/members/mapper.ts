import { AGENCY_ROLE_KINDS } from '@atrium/proto';
import { z } from '../../openapi/zod';
import { dateTime } from '../shared/fields';

export const MemberSchema = z
  .object({
    userId: z.string(),
    name: z.string(),
    email: z.string().openapi({ format: 'email' }),
    role: z.enum(AGENCY_ROLE_KINDS).openapi({
      description: 'A built-in role, or `custom` for a custom role (named in `customRole`).',
    }),
    customRole: z
      .object({ id: z.string(), name: z.string() })
      .nullable()
      .openapi({ description: 'The custom role the member holds; null for the built-in roles.' }),
    joinedAt: dateTime,
  })
  .openapi('AgencyMember');
