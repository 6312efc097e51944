import { serviceVars, vars, z } from '@atrium/config';

/** Notification's environment; see docs/configuration.md. */
export const notificationConfigShape = {
  ...serviceVars('notification', 50055),
  TENANCY_ADDR: vars.address('127.0.0.1:50052'),
};

export type NotificationConfig = z.infer<z.ZodObject<typeof notificationConfigShape>>;
