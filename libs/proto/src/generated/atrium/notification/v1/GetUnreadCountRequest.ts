// Original file: protos/atrium/notification/v1/notification_service.proto


export interface GetUnreadCountRequest {
}

export interface GetUnreadCountRequest__Output {
}
