import { DomainError, type FieldProblem } from '@atrium/errors';
import type { z } from '../openapi/zod';
import { unsafeTextProblems } from './input-safety';

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

const WHAT: Record<InputLocation, string> = {
  body: 'request body',
  query: 'query parameters',
  params: 'path parameters',
  headers: 'request headers',
};

function invalid(location: InputLocation, fields: FieldProblem[]): DomainError {
  const names = fields.map((problem) => problem.field).join(', ');
  return new DomainError(
    'validation_failed',
    `The ${WHAT[location]} ${location === 'body' ? 'is' : 'are'} not valid: ${names}.`,
    { fields },
  );
}

/**
 * The parsed input, or a validation_failed error naming every offending field. Text is checked before
 * the schema (http/input-safety.ts), so no schema, transform or backend ever sees a control character
 * or a prototype key; headers are left to Node's parser, which refuses control characters itself.
 */
export function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  location: InputLocation,
  multiLine?: ReadonlySet<string>,
): z.output<Schema> {
  if (location !== 'headers') {
    const unsafe = unsafeTextProblems(input, location, multiLine);
    if (unsafe.length > 0) throw invalid(location, unsafe);
  }
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw invalid(location, fieldProblemsOf(result.error, location));
}
