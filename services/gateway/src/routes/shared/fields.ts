import { orNull } from './contract';
import { PHONE_PATTERN } from '@atrium/proto';
import { z } from '../../openapi/zod';

/**
 * The field schemas more than one resource's routes use, each written once: ids, email, password and
 * tokens, phone numbers, timestamps and the list parameters. A resource's own fields stay in its folder.
 */

/** Every timestamp the API answers: RFC 3339. */
export const dateTime = z.string().openapi({ format: 'date-time' });

/** Decimal digits only: `0x10`, `1e1`, ` 5` or `5.0` are refused, not read as numbers. */
function decimalInteger(value: unknown): unknown {
  return typeof value === 'string' && /^(0|[1-9][0-9]{0,8})$/.test(value) ? Number(value) : value;
}

export const limitParam = z
  .preprocess(
    decimalInteger,
    z.number({ error: 'must be a whole number in decimal digits' }).int().min(1).max(100),
  )
  .default(25)
  .openapi({ description: 'Page size, 1 to 100, in decimal digits.' });

/** A list query's page as every backend List RPC takes it: the limit, and the cursor ('' for the first page). */
export function pageOf(query: { limit: number; cursor?: string }): { limit: number; cursor: string } {
  return { limit: query.limit, cursor: query.cursor ?? '' };
}

/** One page of a list answer: its items as JSON, and the next page's cursor, null on the last page. */
export function listAnswer<Item, Json>(
  items: Item[],
  toJson: (item: Item) => Json,
  nextCursor: string,
): { items: Json[]; nextCursor: string | null } {
  return { items: items.map(toJson), nextCursor: orNull(nextCursor) };
}

export const cursorParam = z
  .string()
  .min(1)
  .max(512)
  .optional()
  .openapi({
    description:
      'The `nextCursor` of the previous page, with the same other query parameters; omit for the first ' +
      'page. Cursors are signed: an altered one, or one of another list, answers 400 naming `cursor`.',
  });

export const nextCursor = z
  .string()
  .nullable()
  .openapi({ description: 'Pass as `cursor` for the next page; null on the last page.' });

export const email = z
  .string()
  .trim()
  .toLowerCase()
  .check(z.email())
  .max(254)
  .openapi({ description: 'Compared case-insensitively; stored lower-cased.', example: 'ada@example.com' });

// Strength rules (length, common passwords) belong to identity; the gateway only bounds the size.
export const password = z.string().min(1).max(1024).openapi({ example: 'correct horse battery staple' });

/** A single-use secret from a link or an earlier answer; identity decides whether it is any good. */
export const opaqueToken = z.string().min(1).max(512);

export const ClientParamsSchema = z.strictObject({ id: z.uuid().openapi({ description: 'The client id.' }) });

/** docs/product.md "Client roles": JPEG or PNG, at most 1 MiB; identity checks the content matches the type. */
export const AVATAR_TYPES = ['image/jpeg', 'image/png'] as const;
export const AVATAR_MAX_BYTES = 1024 * 1024;

/**
 * Where the API documents a phone number's limits. The gateway checks only the shape, the one identity
 * and tenancy check too (@atrium/proto's PHONE_PATTERN); the length is the keeping service's to limit.
 */
const PHONE_DOC =
  'Digits, spaces, hyphens and parentheses, optionally after a leading `+`. Its length is limited where ' +
  'it is kept: 5 to 20 characters after the `+` in your own profile, 3 to 32 with at least 3 digits for ' +
  'the agency and client contacts, at most 40 for client users (`validation_failed` naming the field).';

/** A phone number field; `note` follows the shared documentation (e.g. how null clears it). */
export function phoneNumber(note?: string) {
  return z
    .string()
    .trim()
    .regex(PHONE_PATTERN, 'must be a phone number')
    .openapi({ description: note ? `${PHONE_DOC} ${note}` : PHONE_DOC, example: '+44 20 7946 0958' });
}
