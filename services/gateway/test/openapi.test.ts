import { request, startGateway, unreachableAddresses, type RunningGateway } from './support/gateway';

interface Operation {
  operationId?: string;
  description?: string;
  security?: Record<string, string[]>[];
  parameters?: { name: string; in: string; required?: boolean }[];
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
}

interface Document {
  openapi: string;
  info: { title: string; version: string };
  servers: unknown[];
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> };
}

let gateway: RunningGateway;
let document: Document;

function operation(path: string, method: string): Operation {
  const found = document.paths[path]?.[method];
  if (!found) throw new Error(`${method.toUpperCase()} ${path} is not documented`);
  return found;
}

beforeAll(async () => {
  gateway = await startGateway(await unreachableAddresses());
  const answer = await request(`${gateway.url}/openapi.json`);
  expect(answer.status).toBe(200);
  document = answer.body as Document;
});

afterAll(() => gateway.stop());

test('the document is OpenAPI 3.1 with info, servers and a bearer scheme', () => {
  expect(document.openapi).toMatch(/^3\.1\./);
  expect(document.info.title).toBe('Atrium API');
  expect(document.servers.length).toBeGreaterThan(0);
  expect(document.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
});

test.each([
  ['/v1/auth/signup', 'post'],
  ['/v1/auth/login', 'post'],
  ['/v1/me', 'get'],
  ['/v1/clients', 'post'],
  ['/v1/clients', 'get'],
  ['/v1/notifications', 'get'],
  ['/.well-known/jwks.json', 'get'],
  ['/healthz', 'get'],
  ['/readyz', 'get'],
  ['/openapi.json', 'get'],
])('%s %s is documented with a description', (path, method) => {
  expect(operation(path, method).description).toEqual(expect.any(String));
});

test('authenticated operations require the bearer token and document 401', () => {
  for (const [path, method] of [
    ['/v1/me', 'get'],
    ['/v1/clients', 'post'],
    ['/v1/clients', 'get'],
    ['/v1/notifications', 'get'],
  ] as const) {
    const documented = operation(path, method);
    expect(documented.security).toEqual([{ bearerAuth: [] }]);
    expect(documented.responses['401']?.content).toHaveProperty(['application/problem+json']);
  }
  expect(operation('/v1/auth/login', 'post').security).toBeUndefined();
});

test('request bodies are documented with the schemas that validate them, unknown fields refused', () => {
  const body = operation('/v1/auth/signup', 'post').requestBody?.content['application/json']?.schema;
  expect(body).toEqual({ $ref: '#/components/schemas/SignUpRequest' });
  expect(document.components.schemas.SignUpRequest).toMatchObject({
    type: 'object',
    additionalProperties: false,
    required: expect.arrayContaining(['agencyName', 'name', 'email', 'password']),
    properties: { agencyName: { minLength: 2, maxLength: 120 }, email: { format: 'email' } },
  });
});

test('query parameters are documented', () => {
  const names = operation('/v1/clients', 'get').parameters?.map(
    (parameter) => `${parameter.in}:${parameter.name}`,
  );
  expect(names).toEqual(expect.arrayContaining(['query:limit', 'query:cursor', 'query:status', 'query:q']));
  const unread = operation('/v1/notifications', 'get').parameters?.find(
    (parameter) => parameter.name === 'unread',
  );
  expect(unread).toMatchObject({ in: 'query', required: false });
});

test('success and problem responses are documented', () => {
  const create = operation('/v1/clients', 'post');
  expect(create.responses['201']?.content?.['application/json']?.schema).toEqual({
    $ref: '#/components/schemas/Client',
  });
  for (const status of ['400', '401', '403', '409', '413', '500', '503']) {
    expect(create.responses[status]?.content?.['application/problem+json']?.schema).toEqual({
      $ref: '#/components/schemas/Problem',
    });
  }
  expect(document.components.schemas.Problem).toMatchObject({
    required: expect.arrayContaining(['type', 'title', 'status', 'detail', 'code', 'instance']),
  });
});
