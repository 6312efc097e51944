import { randomUUID } from 'node:crypto';
import http from 'node:http';
import fc from 'fast-check';

/**
 * Hostile and careless requests generated from the gateway's own OpenAPI document, one arbitrary per
 * class of bad input, each request saying what a correct gateway answers. Every operation the document
 * lists takes part in every class that applies to it, so a new route is covered the day it is added.
 */

type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  enum?: unknown[];
  format?: string;
  example?: unknown;
  minimum?: number;
  minLength?: number;
  minItems?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  'x-multiline'?: boolean;
};

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  schema?: JsonSchema;
}

interface DocumentOperation {
  operationId: string;
  security?: unknown[];
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, DocumentOperation>>;
  components: { schemas: Record<string, JsonSchema> };
}

export interface Operation {
  method: string;
  path: string;
  operationId: string;
  authenticated: boolean;
  parameters: Parameter[];
  jsonBody?: JsonSchema;
  uploadTypes: string[];
}

/** One generated request and what a correct gateway answers it. */
export interface HostileRequest {
  operationId: string;
  what: string;
  method: string;
  /** The raw request target, sent byte for byte. */
  target: string;
  headers: Record<string, string>;
  body?: Buffer;
  /** The only status a correct gateway may answer. */
  status: number;
  /** For a 400: a field `fields` must name. */
  field?: string;
}

export interface Answer {
  status: number;
  contentType: string;
  body: { code?: string; fields?: { field: string }[] } | undefined;
}

export function operationsOf(document: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      const content = operation.requestBody?.content ?? {};
      // A body documented as raw bytes is an upload whatever its media type (a signed webhook's JSON,
      // verified on the bytes as sent): the gateway never reads its fields, so none can be named.
      const raw = (type: string) => content[type]?.schema?.format === 'binary';
      const json = content['application/json'] && !raw('application/json');
      operations.push({
        method: method.toUpperCase(),
        path,
        operationId: operation.operationId,
        authenticated: (operation.security ?? []).length > 0,
        parameters: operation.parameters ?? [],
        ...(json && { jsonBody: content['application/json']!.schema }),
        uploadTypes: Object.keys(content).filter((type) => type !== 'application/json' || !json),
      });
    }
  }
  return operations;
}

export class SchemaReader {
  constructor(private readonly document: OpenApiDocument) {}

  resolve(schema: JsonSchema): JsonSchema {
    let current = schema;
    while (current.$ref) {
      const name = current.$ref.replace('#/components/schemas/', '');
      const found = this.document.components.schemas[name];
      if (!found) throw new Error(`the document has no schema ${name}`);
      current = found;
    }
    const options = current.anyOf ?? current.oneOf;
    if (options) {
      const concrete = options.map((option) => this.resolve(option)).find((option) => option.type !== 'null');
      if (concrete) return concrete;
    }
    return current;
  }

  private typeOf(schema: JsonSchema): string | undefined {
    const { type } = schema;
    return Array.isArray(type) ? type.find((each) => each !== 'null') : type;
  }

  /** The smallest value the schema accepts as far as its shape goes: required fields only. */
  skeleton(raw: JsonSchema): unknown {
    const schema = this.resolve(raw);
    if (schema.example !== undefined && this.typeOf(schema) !== 'object') return schema.example;
    if (schema.enum) return schema.enum[0];
    switch (this.typeOf(schema)) {
      case 'object': {
        const value: Record<string, unknown> = {};
        for (const name of schema.required ?? []) {
          const property = schema.properties?.[name];
          if (property) value[name] = this.skeleton(property);
        }
        return value;
      }
      case 'array':
        return schema.items && schema.minItems ? [this.skeleton(schema.items)] : [];
      case 'integer':
      case 'number':
        return schema.minimum ?? 1;
      case 'boolean':
        return false;
      case 'string':
        switch (schema.format) {
          case 'email':
            return 'fuzz@example.test';
          case 'uuid':
            return randomUUID();
          case 'date':
            return '2027-01-01';
          case 'date-time':
            return '2027-01-01T00:00:00.000Z';
          case 'uri':
            return 'https://example.test/';
          default:
            return 'x'.repeat(Math.max(schema.minLength ?? 0, 1));
        }
      default:
        return null;
    }
  }

