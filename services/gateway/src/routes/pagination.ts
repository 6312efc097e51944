import { z } from '../openapi/zod';

export const limitParam = z.coerce
  .number()
  .int()
  .min(1)
  .max(100)
  .default(25)
  .openapi({ description: 'Page size.' });

export const cursorParam = z
  .string()
  .min(1)
  .max(512)
  .optional()
  .openapi({ description: 'The `nextCursor` of the previous page; omit for the first page.' });

export const nextCursor = z
  .string()
  .nullable()
  .openapi({ description: 'Pass as `cursor` for the next page; null on the last page.' });
