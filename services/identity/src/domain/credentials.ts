import { DomainError } from '@atrium/errors';

export const MIN_PASSWORD_LENGTH = 10;
const MAX_PASSWORD_LENGTH = 1024;

/** One identity per address: compare and store emails trimmed and lower-cased. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function checkNewPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
    throw new DomainError(
      'validation_failed',
      `The password must be at least ${MIN_PASSWORD_LENGTH} characters.`,
      {
        fields: [
          {
            field: 'password',
            message: `must be ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters`,
          },
        ],
      },
    );
  }
}

export function checkName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length < 1 || trimmed.length > 120) {
    throw new DomainError('validation_failed', 'The name must be 1 to 120 characters.', {
      fields: [{ field: 'name', message: 'must be 1 to 120 characters' }],
    });
  }
  return trimmed;
}
