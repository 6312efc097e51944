// Original file: protos/atrium/notification/v1/notification_service.proto

export const EmailDeliveryStatus = {
  EMAIL_DELIVERY_STATUS_UNSPECIFIED: 'EMAIL_DELIVERY_STATUS_UNSPECIFIED',
  EMAIL_DELIVERY_STATUS_PENDING: 'EMAIL_DELIVERY_STATUS_PENDING',
  EMAIL_DELIVERY_STATUS_SENT: 'EMAIL_DELIVERY_STATUS_SENT',
  EMAIL_DELIVERY_STATUS_FAILED: 'EMAIL_DELIVERY_STATUS_FAILED',
} as const;

export type EmailDeliveryStatus =
  | 'EMAIL_DELIVERY_STATUS_UNSPECIFIED'
  | 0
  | 'EMAIL_DELIVERY_STATUS_PENDING'
  | 1
  | 'EMAIL_DELIVERY_STATUS_SENT'
  | 2
  | 'EMAIL_DELIVERY_STATUS_FAILED'
  | 3

export type EmailDeliveryStatus__Output = typeof EmailDeliveryStatus[keyof typeof EmailDeliveryStatus]
