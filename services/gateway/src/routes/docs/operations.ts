import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { Router } from 'express';
import swaggerUi from 'swagger-ui-express';
import { docsSecurityHeaders, jsonBodyGuard } from '../../http/security';
import type { OpenApiDocument } from '../../openapi/document';

export function registerDocsPaths(registry: OpenAPIRegistry): void {
  registry.registerPath({
    method: 'get',
    path: '/openapi.json',
    operationId: 'getOpenApiDocument',
    tags: ['system'],
    summary: 'This document',
    description: 'The OpenAPI 3.1 description of the API; browsable at /docs/.',
    responses: {
      200: {
        description: 'The OpenAPI document.',
        content: { 'application/json': { schema: { type: 'object', additionalProperties: true } } },
      },
    },
  });
}

/** The OpenAPI document at /openapi.json and Swagger UI at /docs/, its assets served from node_modules. */
export function docsRouter(document: OpenApiDocument): Router {
  const router = Router();
  router.get('/openapi.json', jsonBodyGuard('getOpenApiDocument'), (_req, res) => {
    res.json(document);
  });
  // Swagger UI links its assets relatively, so the page must live at /docs/, not /docs.
  router.get('/docs', (req, res, next) => {
    if (req.originalUrl.split('?')[0] === '/docs') res.redirect(301, '/docs/');
    else next();
  });
  // serveFiles keeps the document with this router; plain `serve` shares one global between app instances.
  router.use(
    '/docs',
    docsSecurityHeaders,
    swaggerUi.serveFiles(document),
    swaggerUi.setup(document, { customSiteTitle: 'Atrium API' }),
  );
  return router;
}
