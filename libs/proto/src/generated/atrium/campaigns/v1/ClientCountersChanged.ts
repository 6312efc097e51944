// Original file: protos/atrium/campaigns/v1/campaigns_events.proto

import type { Long } from '@grpc/proto-loader';

export interface ClientCountersChanged {
  'agencyId'?: (string);
  'clientId'?: (string);
  'storedProspects'?: (number | string | Long);
  'connectedProspects'?: (number | string | Long);
  'version'?: (number | string | Long);
  'countedAt'?: (string);
}

export interface ClientCountersChanged__Output {
  'agencyId': (string);
  'clientId': (string);
  'storedProspects': (string);
  'connectedProspects': (string);
  'version': (string);
  'countedAt': (string);
}
