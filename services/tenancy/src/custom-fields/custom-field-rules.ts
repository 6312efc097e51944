import { DomainError, type FieldProblem } from '@atrium/errors';

/** The most custom fields one agency may define. */
export const MAX_CUSTOM_FIELDS = 50;

const KEY = /^[a-z][a-z0-9_]{0,39}$/;

export function validateCustomField(input: { key: string; label: string }): { key: string; label: string } {
  const key = input.key.trim();
  const label = input.label.trim();
  const problems: FieldProblem[] = [];
  if (!KEY.test(key))
    problems.push({
      field: 'key',
      message: 'must be lower-case letters, digits and underscores, starting with a letter, at most 40',
    });
  if (label.length < 1 || label.length > 80)
    problems.push({ field: 'label', message: 'must be 1 to 80 characters' });
  if (problems.length > 0)
    throw new DomainError('validation_failed', 'The custom field is not valid.', { fields: problems });
  return { key, label };
}
