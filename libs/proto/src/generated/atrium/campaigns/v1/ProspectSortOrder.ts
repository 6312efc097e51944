// Original file: protos/atrium/campaigns/v1/campaigns_service.proto

export const ProspectSortOrder = {
  PROSPECT_SORT_ORDER_UNSPECIFIED: 'PROSPECT_SORT_ORDER_UNSPECIFIED',
  PROSPECT_SORT_ORDER_ASC: 'PROSPECT_SORT_ORDER_ASC',
  PROSPECT_SORT_ORDER_DESC: 'PROSPECT_SORT_ORDER_DESC',
} as const;

export type ProspectSortOrder =
  | 'PROSPECT_SORT_ORDER_UNSPECIFIED'
  | 0
  | 'PROSPECT_SORT_ORDER_ASC'
  | 1
  | 'PROSPECT_SORT_ORDER_DESC'
  | 2

export type ProspectSortOrder__Output = typeof ProspectSortOrder[keyof typeof ProspectSortOrder]
