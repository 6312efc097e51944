import { FIELD_MAPPING_TARGETS, type campaigns } from '@atrium/proto';
import type { z } from '../../openapi/zod';
import { fromProtoEnum, orNull } from '../shared/contract';
import type { FieldMappingSchema } from './schemas';

/** A field mapping as every mapping route answers it. */
export function fieldMappingJsonOf(
  mapping: campaigns.FieldMapping__Output,
): z.input<typeof FieldMappingSchema> {
  return {
    id: mapping.id,
    clientId: mapping.clientId,
    column: mapping.column,
    target: fromProtoEnum(
      FIELD_MAPPING_TARGETS,
      'FIELD_MAPPING_TARGET_',
      mapping.target,
      'field mapping target',
    ),
    customFieldKey: orNull(mapping.customFieldKey),
    createdAt: mapping.createdAt,
  };
}
