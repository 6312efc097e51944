import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { ClientPurged as _atrium_notification_v1_ClientPurged, ClientPurged__Output as _atrium_notification_v1_ClientPurged__Output } from './atrium/notification/v1/ClientPurged';
import type { NotificationCreated as _atrium_notification_v1_NotificationCreated, NotificationCreated__Output as _atrium_notification_v1_NotificationCreated__Output } from './atrium/notification/v1/NotificationCreated';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  atrium: {
    notification: {
      v1: {
        ClientPurged: MessageTypeDefinition<_atrium_notification_v1_ClientPurged, _atrium_notification_v1_ClientPurged__Output>
        NotificationCreated: MessageTypeDefinition<_atrium_notification_v1_NotificationCreated, _atrium_notification_v1_NotificationCreated__Output>
      }
    }
  }
}

