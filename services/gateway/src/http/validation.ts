import { DomainError, type FieldProblem } from '@atrium/errors';
import type { z } from '../openapi/zod';

/** Where the input came from; names the field when the whole input is wrong (e.g. no JSON object at all). */
export type InputLocation = 'body' | 'query' | 'params' | 'headers';

function fieldName(location: InputLocation, path: readonly PropertyKey[]): string {
  return path.length === 0 ? location : path.map(String).join('.');
}

/** One problem per offending field, unknown keys each named on their own. */
export function fieldProblemsOf(error: z.ZodError, location: InputLocation): FieldProblem[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          field: fieldName(location, [...issue.path, key]),
          message: 'is not a known field',
        }))
      : [{ field: fieldName(location, issue.path), message: issue.message }],
  );
}

/** The parsed input, or a validation_failed error naming every offending field. */
export function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  location: InputLocation,
): z.output<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields = fieldProblemsOf(result.error, location);
  const what = {
    body: 'request body',
    query: 'query parameters',
    params: 'path parameters',
    headers: 'request headers',
  }[location];
  const detail = `The ${what} ${location === 'body' ? 'is' : 'are'} not valid: ${fields.map((problem) => problem.field).join(', ')}.`;
  throw new DomainError('validation_failed', detail, { fields });
}