  /** Every place a string may stand in the body, with whether it may span lines. */
  textPaths(raw: JsonSchema, prefix: string[] = [], depth = 0): { path: string[]; multiLine: boolean }[] {
    const schema = this.resolve(raw);
    if (depth > 6) return [];
    const type = this.typeOf(schema);
    if (type === 'string') return [{ path: prefix, multiLine: schema['x-multiline'] === true }];
    if (type === 'array' && schema.items) return this.textPaths(schema.items, [...prefix, '0'], depth + 1);
    if (type !== 'object') return [];
    const paths = Object.entries(schema.properties ?? {}).flatMap(([name, property]) =>
      this.textPaths(property, [...prefix, name], depth + 1),
    );
    if (typeof schema.additionalProperties === 'object')
      paths.push(...this.textPaths(schema.additionalProperties, [...prefix, 'fuzz_key'], depth + 1));
    return paths;
  }

  /** The places an object stands in the body, where a key of our choosing may be put. */
  objectPaths(raw: JsonSchema, prefix: string[] = [], depth = 0): string[][] {
    const schema = this.resolve(raw);
    if (depth > 6 || this.typeOf(schema) !== 'object') return [];
    return [
      prefix,
      ...Object.entries(schema.properties ?? {}).flatMap(([name, property]) =>
        this.objectPaths(property, [...prefix, name], depth + 1),
      ),
    ];
  }
}

function setAt(target: unknown, path: readonly string[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string, ...string[]];
  if (/^\d+$/.test(head)) return [setAt(undefined, rest, value)];
  const object = typeof target === 'object' && target !== null && !Array.isArray(target) ? target : {};
  return { ...object, [head]: setAt((object as Record<string, unknown>)[head], rest, value) };
}

/** Control characters, DEL and bidirectional embeddings, overrides and isolates: refused in every field. */
const ALWAYS_REFUSED = [
  ...Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code)).filter(
    (c) => !'\t\n\r'.includes(c),
  ),
  '\u007f',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
];
/** Refused in single-line fields only. */
const LINE_BREAKS = ['\t', '\n', '\r', '\r\n', '\u2028', '\u2029'];

