import { DomainError, type FieldProblem } from '@atrium/errors';
import { PHONE_PATTERN } from '@atrium/proto';

export interface ProfileChanges {
  name?: string;
  phone?: string;
  position?: string;
}

/** Identity's limit on a phone number: 5 to 20 characters after the "+"; the shape is PHONE_PATTERN. */
const PHONE_LENGTH = { min: 5, max: 20 };
const MAX_NAME = 120;
const MAX_POSITION = 120;

function isPhoneNumber(phone: string): boolean {
  const length = phone.replace(/^\+/, '').length;
  return PHONE_PATTERN.test(phone) && length >= PHONE_LENGTH.min && length <= PHONE_LENGTH.max;
}

/** Checks the profile fields present in a change; every bad field is named at once. */
export function checkProfileChanges(changes: ProfileChanges): ProfileChanges {
  const problems: FieldProblem[] = [];
  const checked: ProfileChanges = {};
  if (changes.name !== undefined) {
    checked.name = changes.name.trim();
    if (checked.name.length < 1 || checked.name.length > MAX_NAME)
      problems.push({ field: 'name', message: `must be 1 to ${MAX_NAME} characters` });
  }
  if (changes.phone !== undefined) {
    checked.phone = changes.phone.trim();
    if (checked.phone !== '' && !isPhoneNumber(checked.phone))
      problems.push({
        field: 'phone',
        message: 'must be a phone number such as +1 (555) 010-2030, or empty',
      });
  }
  if (changes.position !== undefined) {
    checked.position = changes.position.trim();
    if (checked.position.length > MAX_POSITION)
      problems.push({ field: 'position', message: `must be at most ${MAX_POSITION} characters` });
  }
  if (problems.length > 0)
    throw new DomainError('validation_failed', 'The profile is not valid.', { fields: problems });
  return checked;
}
