import { TEMPLATE_CHANNELS, type TemplateChannelValue } from '@atrium/proto';
import { checkName, checkText, valuesOf, type Checked } from './prospect-fields';

/**
 * The rules of a client's templates (docs/campaigns.md "Templates and the master account"), as pure
 * functions: each takes what the caller sent and answers the value to store, or a problem naming the
 * field, so bad input answers validation_failed and never reaches the database.
 */
export type TemplateChannel = TemplateChannelValue;
export { TEMPLATE_CHANNELS };

export const SUBJECT_MAX = 200;
export const BODY_MAX = 200_000;

/** The prospect fields every client has, as merge fields name them. */
export const STANDARD_MERGE_FIELDS: readonly string[] = [
  'email',
  'first_name',
  'last_name',
  'company',
  'position',
  'phone',
];

/** `{{ name }}`: what is between the braces, spaces around it ignored. */
const MERGE_FIELD = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** Control characters but tab and line breaks, which bodies may hold. */
// eslint-disable-next-line no-control-regex
const BODY_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** The merge fields a text names, once each, in the order they first appear. */
export function mergeFieldsIn(text: string): string[] {
  return [...new Set([...text.matchAll(MERGE_FIELD)].map((match) => match[1]!))];
}

/** The merge fields of `texts` that name no standard field and no key of `customKeys`. */
export function unknownMergeFields(texts: readonly string[], customKeys: ReadonlySet<string>): string[] {
  const unknown = texts
    .flatMap(mergeFieldsIn)
    .filter((name) => !STANDARD_MERGE_FIELDS.includes(name) && !customKeys.has(name));
  return [...new Set(unknown)];
}

const problem = (field: string, message: string): Checked<never> => ({
  ok: false,
  problem: { field, message },
});

/** A subject or body: at most `max` characters, no control characters, every merge field known. */
function checkMergedText(
  raw: string,
  field: string,
  max: number,
  customKeys: ReadonlySet<string>,
  multiLine: boolean,
): Checked<string> {
  if (raw.length > max) return problem(field, `must be at most ${max} characters`);
  const checked = multiLine
    ? BODY_CONTROL.test(raw)
      ? problem(field, 'must not contain control characters')
      : { ok: true as const, value: raw }
    : checkText(raw, field, max);
  if (!checked.ok) return checked;
  const [unknown] = unknownMergeFields([checked.value], customKeys);
  if (unknown !== undefined)
    return problem(
      field,
      `names the merge field {{${unknown}}}, which is neither a prospect field nor a custom field of the client`,
    );
  return checked;
}

export interface TemplateContent {
  name: string;
  channel: TemplateChannel;
  subject: string;
  htmlBody: string;
  textBody: string;
}

/**
 * What a template is to hold, each field checked, or validation_failed naming every field that is wrong
 * (an unknown merge field names the body field and the merge field). An email template needs a subject.
 */
export function checkTemplate(
  input: {
    name: string;
    channel: TemplateChannel | null;
    subject: string;
    htmlBody: string;
    textBody: string;
  },
  customKeys: ReadonlySet<string>,
): TemplateContent {
  const subject = checkMergedText(input.subject, 'subject', SUBJECT_MAX, customKeys, false);
  const channel: Checked<TemplateChannel> = input.channel
    ? { ok: true, value: input.channel }
    : problem('channel', 'is required');
  return valuesOf({
    name: checkName(input.name, 'name'),
    channel,
    subject:
      subject.ok && subject.value === '' && input.channel === 'email'
        ? problem('subject', 'is required for an email template')
        : subject,
    htmlBody: checkMergedText(input.htmlBody, 'htmlBody', BODY_MAX, customKeys, true),
    textBody: checkMergedText(input.textBody, 'textBody', BODY_MAX, customKeys, true),
  });
}
