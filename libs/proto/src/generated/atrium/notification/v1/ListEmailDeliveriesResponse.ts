// Original file: protos/atrium/notification/v1/notification_service.proto

import type { EmailDelivery as _atrium_notification_v1_EmailDelivery, EmailDelivery__Output as _atrium_notification_v1_EmailDelivery__Output } from '../../../atrium/notification/v1/EmailDelivery';

export interface ListEmailDeliveriesResponse {
  'deliveries'?: (_atrium_notification_v1_EmailDelivery)[];
  'nextCursor'?: (string);
}

export interface ListEmailDeliveriesResponse__Output {
  'deliveries': (_atrium_notification_v1_EmailDelivery__Output)[];
  'nextCursor': (string);
}
