// Original file: protos/atrium/campaigns/v1/campaigns_events.proto

import type { ProspectImportStatus as _atrium_campaigns_v1_ProspectImportStatus, ProspectImportStatus__Output as _atrium_campaigns_v1_ProspectImportStatus__Output } from '../../../atrium/campaigns/v1/ProspectImportStatus';
import type { Long } from '@grpc/proto-loader';

export interface ProspectImportFinished {
  'agencyId'?: (string);
  'clientId'?: (string);
  'jobId'?: (string);
  'status'?: (_atrium_campaigns_v1_ProspectImportStatus);
  'requestedBy'?: (string);
  'fileName'?: (string);
  'rowsRead'?: (number | string | Long);
  'imported'?: (number | string | Long);
  'updated'?: (number | string | Long);
  'skipped'?: (number | string | Long);
  'failed'?: (number | string | Long);
  'failureReason'?: (string);
  'failureLine'?: (number);
  'requestedInClient'?: (boolean);
}

export interface ProspectImportFinished__Output {
  'agencyId': (string);
  'clientId': (string);
  'jobId': (string);
  'status': (_atrium_campaigns_v1_ProspectImportStatus__Output);
  'requestedBy': (string);
  'fileName': (string);
  'rowsRead': (string);
  'imported': (string);
  'updated': (string);
  'skipped': (string);
  'failed': (string);
  'failureReason': (string);
  'failureLine': (number);
  'requestedInClient': (boolean);
}
