import {
  FIELD_MAPPING_TARGETS,
  PROSPECT_ACTIONS,
  PROSPECT_FIELD_TYPES,
  PROSPECT_STATUSES,
  type FieldMappingTargetValue,
  type ProspectActionValue,
  type ProspectFieldTypeValue,
  type ProspectStatusValue,
} from '@atrium/proto';

/**
 * The closed sets of the prospect database, each written once in protos/atrium/campaigns/v1 and
 * generated into @atrium/proto (docs/campaigns.md).
 */
export type ProspectStatus = ProspectStatusValue;
export type ProspectAction = ProspectActionValue;
export type ProspectFieldType = ProspectFieldTypeValue;
export type FieldMappingTarget = FieldMappingTargetValue;

export { FIELD_MAPPING_TARGETS, PROSPECT_ACTIONS, PROSPECT_FIELD_TYPES, PROSPECT_STATUSES };

export function isProspectStatus(value: string): value is ProspectStatus {
  return (PROSPECT_STATUSES as readonly string[]).includes(value);
}
