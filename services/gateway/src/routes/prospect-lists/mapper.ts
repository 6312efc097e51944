import type { campaigns } from '@atrium/proto';
import type { z } from '../../openapi/zod';
import type { ProspectListSchema } from './schemas';

/** A prospect list as every list route answers it. */
export function prospectListJsonOf(list: campaigns.ProspectList__Output): z.input<typeof ProspectListSchema> {
  return {
    id: list.id,
    clientId: list.clientId,
    name: list.name,
    prospectCount: list.prospectCount,
    createdAt: list.createdAt,
    updatedAt: list.updatedAt,
  };
}
