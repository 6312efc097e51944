// Original file: protos/atrium/campaigns/v1/campaigns_events.proto

import type { Long } from '@grpc/proto-loader';

export interface ProspectCleanupProgressed {
  'jobId'?: (string);
  'agencyId'?: (string);
  'clientId'?: (string);
  'deleted'?: (number | string | Long);
  'total'?: (number | string | Long);
}

export interface ProspectCleanupProgressed__Output {
  'jobId': (string);
  'agencyId': (string);
  'clientId': (string);
  'deleted': (string);
  'total': (string);
}