const printable = fc
  .string({ unit: 'grapheme-ascii', maxLength: 8 })
  .map((text) => text.replace(/[\\"]/g, ''));

function poisoned(characters: string[]): fc.Arbitrary<string> {
  return fc
    .tuple(printable, fc.constantFrom(...characters), printable)
    .map(([before, character, after]) => `${before}${character}${after}`);
}

/** Ids to put in path parameters: the agency's own where known, so a wrongly accepted request would land. */
export type KnownIds = Record<string, string>;

function target(
  operation: Operation,
  ids: KnownIds,
  override: Record<string, string> = {},
  query = '',
): string {
  const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) =>
    name in override
      ? override[name]!
      : encodeURIComponent(ids[`${operation.operationId}.${name}`] ?? ids[name] ?? randomUUID()),
  );
  return query ? `${path}?${query}` : path;
}

function json(value: unknown): Buffer {
  return Buffer.from(JSON.stringify(value));
}

const JSON_HEADERS = { 'content-type': 'application/json' };

export interface HostileClasses {
  classes: Record<string, fc.Arbitrary<HostileRequest>>;
  /** Each operation's id with the classes it takes part in. */
  coverage: Map<string, string[]>;
}

/** The classes of bad input, each over every operation it applies to. */
export function hostileRequests(document: OpenApiDocument, ids: KnownIds): HostileClasses {
  const coverage = new Map<string, string[]>();
  const covering = <T extends { operation: Operation } | Operation>(name: string, candidates: T[]): T[] => {
    for (const candidate of candidates) {
      const { operationId } = 'operation' in candidate ? candidate.operation : candidate;
      coverage.set(operationId, [...new Set([...(coverage.get(operationId) ?? []), name])]);
    }
    return candidates;
  };
  const reader = new SchemaReader(document);
  const operations = operationsOf(document);
  const withParameter = (place: Parameter['in'], test: (parameter: Parameter) => boolean = () => true) =>
    operations.flatMap((operation) =>
      operation.parameters
        .filter((parameter) => parameter.in === place && test(parameter))
        .map((parameter) => ({ operation, parameter })),
    );
  const withJsonBody = operations.filter((operation) => operation.jsonBody);
  const base = (operation: Operation, what: string) => ({
    operationId: operation.operationId,
    what,
    method: operation.method,
  });

  const textInBody = fc
    .constantFrom(
      ...covering(
        'textInBody',
        withJsonBody.flatMap((operation) =>
          reader.textPaths(operation.jsonBody!).map((place) => ({ operation, ...place })),
        ),
      ),
    )
    .chain(({ operation, path, multiLine }) =>
      poisoned(multiLine ? ALWAYS_REFUSED : [...ALWAYS_REFUSED, ...LINE_BREAKS]).map((text) => ({
        ...base(operation, `body text ${JSON.stringify(text)} at ${path.join('.')}`),
        target: target(operation, ids),
        headers: JSON_HEADERS,
        body: json(setAt(reader.skeleton(operation.jsonBody!), path, text)),
        status: 400,
        field: path.join('.'),
      })),
    );

  const keyInBody = fc
    .constantFrom(
      ...covering(
        'keyInBody',
        withJsonBody.flatMap((operation) =>
          reader.objectPaths(operation.jsonBody!).map((path) => ({ operation, path })),
        ),
      ),
    )
    .chain(({ operation, path }) =>
      fc
        .oneof(fc.constantFrom('__proto__', 'constructor', 'prototype'), poisoned(ALWAYS_REFUSED))
        .map((key) => {
          const skeleton = reader.skeleton(operation.jsonBody!);
          // JSON text, not an object: `__proto__` must reach the gateway as a key, as an attacker sends it.
          const inner = `{${JSON.stringify(key)}:{"isAdmin":true}}`;
          const text =
            path.length === 0
              ? `{${JSON.stringify(key)}:{"isAdmin":true}${Object.keys(skeleton as object).length ? ',' : ''}${JSON.stringify(skeleton).slice(1)}`
              : JSON.stringify(setAt(skeleton, path, '__inner__')).replace('"__inner__"', () => inner);
          return {
            ...base(operation, `key ${JSON.stringify(key)} at ${path.join('.') || 'the root'}`),
            target: target(operation, ids),
            headers: JSON_HEADERS,
            body: Buffer.from(text),
            status: 400,
            field: [...path, key].join('.'),
          };
        }),
    );

  const textInQuery = fc
    .constantFrom(
      ...covering(
        'textInQuery',
        withParameter('query', (parameter) => parameter.name !== 'access_token'),
      ),
    )
    .chain(({ operation, parameter }) =>
      poisoned([...ALWAYS_REFUSED, ...LINE_BREAKS]).map((text) => ({
        ...base(operation, `query ${parameter.name}=${JSON.stringify(text)}`),
        target: target(operation, ids, {}, `${parameter.name}=${encodeURIComponent(text)}`),
        headers: {},
        status: 400,
        field: parameter.name,
      })),
    );

  const textInPath = fc
    .constantFrom(...covering('textInPath', withParameter('path')))
    .chain(({ operation, parameter }) =>
      poisoned(ALWAYS_REFUSED).map((text) => ({
        ...base(operation, `path ${parameter.name}=${JSON.stringify(text)}`),
        target: target(operation, ids, { [parameter.name]: encodeURIComponent(text) }),
        headers: {},
        status: 400,
        field: parameter.name,
      })),
    );

  const brokenPercentEncoding = fc
    .constantFrom(...covering('brokenPercentEncoding', withParameter('path')))
    .chain(({ operation, parameter }) =>
      fc
        .tuple(
          fc.stringMatching(/^[a-z0-9]{0,4}$/),
          fc.constantFrom(
            '%',
            '%Z',
            '%ZZ',
            '%G0',
            '%E0%A4%A',
            '%C0',
            '%FF',
            '%ED%A0%80',
            '%F4%90%80%80',
            '%u0041',
            '%%',
          ),
          fc.stringMatching(/^[a-z0-9]{0,4}$/),
        )
        .filter(([before, broken, after]) => {
          try {
            decodeURIComponent(`${before}${broken}${after}`);
            return false;
          } catch {
            return true;
          }
        })
        .map(([before, broken, after]) => ({
          ...base(operation, `path ${parameter.name}=${before}${broken}${after}`),
          target: target(operation, ids, { [parameter.name]: `${before}${broken}${after}` }),
          headers: {},
          status: 400,
          field: 'path',
        })),
    );

  const forgedCursors = fc
    .constantFrom(
      ...covering(
        'forgedCursors',
        withParameter('query', (parameter) => parameter.name === 'cursor'),
      ),
    )
    .chain(({ operation }) =>
      fc
        .oneof(
          fc.jsonValue().map((value) => Buffer.from(JSON.stringify(value)).toString('base64url')),
          fc
            .array(
              fc.oneof(
                fc.string(),
                fc.integer(),
                fc.double(),
                fc.constantFrom(
                  '2026-02-30',
                  'Tue',
                  '1',
                  '99999-01-01T00:00:00Z',
                  'not-a-uuid',
                  randomUUID(),
                ),
                fc.bigInt({ min: 2n ** 63n, max: 2n ** 70n }).map(String),
                fc.date({ noInvalidDate: true }).map((date) => date.toString()),
              ),
              { maxLength: 4 },
            )
            .map((values) => Buffer.from(JSON.stringify(values)).toString('base64url')),
          fc
            .string({ minLength: 1, maxLength: 64 })
            // eslint-disable-next-line no-control-regex -- plain-text cursors; the text classes cover the rest
            .filter((text) => !/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069\u2028\u2029]/.test(text)),
        )
        .map((cursor) => ({
          ...base(operation, `cursor ${JSON.stringify(cursor)}`),
          target: target(operation, ids, {}, `cursor=${encodeURIComponent(cursor)}`),
          headers: {},
          status: 400,
          field: 'cursor',
        })),
    );

  const looseNumbers = fc
    .constantFrom(
      ...covering(
        'looseNumbers',
        withParameter('query', (parameter) => parameter.name === 'limit'),
      ),
    )
    .chain(({ operation }) =>
      fc
        .oneof(
          fc.constantFrom(
            '0x10',
            '1e1',
            ' 5',
            '5 ',
            '+5',
            '5.0',
            '-0',
            '',
            'Infinity',
            'NaN',
            '0b11',
            '0o7',
            '007',
            '1_0',
          ),
          fc.bigInt({ min: 10n ** 9n, max: 10n ** 30n }).map(String),
          fc.integer({ min: -1_000_000, max: 0 }).map(String),
        )
        .map((limit) => ({
          ...base(operation, `limit=${JSON.stringify(limit)}`),
          target: target(operation, ids, {}, `limit=${encodeURIComponent(limit)}`),
          headers: {},
          status: 400,
          field: 'limit',
        })),
    );

  const looseDates = fc
    .constantFrom(
      ...covering(
        'looseDates',
        withParameter('query', (parameter) => parameter.schema?.format === 'date-time'),
      ),
    )
    .chain(({ operation, parameter }) =>
      fc
        .oneof(
          fc.constantFrom(
            '2026-02-30T00:00:00Z',
            '2026-13-01T00:00:00Z',
            '2026-01-01',
            'yesterday',
            '0',
            '1',
            'Tue',
          ),
          fc.date({ noInvalidDate: true }).map((date) => date.toString()),
          fc.date({ noInvalidDate: true }).map((date) => String(date.getTime())),
        )
        .map((text) => ({
          ...base(operation, `${parameter.name}=${JSON.stringify(text)}`),
          target: target(operation, ids, {}, `${parameter.name}=${encodeURIComponent(text)}`),
          headers: {},
          status: 400,
          field: parameter.name,
        })),
    );

  const unsupportedEncoding = fc
    .constantFrom(...covering('unsupportedEncoding', operations))
    .chain((operation) =>
      fc
        .oneof(
          fc.constantFrom('compress', 'zstd', 'x-gzip', 'gzip, br', 'identity;q=1', '*'),
          fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/),
        )
        .filter((encoding) => !['identity', 'gzip', 'deflate', 'br'].includes(encoding))
        .map((encoding) => ({
          ...base(operation, `Content-Encoding: ${encoding}`),
          target: target(operation, ids),
          headers: { ...JSON_HEADERS, 'content-encoding': encoding },
          body: Buffer.from('{}'),
          status: 415,
        })),
    );

  const undecodableBody = fc
    .constantFrom(
      ...covering(
        'undecodableBody',
        operations.filter((operation) => operation.uploadTypes.length === 0),
      ),
    )
    .chain((operation) =>
      fc
        .tuple(fc.constantFrom('gzip', 'deflate'), fc.uint8Array({ minLength: 1, maxLength: 64 }))
        .map(([encoding, bytes]) => ({
          ...base(operation, `Content-Encoding: ${encoding} with ${bytes.length} bytes that do not decode`),
          target: target(operation, ids),
          headers: { ...JSON_HEADERS, 'content-encoding': encoding },
          body: Buffer.from(bytes),
          status: 400,
          field: 'body',
        })),
    );

  const wrongContentType = fc.constantFrom(...covering('wrongContentType', operations)).chain((operation) =>
    fc
      .constantFrom(
        ...(operation.uploadTypes.length > 0
          ? ['application/json', 'text/plain', 'application/octet-stream'].filter(
              (type) => !operation.uploadTypes.includes(type),
            )
          : [
              'text/plain',
              'application/x-www-form-urlencoded',
              'application/xml',
              'text/csv',
              'multipart/form-data; boundary=x',
            ]),
      )
      .map((contentType) => ({
        ...base(operation, `a body as ${contentType}`),
        target: target(operation, ids),
        headers: { 'content-type': contentType },
        body: Buffer.from(contentType.startsWith('application/json') ? '{}' : 'a=1'),
        status: 415,
      })),
  );

  const classes = {
    textInBody,
    keyInBody,
    textInQuery,
    textInPath,
    brokenPercentEncoding,
    forgedCursors,
    looseNumbers,
    looseDates,
    unsupportedEncoding,
    undecodableBody,
    wrongContentType,
  };
  return { classes, coverage };
}

