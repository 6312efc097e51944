import { defineErrors } from '@atrium/errors';

/**
 * Campaigns's own error codes, beside the generic ones of libs/errors. Callers match on `code`, so a
 * code never changes; the gateway answers each with its category's HTTP status and this title.
 */
export const CAMPAIGNS_ERRORS = defineErrors({
  client_deleted: { category: 'gone', title: 'The client has been deleted.' },
  email_in_use: { category: 'already_exists', title: 'A prospect of the client has this email address.' },
  list_name_in_use: { category: 'already_exists', title: 'The client has a list of this name.' },
  prospect_field_exists: {
    category: 'already_exists',
    title: 'The client has a prospect field with this key.',
  },
  field_mapping_exists: { category: 'already_exists', title: 'The client maps this column already.' },
  not_master_client: {
    category: 'conflict',
    title: "Only the agency's master client pushes templates to other clients.",
  },
});
