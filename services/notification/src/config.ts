import { serviceVars, vars, z } from '@atrium/config';
import { MAILBOX } from './domain/mailbox';

/** Notification's environment beyond every backend's; each variable is described in docs/configuration.md. */
export const notificationConfigShape = {
  ...serviceVars('notification', 50055),
  TENANCY_ADDR: vars.address('127.0.0.1:50052'),
  SMTP_URL: z
    .string()
    .refine(isSmtpUrl, 'must be smtp://[user:pass@]host[:port] or smtps://…')
    .default('smtp://127.0.0.1:1025'),
  EMAIL_FROM: z
    .string()
    .regex(MAILBOX, 'must be an address, optionally with a display name: Name <address@domain>')
    .default('Atrium <no-reply@atrium.local>'),
  PUBLIC_APP_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })
    .default('http://localhost:8080'),
  EMAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(8),
  EMAIL_RETRY_BASE_MS: vars.milliseconds(2000),
  // Sent and failed email deliveries (what ListEmailDeliveries shows admins) are deleted once older.
  EMAIL_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  // Events of one stream handled in one transaction at most (libs/events batchSize); 1 is one at a time.
  EVENTS_BATCH_SIZE: z.coerce.number().int().min(1).max(256).default(64),
  // Read bell notifications are deleted once older; unread ones stay until read.
  NOTIFICATION_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(180),
};

export type NotificationConfig = z.infer<z.ZodObject<typeof notificationConfigShape>>;

function isSmtpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname !== '';
  } catch {
    return false;
  }
}
