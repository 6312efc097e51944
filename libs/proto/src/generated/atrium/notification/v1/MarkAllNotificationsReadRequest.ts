// Original file: protos/atrium/notification/v1/notification_service.proto


export interface MarkAllNotificationsReadRequest {
}

export interface MarkAllNotificationsReadRequest__Output {
}
