// Original file: protos/atrium/campaigns/v1/campaigns_service.proto

export const ProspectImportDuplicateRule = {
  PROSPECT_IMPORT_DUPLICATE_RULE_UNSPECIFIED: 'PROSPECT_IMPORT_DUPLICATE_RULE_UNSPECIFIED',
  PROSPECT_IMPORT_DUPLICATE_RULE_UPDATE: 'PROSPECT_IMPORT_DUPLICATE_RULE_UPDATE',
  PROSPECT_IMPORT_DUPLICATE_RULE_SKIP: 'PROSPECT_IMPORT_DUPLICATE_RULE_SKIP',
} as const;

export type ProspectImportDuplicateRule =
  | 'PROSPECT_IMPORT_DUPLICATE_RULE_UNSPECIFIED'
  | 0
  | 'PROSPECT_IMPORT_DUPLICATE_RULE_UPDATE'
  | 1
  | 'PROSPECT_IMPORT_DUPLICATE_RULE_SKIP'
  | 2

export type ProspectImportDuplicateRule__Output = typeof ProspectImportDuplicateRule[keyof typeof ProspectImportDuplicateRule]
