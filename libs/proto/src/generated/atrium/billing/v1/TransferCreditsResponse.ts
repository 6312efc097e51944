// Original file: protos/atrium/billing/v1/billing_service.proto

import type { Long } from '@grpc/proto-loader';

export interface TransferCreditsResponse {
  'movementId'?: (string);
  'agencyAvailable'?: (number | string | Long);
  'clientAvailable'?: (number | string | Long);
  'occurredAt'?: (string);
}

export interface TransferCreditsResponse__Output {
  'movementId': (string);
  'agencyAvailable': (string);
  'clientAvailable': (string);
  'occurredAt': (string);
}