/**
 * Sends a request exactly as generated (node:http: fetch would re-encode the path and refuse a GET body),
 * each on a connection of its own: a pooled keep-alive socket the gateway closes as idle just as a
 * request goes out would read as "closed without an answer", a race of the client, not the gateway.
 */
export function send(baseUrl: string, request: HostileRequest, token?: string): Promise<Answer> {
  const url = new URL(baseUrl);
  return new Promise((resolve) => {
    const outgoing = http.request(
      {
        host: url.hostname,
        port: url.port,
        method: request.method,
        path: request.target,
        agent: false,
        headers: {
          ...request.headers,
          ...(token && { authorization: `Bearer ${token}` }),
          ...(request.body && { 'content-length': String(request.body.length) }),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const contentType = response.headers['content-type'] ?? '';
          let body: Answer['body'];
          if (/json/.test(contentType) && text !== '') body = JSON.parse(text) as Answer['body'];
          resolve({ status: response.statusCode ?? 0, contentType, body });
        });
        response.on('error', () => resolve({ status: -1, contentType: '', body: undefined }));
      },
    );
    // A connection closed without an answer is a failure of the gateway, reported like any other.
    outgoing.on('error', () => resolve({ status: -1, contentType: '', body: undefined }));
    // An answer that never comes (a stream opened by mistake) is a failure, not a hung test.
    outgoing.setTimeout(5000, () => {
      outgoing.destroy();
      resolve({ status: 0, contentType: '', body: undefined });
    });
    outgoing.end(request.body);
  });
}

/** What is wrong with an answer, or undefined when it is what a correct gateway answers. */
export function verdict(request: HostileRequest, answer: Answer): string | undefined {
  if (answer.status === 0) return 'did not answer within 5 s';
  if (answer.status === -1) return 'closed the connection without an answer';
  if (answer.status >= 500) return `answered ${answer.status} (${answer.body?.code ?? answer.contentType})`;
  if (!answer.contentType.startsWith('application/problem+json'))
    return `answered ${answer.status} as ${answer.contentType || 'no content type'}, not a problem`;
  if (answer.status !== request.status)
    return `answered ${answer.status} ${answer.body?.code ?? ''}, not ${request.status}`;
  if (request.field !== undefined) {
    const named = (answer.body?.fields ?? []).map((problem) => problem.field);
    if (!named.includes(request.field)) return `named ${JSON.stringify(named)}, not ${request.field}`;
  }
  return undefined;
}
