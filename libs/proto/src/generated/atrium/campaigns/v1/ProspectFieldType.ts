// Original file: protos/atrium/campaigns/v1/campaigns_service.proto

export const ProspectFieldType = {
  PROSPECT_FIELD_TYPE_UNSPECIFIED: 'PROSPECT_FIELD_TYPE_UNSPECIFIED',
  PROSPECT_FIELD_TYPE_TEXT: 'PROSPECT_FIELD_TYPE_TEXT',
  PROSPECT_FIELD_TYPE_NUMBER: 'PROSPECT_FIELD_TYPE_NUMBER',
  PROSPECT_FIELD_TYPE_DATE: 'PROSPECT_FIELD_TYPE_DATE',
} as const;

export type ProspectFieldType =
  | 'PROSPECT_FIELD_TYPE_UNSPECIFIED'
  | 0
  | 'PROSPECT_FIELD_TYPE_TEXT'
  | 1
  | 'PROSPECT_FIELD_TYPE_NUMBER'
  | 2
  | 'PROSPECT_FIELD_TYPE_DATE'
  | 3

export type ProspectFieldType__Output = typeof ProspectFieldType[keyof typeof ProspectFieldType]
