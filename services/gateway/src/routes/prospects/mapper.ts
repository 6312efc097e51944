import { PROSPECT_STATUSES, type campaigns } from '@atrium/proto';
import type { z } from '../../openapi/zod';
import { fromProtoEnum, orNull } from '../shared/contract';
import type { ProspectSchema } from './schemas';

/** A prospect as every prospect route answers it. */
export function prospectJsonOf(prospect: campaigns.Prospect__Output): z.input<typeof ProspectSchema> {
  return {
    id: prospect.id,
    clientId: prospect.clientId,
    email: prospect.email,
    firstName: orNull(prospect.firstName),
    lastName: orNull(prospect.lastName),
    company: orNull(prospect.company),
    position: orNull(prospect.position),
    phone: orNull(prospect.phone),
    customFields: { ...prospect.customFields },
    tags: [...prospect.tags],
    status: fromProtoEnum(PROSPECT_STATUSES, 'PROSPECT_STATUS_', prospect.status, 'prospect status'),
    lastContactedAt: orNull(prospect.lastContactedAt),
    emailValidatedAt: orNull(prospect.emailValidatedAt),
    emailSentAt: orNull(prospect.emailSentAt),
    taskDoneAt: orNull(prospect.taskDoneAt),
    listIds: [...prospect.listIds],
    createdAt: prospect.createdAt,
    updatedAt: prospect.updatedAt,
  };
}
