// Original file: protos/atrium/campaigns/v1/campaigns_service.proto

export const ProspectAction = {
  PROSPECT_ACTION_UNSPECIFIED: 'PROSPECT_ACTION_UNSPECIFIED',
  PROSPECT_ACTION_EMAIL_VALIDATED: 'PROSPECT_ACTION_EMAIL_VALIDATED',
  PROSPECT_ACTION_EMAIL_SENT: 'PROSPECT_ACTION_EMAIL_SENT',
  PROSPECT_ACTION_TASK_DONE: 'PROSPECT_ACTION_TASK_DONE',
} as const;

export type ProspectAction =
  | 'PROSPECT_ACTION_UNSPECIFIED'
  | 0
  | 'PROSPECT_ACTION_EMAIL_VALIDATED'
  | 1
  | 'PROSPECT_ACTION_EMAIL_SENT'
  | 2
  | 'PROSPECT_ACTION_TASK_DONE'
  | 3

export type ProspectAction__Output = typeof ProspectAction[keyof typeof ProspectAction]
