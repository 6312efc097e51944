import { DomainError } from '@atrium/errors';
import { zxcvbn, zxcvbnOptions } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

export const MIN_PASSWORD_LENGTH = 10;
const MAX_PASSWORD_LENGTH = 1024;
// zxcvbn scores 0–1 as guessable (common passwords, keyboard walks, repeats); 2 resists online guessing.
const MIN_PASSWORD_SCORE = 2;
// zxcvbn's time grows quickly with length; a strong prefix makes the whole password strong.
const STRENGTH_CHECKED_PREFIX = 64;

zxcvbnOptions.setOptions({ dictionary, graphs: adjacencyGraphs });

/** One identity per address: compare and store emails trimmed and lower-cased. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * A new password must be long enough and not guessable. `field` names the request field in the
 * answer; `personal` (email, name) counts as guessable too.
 */
export function checkNewPassword(password: string, field: string, personal: string[] = []): void {
  if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
    throw new DomainError(
      'validation_failed',
      `The password must be at least ${MIN_PASSWORD_LENGTH} characters.`,
      { fields: [{ field, message: `must be ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters` }] },
    );
  }
  const inputs = personal.filter(Boolean);
  if (zxcvbn(password.slice(0, STRENGTH_CHECKED_PREFIX), inputs).score < MIN_PASSWORD_SCORE) {
    throw new DomainError('validation_failed', 'The password is too common or too easy to guess.', {
      fields: [{ field, message: 'is too common or too easy to guess; add words or characters' }],
    });
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
