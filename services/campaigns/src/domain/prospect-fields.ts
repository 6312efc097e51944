import { DomainError, type FieldProblem } from '@atrium/errors';
import { PHONE_PATTERN } from '@atrium/proto';
import type { ProspectFieldType } from './prospect-status';

/**
 * The rules of a prospect's fields (docs/campaigns.md "Prospects"), as pure functions: each takes what
 * the caller sent and answers the value to store, or a problem naming the field. Every use case that
 * writes a prospect goes through here, so the database never sees a value it would refuse (a NUL, an
 * over-long text) and bad input answers validation_failed, never an internal error.
 */

export const NAME_MAX = 120;
export const EMAIL_MAX = 254;
export const TAG_MAX = 50;
export const TAGS_MAX = 50;
export const CUSTOM_TEXT_MAX = 1000;
export const PHONE_MIN = 3;
export const PHONE_MAX = 40;

/** Control characters, NUL among them, which Postgres text refuses and no name needs. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

const EMAIL_LOCAL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
const TOP_LEVEL = /^[a-z]{2,63}$/;

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: FieldProblem };

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const problem = (field: string, message: string): Checked<never> => ({
  ok: false,
  problem: { field, message },
});

/**
 * An email address as the prospect database keeps it: trimmed and lower-cased, so equality is the
 * case-insensitive comparison uniqueness needs. A dot-atom local part and a domain of at least two
 * labels with an alphabetic top level: what a campaign can actually send to.
 */
export function checkEmail(raw: string, field = 'email'): Checked<string> {
  const email = raw.trim().toLowerCase();
  if (email === '') return problem(field, 'is required');
  if (email.length > EMAIL_MAX) return problem(field, `must be at most ${EMAIL_MAX} characters`);
  const at = email.lastIndexOf('@');
  if (at <= 0 || at > 64) return problem(field, 'must be an email address');
  const local = email.slice(0, at);
  const labels = email.slice(at + 1).split('.');
  if (
    !EMAIL_LOCAL.test(local) ||
    labels.length < 2 ||
    !labels.every((label) => DOMAIN_LABEL.test(label)) ||
    !TOP_LEVEL.test(labels[labels.length - 1]!)
  )
    return problem(field, 'must be an email address');
  return ok(email);
}

/** A phone number: the platform's shape (@atrium/proto PHONE_PATTERN), 3 to 40 characters, 3 digits. */
export function checkPhone(raw: string, field = 'phone'): Checked<string> {
  const phone = raw.trim();
  if (phone === '') return ok('');
  if (phone.length < PHONE_MIN || phone.length > PHONE_MAX)
    return problem(field, `must be ${PHONE_MIN} to ${PHONE_MAX} characters`);
  if (!PHONE_PATTERN.test(phone) || (phone.match(/[0-9]/g)?.length ?? 0) < 3)
    return problem(field, 'must be a phone number');
  return ok(phone);
}

/** A short optional text (first and last name, company, position): trimmed, at most `max`. */
export function checkText(raw: string, field: string, max = NAME_MAX): Checked<string> {
  const text = raw.trim();
  if (text.length > max) return problem(field, `must be at most ${max} characters`);
  if (CONTROL.test(text)) return problem(field, 'must not contain control characters');
  return ok(text);
}

/** A required short text (a list's name, a field's label, a column header). */
export function checkName(raw: string, field: string): Checked<string> {
  const checked = checkText(raw, field);
  if (checked.ok && checked.value === '') return problem(field, 'is required');
  return checked;
}

/** Tags: each trimmed, 1 to 50 characters, kept once in the order given; at most 50. */
export function checkTags(raw: readonly string[], field = 'tags'): Checked<string[]> {
  const tags: string[] = [];
  for (const [index, entry] of raw.entries()) {
    const tag = entry.trim();
    if (tag === '' || tag.length > TAG_MAX || CONTROL.test(tag))
      return problem(`${field}[${index}]`, `must be 1 to ${TAG_MAX} characters without control characters`);
    if (!tags.includes(tag)) tags.push(tag);
  }
  if (tags.length > TAGS_MAX) return problem(field, `must be at most ${TAGS_MAX} tags`);
  return ok(tags);
}

