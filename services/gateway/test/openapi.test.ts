import { request, startGateway, unreachableAddresses, type RunningGateway } from './support/gateway';

interface Operation {
  operationId?: string;
  description?: string;
  security?: Record<string, string[]>[];
  parameters?: { name: string; in: string; required?: boolean; schema?: unknown }[];
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<
    string,
    { description?: string; headers?: Record<string, unknown>; content?: Record<string, { schema: unknown }> }
  >;
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
  ['/v1/notifications/unread-count', 'get'],
  ['/v1/notifications/{id}/read', 'post'],
  ['/v1/notifications/read-all', 'post'],
  ['/v1/notifications/deliveries', 'get'],
  ['/v1/notifications/stream', 'get'],
  ['/v1/auth/refresh', 'post'],
  ['/v1/auth/logout', 'post'],
  ['/v1/auth/password-reset', 'post'],
  ['/v1/auth/password-reset/confirm', 'post'],
  ['/v1/auth/unlock', 'post'],
  ['/v1/invitations/accept', 'post'],
  ['/v1/me', 'patch'],
  ['/v1/me/avatar', 'put'],
  ['/v1/me/avatar', 'delete'],
  ['/v1/users/{id}/avatar', 'get'],
  ['/v1/me/sessions', 'get'],
  ['/v1/me/sessions/{id}', 'delete'],
  ['/v1/me/password', 'post'],
  ['/v1/agency/api-keys', 'post'],
  ['/v1/agency/api-keys', 'get'],
  ['/v1/agency/api-keys/{id}', 'delete'],
  ['/v1/agency/members', 'post'],
  ['/v1/permissions', 'get'],
  ['/v1/agency', 'get'],
  ['/v1/agency', 'patch'],
  ['/v1/agency/home', 'get'],
  ['/v1/public/branding/{slug}', 'get'],
  ['/v1/agency/members', 'get'],
  ['/v1/agency/members/{userId}', 'patch'],
  ['/v1/agency/members/{userId}', 'delete'],
  ['/v1/agency/ownership', 'post'],
  ['/v1/agency/custom-fields', 'get'],
  ['/v1/agency/custom-fields/{key}', 'put'],
  ['/v1/agency/custom-fields/{key}', 'delete'],
  ['/v1/clients/{id}', 'get'],
  ['/v1/clients/{id}', 'patch'],
  ['/v1/clients/{id}/deactivate', 'post'],
  ['/v1/clients/{id}/reactivate', 'post'],
  ['/.well-known/jwks.json', 'get'],
  ['/healthz', 'get'],
  ['/readyz', 'get'],
  ['/openapi.json', 'get'],
])('%s %s is documented with a description and its failures', (path, method) => {
  const documented = operation(path, method);
  expect(documented.description).toEqual(expect.any(String));
  if (path !== '/readyz' && path !== '/openapi.json') {
    expect(documented.responses['500']?.content).toHaveProperty(['application/problem+json']);
  }
});

