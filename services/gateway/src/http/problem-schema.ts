import { z } from '../openapi/zod';

export const FieldProblemSchema = z
  .object({
    field: z
      .string()
      .openapi({ description: 'Dotted path of the offending field, e.g. `tags.2`.', example: 'email' }),
    message: z.string().openapi({ example: 'Invalid email address' }),
  })
  .openapi('FieldProblem');

/** RFC 9457 problem details, as every error is answered. */
export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: 'https://atrium.dev/problems/validation_failed' }),
    title: z.string().openapi({ example: 'The request is not valid.' }),
    status: z.number().int().openapi({ example: 400 }),
    detail: z.string(),
    code: z.string().openapi({
      description:
        'Stable machine-readable error code, e.g. `validation_failed`, `unauthenticated`, `not_found`.',
      example: 'validation_failed',
    }),
    instance: z
      .string()
      .openapi({ description: 'The path of the request that failed.', example: '/v1/clients' }),
    fields: z
      .array(FieldProblemSchema)
      .optional()
      .openapi({ description: 'The offending fields of invalid input.' }),
    retryAfterSeconds: z.number().int().optional(),
  })
  .openapi('Problem');