/** A custom field's key: lower-case letters, digits and underscores, starting with a letter, ≤ 40. */
const FIELD_KEY = /^[a-z][a-z0-9_]{0,39}$/;

export function checkFieldKey(raw: string, field = 'key'): Checked<string> {
  return FIELD_KEY.test(raw)
    ? ok(raw)
    : problem(field, 'must be 1 to 40 lower-case letters, digits or underscores, starting with a letter');
}

const NUMBER = /^-?(0|[1-9][0-9]{0,14})(\.[0-9]{1,10})?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A value of a custom field of `type`, as the prospect keeps it (text). */
export function checkCustomValue(type: ProspectFieldType, raw: string, field: string): Checked<string> {
  if (type === 'number') {
    const value = raw.trim();
    return NUMBER.test(value) ? ok(value) : problem(field, 'must be a decimal number');
  }
  if (type === 'date') {
    const match = DATE.exec(raw.trim());
    if (match) {
      const [, year, month, day] = match.map(Number) as [number, number, number, number];
      const date = new Date(Date.UTC(year, month - 1, day));
      if (year >= 1 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return ok(raw.trim());
    }
    return problem(field, 'must be a date, YYYY-MM-DD');
  }
  return checkText(raw, field, CUSTOM_TEXT_MAX);
}

/** Custom field values against the client's definitions; an unknown key is refused. */
export function checkCustomFields(
  raw: Record<string, string>,
  definitions: ReadonlyMap<string, ProspectFieldType>,
  field = 'customFields',
): Checked<Record<string, string>> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    const type = definitions.get(key);
    if (!type) return problem(`${field}.${key}`, 'is not a custom prospect field of the client');
    const checked = checkCustomValue(type, value, `${field}.${key}`);
    if (!checked.ok) return checked;
    if (checked.value !== '') values[key] = checked.value;
  }
  return ok(values);
}

/** An RFC 3339 instant, or null when empty. */
export function checkInstant(raw: string, field: string): Checked<Date | null> {
  if (raw === '') return ok(null);
  const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/i;
  const instant = new Date(raw);
  if (!RFC3339.test(raw) || Number.isNaN(instant.getTime()) || instant.getUTCFullYear() < 1)
    return problem(field, 'must be an RFC 3339 date-time');
  // A real calendar day: 2026-02-30 would otherwise roll over into March.
  const [date] = raw.split(/t/i);
  const [year, month, day] = date!.split('-').map(Number) as [number, number, number];
  const calendar = new Date(Date.UTC(year, month - 1, day));
  if (calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day)
    return problem(field, 'must be an RFC 3339 date-time');
  return ok(instant);
}

/** The value of every check, or one validation_failed naming every field that failed. */
export function valuesOf<T extends Record<string, Checked<unknown>>>(
  checks: T,
): { [K in keyof T]: T[K] extends Checked<infer V> ? V : never } {
  const problems = Object.values(checks).flatMap((check) => (check.ok ? [] : [check.problem]));
  if (problems.length > 0)
    throw new DomainError('validation_failed', `Invalid ${problems.map((p) => p.field).join(', ')}.`, {
      fields: problems,
    });
  return Object.fromEntries(
    Object.entries(checks).map(([key, check]) => [key, (check as { value: unknown }).value]),
  ) as never;
}

/** Ids the caller sends for rows to act on: UUIDs, 1 to `max`, kept once. */
export function checkIds(raw: readonly string[], field: string, max = 1000): Checked<string[]> {
  if (raw.length === 0) return problem(field, 'must name at least one id');
  if (raw.length > max) return problem(field, `must name at most ${max} ids`);
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  const bad = raw.findIndex((id) => !UUID.test(id));
  if (bad >= 0) return problem(`${field}[${bad}]`, 'must be a UUID');
  return ok([...new Set(raw.map((id) => id.toLowerCase()))]);
}
