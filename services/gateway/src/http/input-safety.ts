import { getOpenApiMetadata } from '@asteasolutions/zod-to-openapi';
import type { FieldProblem } from '@atrium/errors';
import type { z } from '../openapi/zod';

/**
 * Text that reaches a backend is text a person typed: no control characters (a NUL ends a C string and
 * Postgres refuses it), no bidirectional embeddings, overrides or isolates (they make a name read
 * backwards in an email's From or a list), and no line breaks where one line is meant (a display name
 * with a line break lands in an email header). A field that takes several lines says so with
 * `'x-multiline': true` in its OpenAPI schema and may then hold tabs and line breaks, nothing else.
 *
 * Keys are checked like values, and `__proto__`, `constructor` and `prototype` are refused as keys
 * anywhere, so no body can reach an object's prototype however a later step copies it.
 */
// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const ALWAYS_REFUSED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/u;
const LINE_BREAK_OR_TAB = /[\t\n\r\u2028\u2029]/u;
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** The marker a multi-line text field's schema carries, documented in the OpenAPI document as is. */
export const MULTI_LINE = { 'x-multiline': true } as const;

function textProblem(text: string, multiLine: boolean): string | undefined {
  if (ALWAYS_REFUSED.test(text))
    return 'must not contain control characters or bidirectional formatting characters';
  if (!multiLine && LINE_BREAK_OR_TAB.test(text)) return 'must be a single line without tabs';
  return undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/**
 * Paths (dotted, `*` for any array item or record value) whose strings may span lines, read from the
 * schemas marked with MULTI_LINE. Computed once per operation.
 */
export function multiLinePaths(schema: z.ZodType | undefined): ReadonlySet<string> {
  const paths = new Set<string>();
  const seen = new Set<unknown>();
  const visit = (node: z.ZodType | undefined, path: string): void => {
    if (!node || seen.has(node)) return;
    seen.add(node);
    if (getOpenApiMetadata(node)['x-multiline'] === true) paths.add(path);
    const def = (node as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
    const child = (inner: unknown, at: string) => visit(inner as z.ZodType | undefined, at);
    switch (def.type) {
      case 'object':
        for (const [key, value] of Object.entries(def.shape as Record<string, unknown>))
          child(value, path === '' ? key : `${path}.${key}`);
        break;
      case 'array':
        child(def.element, path === '' ? '*' : `${path}.*`);
        break;
      case 'record':
        child(def.valueType, path === '' ? '*' : `${path}.*`);
        break;
      case 'pipe':
        child(def.in, path);
        break;
      case 'union':
        for (const option of def.options as unknown[]) child(option, path);
        break;
      default:
        // optional, nullable, default, readonly, catch …: the wrapped schema, at the same path.
        if (def.innerType) child(def.innerType, path);
    }
    seen.delete(node);
  };
  visit(schema, '');
  return paths;
}

function patternOf(path: readonly string[]): string[] {
  return path.map((segment) => (/^\d+$/.test(segment) ? '*' : segment));
}

function allowsLines(multiLine: ReadonlySet<string>, path: readonly string[]): boolean {
  if (multiLine.size === 0) return false;
  const pattern = patternOf(path);
  for (const candidate of multiLine) {
    const parts = candidate.split('.');
    if (
      parts.length === pattern.length &&
      parts.every((part, index) => part === '*' || part === pattern[index])
    )
      return true;
  }
  return false;
}

/**
 * Every string and key of a request input that breaks the rules above, named as validation names
 * fields (dotted path; the location itself for a bare value). Bounded by the body limit, so a walk
 * is cheap next to the JSON parse that made the value.
 */
export function unsafeTextProblems(
  input: unknown,
  location: string,
  multiLine: ReadonlySet<string> = new Set(),
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const name = (path: readonly string[]) => (path.length === 0 ? location : path.join('.'));
  const walk = (value: unknown, path: string[]): void => {
    if (typeof value === 'string') {
      const message = textProblem(value, allowsLines(multiLine, path));
      if (message) problems.push({ field: name(path), message });
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, [...path, String(index)]));
      return;
    }
    if (!isPlainObject(value)) return;
    for (const key of Object.keys(value)) {
      const at = [...path, key];
      if (FORBIDDEN_KEYS.has(key)) {
        problems.push({ field: name(at), message: 'is a reserved name and cannot be used as a key' });
        continue;
      }
      const keyMessage = textProblem(key, false);
      if (keyMessage) {
        problems.push({ field: name(at), message: `key ${keyMessage}` });
        continue;
      }
      walk(value[key], at);
    }
  };
  walk(input, []);
  return problems;
}
