import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { canonicalJson } from './common/canonical-json';
import { declareSharedAnswers } from './openapi-contract';

const DESCRIPTION = `ropa keeps the record of processing activities (GDPR Art. 30) and generates, from it alone,
the privacy policy (Art. 13/14) of each service.

**Authenticate:** click *Authorize* and paste an API key (the first start prints one). Roles: \`dpo\` writes
everything and manages keys; \`auditor\` reads everything, exports and reads the audit trail; \`reader\` reads the
registry and policies. Errors are RFC 9457 \`application/problem+json\`.`;

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('ropa')
    .setDescription(DESCRIPTION)
    .setVersion('0.1.0')
    .setLicense('MIT', 'https://opensource.org/licenses/MIT')
    .addServer('/')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'An API key, e.g. ropa_Xk3v…' })
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    operationIdFactory: (_controllerKey, methodKey) => methodKey,
  });
  document.components ??= {};
  document.components.schemas ??= {};
  document.components.schemas.Problem = {
    type: 'object',
    description: 'RFC 9457 problem details',
    required: ['type', 'title', 'status'],
    properties: {
      type: { type: 'string', format: 'uri', example: 'https://ropa.dev/problems/400' },
      title: { type: 'string', example: 'Invalid request' },
      status: { type: 'integer', example: 400 },
      detail: { type: 'string' },
      instance: { type: 'string', example: '/api/v1/services' },
      requestId: { type: 'string' },
      errors: {
        type: 'array',
        description: 'Field errors `{path, message}`, referrers `{type, id, name}` or compliance findings',
        items: { type: 'object', additionalProperties: true },
      },
    },
  };
  // Keys are required everywhere but on the routes marked public, which say so explicitly.
  document.security = [{ bearer: [] }];
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item) as { security?: unknown[] }[]) {
      if (operation && typeof operation === 'object' && !operation.security) operation.security = [];
    }
  }
  declareSharedAnswers(document);
  return JSON.parse(canonicalJson(document)) as OpenAPIObject;
}

export function setupSwagger(app: INestApplication): void {
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('docs', app, document, {
    jsonDocumentUrl: 'docs-json',
    customSiteTitle: 'ropa API',
    swaggerOptions: { persistAuthorization: true, displayOperationId: true, tagsSorter: 'alpha' },
  });
}