test('authenticated operations require the bearer token and document 401', () => {
  for (const [path, method] of [
    ['/v1/me', 'get'],
    ['/v1/clients', 'post'],
    ['/v1/clients', 'get'],
    ['/v1/notifications', 'get'],
    ['/v1/notifications/stream', 'get'],
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

test('path parameters are documented from the schema that validates them', () => {
  const parameters = operation('/v1/me/sessions/{id}', 'delete').parameters;
  expect(parameters).toEqual([
    expect.objectContaining({
      name: 'id',
      in: 'path',
      required: true,
      schema: expect.objectContaining({ format: 'uuid' }),
    }),
  ]);
  expect(operation('/v1/me/sessions/{id}', 'delete').responses['400']?.content).toHaveProperty([
    'application/problem+json',
  ]);
});

test('answers without a body are documented without content', () => {
  for (const [path, method, status] of [
    ['/v1/auth/logout', 'post', '204'],
    ['/v1/auth/password-reset', 'post', '202'],
    ['/v1/me/sessions/{id}', 'delete', '204'],
  ] as const) {
    const response = operation(path, method).responses[status];
    expect(response?.description).toEqual(expect.any(String));
    expect(response?.content).toBeUndefined();
  }
});

test('the avatar upload takes JPEG or PNG bytes and documents 413 and 415', () => {
  const upload = operation('/v1/me/avatar', 'put');
  expect(Object.keys(upload.requestBody?.content ?? {}).sort()).toEqual(['image/jpeg', 'image/png']);
  expect(upload.requestBody?.content['image/png']?.schema).toEqual({ type: 'string', format: 'binary' });
  for (const status of ['403', '413', '415', '422']) {
    expect(upload.responses[status]?.content).toHaveProperty(['application/problem+json']);
  }
});

test('the avatar image documents its types, ETag, caching and 304', () => {
  const image = operation('/v1/users/{id}/avatar', 'get');
  expect(image.security).toBeUndefined();
  expect(Object.keys(image.responses['200']?.content ?? {}).sort()).toEqual(['image/jpeg', 'image/png']);
  expect(image.responses['200']?.headers).toHaveProperty('ETag');
  expect(image.responses['200']?.headers).toHaveProperty('Cache-Control');
  expect(image.responses['304']?.content).toBeUndefined();
  expect(image.responses['404']?.content).toHaveProperty(['application/problem+json']);
});

test('person-only operations document 403 and rate-limited ones 429', () => {
  for (const [path, method] of [
    ['/v1/me', 'get'],
    ['/v1/me/password', 'post'],
    ['/v1/agency/api-keys', 'post'],
  ] as const) {
    expect(operation(path, method).responses['403']?.description).toContain("person's access token");
  }
  for (const [path, method] of [
    ['/v1/auth/login', 'post'],
    ['/v1/auth/signup', 'post'],
    ['/v1/auth/refresh', 'post'],
    ['/v1/auth/password-reset', 'post'],
    ['/v1/auth/password-reset/confirm', 'post'],
    ['/v1/auth/unlock', 'post'],
    ['/v1/invitations/accept', 'post'],
  ] as const) {
    expect(operation(path, method).responses['429']?.description).toContain('rate_limited');
  }
});

test('the notification stream documents its event stream, Last-Event-ID, the query token and 429', () => {
  const stream = operation('/v1/notifications/stream', 'get');
  expect(Object.keys(stream.responses['200']?.content ?? {})).toEqual(['text/event-stream']);
  expect(JSON.stringify(stream.responses['200'])).toContain('reauthenticate');
  const parameters = stream.parameters?.map((parameter) => `${parameter.in}:${parameter.name}`);
  expect(parameters).toEqual(
    expect.arrayContaining(['header:last-event-id', 'query:access_token', 'query:lastEventId']),
  );
  const token = stream.parameters?.find((parameter) => parameter.name === 'access_token') as {
    description?: string;
  };
  expect(token.description).toContain('access log');
  expect(stream.responses['429']?.content).toHaveProperty(['application/problem+json']);
  expect(stream.responses['403']?.description).toContain("person's access token");
});

test('email deliveries document the status filter and 403 for members', () => {
  const deliveries = operation('/v1/notifications/deliveries', 'get');
  const status = deliveries.parameters?.find((parameter) => parameter.name === 'status');
  expect(status).toMatchObject({ in: 'query', schema: { enum: ['pending', 'sent', 'failed'] } });
  expect(deliveries.responses['403']?.description).toContain('owner or admin');
});

test('the agency routes document their conflicts, the public branding needs no token', () => {
  expect(operation('/v1/agency', 'patch').responses['409']?.description).toContain('loginSlug');
  expect(operation('/v1/agency/members/{userId}', 'delete').responses['409']?.description).toContain(
    'transferClientsTo',
  );
  const removal = operation('/v1/agency/members/{userId}', 'delete').parameters?.map(
    (parameter) => `${parameter.in}:${parameter.name}`,
  );
  expect(removal).toEqual(expect.arrayContaining(['path:userId', 'query:transferClientsTo']));
  expect(operation('/v1/agency/ownership', 'post').responses['403']?.description).toContain(
    "person's access token",
  );
  const branding = operation('/v1/public/branding/{slug}', 'get');
  expect(branding.security).toBeUndefined();
  expect(branding.responses['404']?.content).toHaveProperty(['application/problem+json']);
  for (const [path, method] of [
    ['/v1/permissions', 'get'],
    ['/v1/agency', 'get'],
    ['/v1/agency/custom-fields/{key}', 'put'],
  ] as const)
    expect(operation(path, method).security).toEqual([{ bearerAuth: [] }]);
});

test('the client routes document 410 client_deleted, and the list its filters and zero campaign counters', () => {
  for (const [path, method] of [
    ['/v1/clients/{id}', 'get'],
    ['/v1/clients/{id}', 'patch'],
    ['/v1/clients/{id}/deactivate', 'post'],
    ['/v1/clients/{id}/reactivate', 'post'],
  ] as const) {
    const documented = operation(path, method);
    expect(documented.responses['410']?.description).toContain('client_deleted');
    expect(documented.responses['404']?.content).toHaveProperty(['application/problem+json']);
  }
  const list = operation('/v1/clients', 'get');
  expect(list.description).toContain('zero until the campaigns service feeds them');
  const parameters = list.parameters ?? [];
  expect(parameters.map((parameter) => parameter.name)).toEqual(
    expect.arrayContaining(['status', 'q', 'tag', 'accountManagerId', 'ownerId', 'sort', 'order']),
  );
  const sort = parameters.find((parameter) => parameter.name === 'sort') as {
    description?: string;
    schema?: { enum?: string[] };
  };
  expect(sort.schema?.enum).toEqual(
    expect.arrayContaining(['name', 'ownerName', 'createdAt', 'lastActivityAt', 'runningCampaigns']),
  );
  expect(sort.description).toContain('zero until the campaigns service feeds them');
  expect(operation('/v1/clients', 'post').responses['409']?.description).toContain('plan_limit_reached');
  expect(document.components.schemas.UpdateClientRequest).toMatchObject({ additionalProperties: false });
});
