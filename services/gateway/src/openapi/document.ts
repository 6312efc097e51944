import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';

/** The name operations use to require an access token. */
export const BEARER_SECURITY = 'bearerAuth';

export function createRegistry(): OpenAPIRegistry {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', BEARER_SECURITY, {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description:
      'An access token (a JWT from /v1/auth/signup, /login, /refresh or /invitations/accept, verified against ' +
      "/.well-known/jwks.json), or an agency API key (`atr_…`) that acts as its agency with the key's permissions.",
  });
  return registry;
}

export type OpenApiDocument = ReturnType<OpenApiGeneratorV31['generateDocument']>;

/** The OpenAPI 3.1 document of every operation registered so far. */
export function generateDocument(registry: OpenAPIRegistry): OpenApiDocument {
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Atrium API',
      version: '1.0.0',
      description:
        'The public HTTP API of Atrium, a multi-tenant platform for marketing agencies. JSON in and out; every ' +
        'error is an RFC 9457 `application/problem+json` body with a stable `code`. Every response carries ' +
        '`X-Request-Id` (sent back when the request had a sane one) and requests may carry a W3C `traceparent`. ' +
        'A malformed id in a path answers 400 `validation_failed` naming the parameter; a well-formed id that ' +
        'names nothing the caller may see answers 404 `not_found`.',
    },
    servers: [{ url: '/', description: 'This gateway' }],
  });
}
