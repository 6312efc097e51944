import { PROSPECT_FIELD_TYPES, type campaigns } from '@atrium/proto';
import type { z } from '../../openapi/zod';
import { fromProtoEnum } from '../shared/contract';
import type { ProspectFieldSchema } from './schemas';

/** A custom prospect field as every field route answers it. */
export function prospectFieldJsonOf(
  field: campaigns.ProspectField__Output,
): z.input<typeof ProspectFieldSchema> {
  return {
    key: field.key,
    label: field.label,
    type: fromProtoEnum(PROSPECT_FIELD_TYPES, 'PROSPECT_FIELD_TYPE_', field.type, 'prospect field type'),
    createdAt: field.createdAt,
  };
}
