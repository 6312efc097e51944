// Original file: protos/atrium/campaigns/v1/campaigns_service.proto

import type { ProspectImportStatus as _atrium_campaigns_v1_ProspectImportStatus, ProspectImportStatus__Output as _atrium_campaigns_v1_ProspectImportStatus__Output } from '../../../atrium/campaigns/v1/ProspectImportStatus';
import type { ProspectImportDuplicateRule as _atrium_campaigns_v1_ProspectImportDuplicateRule, ProspectImportDuplicateRule__Output as _atrium_campaigns_v1_ProspectImportDuplicateRule__Output } from '../../../atrium/campaigns/v1/ProspectImportDuplicateRule';
import type { ProspectImportError as _atrium_campaigns_v1_ProspectImportError, ProspectImportError__Output as _atrium_campaigns_v1_ProspectImportError__Output } from '../../../atrium/campaigns/v1/ProspectImportError';
import type { Long } from '@grpc/proto-loader';

export interface ProspectImport {
  'id'?: (string);
  'clientId'?: (string);
  'status'?: (_atrium_campaigns_v1_ProspectImportStatus);
  'requestedBy'?: (string);
  'fileName'?: (string);
  'duplicates'?: (_atrium_campaigns_v1_ProspectImportDuplicateRule);
  'listId'?: (string);
  'rowsRead'?: (number | string | Long);
  'imported'?: (number | string | Long);
  'updated'?: (number | string | Long);
  'skipped'?: (number | string | Long);
  'failed'?: (number | string | Long);
  'errors'?: (_atrium_campaigns_v1_ProspectImportError)[];
  'failureReason'?: (string);
  'failureLine'?: (number);
  'createdAt'?: (string);
  'updatedAt'?: (string);
  'finishedAt'?: (string);
}

export interface ProspectImport__Output {
  'id': (string);
  'clientId': (string);
  'status': (_atrium_campaigns_v1_ProspectImportStatus__Output);
  'requestedBy': (string);
  'fileName': (string);
  'duplicates': (_atrium_campaigns_v1_ProspectImportDuplicateRule__Output);
  'listId': (string);
  'rowsRead': (string);
  'imported': (string);
  'updated': (string);
  'skipped': (string);
  'failed': (string);
  'errors': (_atrium_campaigns_v1_ProspectImportError__Output)[];
  'failureReason': (string);
  'failureLine': (number);
  'createdAt': (string);
  'updatedAt': (string);
  'finishedAt': (string);
}
