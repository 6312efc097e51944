// Original file: protos/atrium/campaigns/v1/campaigns_events.proto

import type { Long } from '@grpc/proto-loader';

export interface ProspectCleanupFinished {
  'jobId'?: (string);
  'agencyId'?: (string);
  'clientId'?: (string);
  'mode'?: (string);
  'deleted'?: (number | string | Long);
  'total'?: (number | string | Long);
  'succeeded'?: (boolean);
  'failure'?: (string);
  'requestedBy'?: (string);
}

export interface ProspectCleanupFinished__Output {
  'jobId': (string);
  'agencyId': (string);
  'clientId': (string);
  'mode': (string);
  'deleted': (string);
  'total': (string);
  'succeeded': (boolean);
  'failure': (string);
  'requestedBy': (string);
}
