import { ConfigError, parseConfig } from '@atrium/config';
import { notificationConfigShape } from '../src/config';

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    parseConfig(notificationConfigShape, env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((problem) => problem.variable);
    throw error;
  }
  return [];
}

describe('notification configuration', () => {
  it('defaults to the local SMTP sink, Atrium as sender and the local gateway for links', () => {
    expect(parseConfig(notificationConfigShape, {})).toMatchObject({
      SMTP_URL: 'smtp://127.0.0.1:1025',
      EMAIL_FROM: 'Atrium <no-reply@atrium.local>',
      PUBLIC_APP_URL: 'http://localhost:8080',
      EMAIL_MAX_ATTEMPTS: 8,
      EMAIL_RETRY_BASE_MS: 2000,
      EMAIL_RETENTION_DAYS: 30,
      NOTIFICATION_RETENTION_DAYS: 180,
      EVENTS_BATCH_SIZE: 64,
    });
  });

  it('takes smtp:// and smtps:// URLs with credentials', () => {
    const config = parseConfig(notificationConfigShape, {
      SMTP_URL: 'smtps://user:p%40ss@mail.example.com:465',
      EMAIL_MAX_ATTEMPTS: '3',
    });
    expect(config.SMTP_URL).toBe('smtps://user:p%40ss@mail.example.com:465');
    expect(config.EMAIL_MAX_ATTEMPTS).toBe(3);
  });

  it('names every variable with a bad value', () => {
    expect(
      problemsOf({
        SMTP_URL: 'http://mail.example.com',
        EMAIL_FROM: 'Atrium',
        PUBLIC_APP_URL: 'ftp://example.com',
        EMAIL_MAX_ATTEMPTS: '0',
        EMAIL_RETRY_BASE_MS: '-5',
        EMAIL_RETENTION_DAYS: '0',
        NOTIFICATION_RETENTION_DAYS: 'half a year',
        EVENTS_BATCH_SIZE: '0',
      }).sort(),
    ).toEqual([
      'EMAIL_FROM',
      'EMAIL_MAX_ATTEMPTS',
      'EMAIL_RETENTION_DAYS',
      'EMAIL_RETRY_BASE_MS',
      'EVENTS_BATCH_SIZE',
      'NOTIFICATION_RETENTION_DAYS',
      'PUBLIC_APP_URL',
      'SMTP_URL',
    ]);
  });
});
