// Original file: protos/atrium/billing/v1/billing_events.proto

import type { Long } from '@grpc/proto-loader';

export interface CreditsTransferred {
  'agencyId'?: (string);
  'clientId'?: (string);
  'movementId'?: (string);
  'amount'?: (number | string | Long);
  'direction'?: (string);
  'agencyAvailable'?: (number | string | Long);
  'clientAvailable'?: (number | string | Long);
  'actorId'?: (string);
}

export interface CreditsTransferred__Output {
  'agencyId': (string);
  'clientId': (string);
  'movementId': (string);
  'amount': (string);
  'direction': (string);
  'agencyAvailable': (string);
  'clientAvailable': (string);
  'actorId': (string);
}
