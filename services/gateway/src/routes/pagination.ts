import { z } from '../openapi/zod';

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
