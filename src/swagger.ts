import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { declareSharedAnswers } from './openapi-contract';
import { orderSchemaMembers } from './swagger-order';

const DESCRIPTION = `ropa keeps the record of processing activities (GDPR Art. 30) and generates, from it alone,
the privacy policy (Art. 13/14) of each service.

**Authenticate:** click *Authorize* and paste an API key (the first start prints one). Roles: \`dpo\` writes
everything and manages keys; \`auditor\` reads everything, exports and reads the audit trail; \`reader\` reads the
registry and policies. Errors are RFC 9457 \`application/problem+json\`.`;

/**
 * Each tag with the Art. 30 element (or the other part of the GDPR) it keeps, as Swagger UI shows it above the
 * tag's routes, in the order of a DPO's work: who we are, what we offer, whose data, which data, who receives
 * it and where, how long, how it is protected, then the record itself, the notice, and the checks around it.
 */
const TAGS: [string, string][] = [
  [
    'controller',
    'Art. 30(1)(a): name and contact details of the controller, its DPO and representative; Art. 13(1)(a)-(b), 77: the supervisory authority',
  ],
  ['services', 'The websites and products that each get a privacy notice; activities and trackers name the services they serve'],
  ['data-subject-categories', 'Art. 30(1)(c): categories of data subjects (customers, applicants, employees…)'],
  [
    'data-categories',
    'Art. 30(1)(c): categories of personal data, Art. 9 special and Art. 10 criminal data marked, and how each is obtained (Art. 14)',
  ],
  ['recipients', 'Art. 30(1)(d): recipients or categories of recipients, with their role (Art. 4(9), 26, 28) and country'],
  ['transfers', 'Art. 30(1)(e), Chapter V (Art. 44-49): transfers to third countries and the safeguards they rely on'],
  ['retention-rules', 'Art. 30(1)(f), 13(2)(a): time limits for erasure, or the criteria that set them'],
  ['security-measures', 'Art. 30(1)(g), 32(1): technical and organisational security measures'],
  [
    'processing-activities',
    'Art. 30(1)(b)-(g), 30(2): the record itself — purposes, legal basis (Art. 6, 9), data, recipients, retention, security; or, as processor, the controllers served',
  ],
  [
    'trackers',
    'ePrivacy Directive Art. 5(3) with GDPR Art. 6-7: cookies, pixels and SDKs, each tied to the activity (and legal basis) it serves',
  ],
  ['policies', 'Art. 12-14: the privacy notice generated from the record — scope, draft preview, published versions and their diff'],
  ['public', 'Art. 12(1), 13-14: the published notice, served without a key'],
  ['compliance', 'Art. 5(2) accountability: the record checked against Art. 13/14 and 30 (and Chapter V, ePrivacy Art. 5(3))'],
  ['exports', 'Art. 30(3)-(4): the record in writing, made available to the supervisory authority on request'],
  ['imports', 'The whole record loaded from one document (the JSON export shape), all or nothing'],
  ['audit-events', 'Art. 5(2), 24(1): every change to the record with its before and after state, hash-chained'],
  ['api-keys', 'Art. 32(1)(b): who may read and change the record (roles dpo, auditor, reader)'],
  [
    'webhooks',
    'Art. 12(1), 13(3): signed notices of policy events (a new version published, a change coming into effect) to the sites that show the policy',
  ],
  ['health', 'Liveness and readiness probes for a load balancer (no key)'],
];

/**
 * Nest writes an object that may be null as `{ allOf: [$ref], nullable: true }`, but in OpenAPI 3.0
 * `nullable` does not reach into the referenced schema, so null fails it. `anyOf` states both.
 */
function nullableRefs(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(nullableRefs);
  if (typeof node !== 'object' || node === null) return;
  const record = node as Record<string, unknown>;
  const allOf = record.allOf as { $ref?: string }[] | undefined;
  const ref = typeof record.$ref === 'string' ? record.$ref : allOf?.length === 1 ? allOf[0].$ref : undefined;
  if (ref !== undefined && record.nullable === true) {
    record.anyOf = [{ $ref: ref }, { type: 'object', nullable: true, enum: [null] }];
    for (const key of ['$ref', 'allOf', 'nullable', 'type']) delete record[key];
  }
  Object.values(record).forEach(nullableRefs);
}

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setTitle('ropa')
    .setDescription(DESCRIPTION)
    .setVersion('0.1.0')
    .setLicense('MIT', 'https://opensource.org/licenses/MIT')
    .addServer('/')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'An API key, e.g. ropa_Xk3v…' });
  for (const [name, description] of TAGS) builder.addTag(name, description);
  const config = builder.build();
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
      availableLanguages: {
        type: 'array',
        description: '406: the languages the policy is published in',
        items: { type: 'string', example: 'pl' },
      },
      errors: {
        type: 'array',
        description: 'Field errors `{path, message}`, referrers `{type, id, name}` or compliance findings',
        items: { type: 'object', additionalProperties: true },
      },
    },
  };
  nullableRefs(document);
  // Keys are required everywhere but on the routes marked public, which say so explicitly.
  document.security = [{ bearer: [] }];
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item) as { security?: unknown[] }[]) {
      if (operation && typeof operation === 'object' && !operation.security) operation.security = [];
    }
  }
  declareSharedAnswers(document);
  // In the order the code declares: paths in the order of the work, body members in the order a DPO fills them in.
  return JSON.parse(JSON.stringify(orderSchemaMembers(document))) as OpenAPIObject;
}

/**
 * A Swagger UI plugin, serialised into the page (so it may use nothing from this module): Try it out leaves
 * every parameter field empty instead of filling in its example, because a filled-in `asOf`, filter or
 * If-Match silently changes what a DPO or auditor gets. Defaults (what the server applies anyway) still show.
 */
export function noParameterExamples(): unknown[] {
  interface Param {
    delete(key: string): Param;
    deleteIn(path: string[]): Param;
  }
  const strip = (param: Param | undefined): Param | undefined =>
    param && typeof param.delete === 'function' ? param.delete('example').delete('examples').deleteIn(['schema', 'example']) : param;
  const bundle = (globalThis as unknown as { SwaggerUIBundle?: { plugins: { DownloadUrl: unknown } } }).SwaggerUIBundle;
  return [
    // Nest's page lists DownloadUrl as its only plugin; giving plugins replaces that list, so it is named again.
    ...(bundle ? [bundle.plugins.DownloadUrl] : []),
    {
      statePlugins: {
        spec: {
          wrapSelectors: {
            parameterWithMetaByIdentity:
              (original: (...args: unknown[]) => Param | undefined) =>
              (_state: unknown, ...args: unknown[]) =>
                strip(original(...args)),
          },
        },
      },
    },
  ];
}

export function setupSwagger(app: INestApplication): void {
  // Built on the first request to /docs, not at start: scanning every route costs start-up time a restart need not pay.
  let document: OpenAPIObject | null = null;
  SwaggerModule.setup('docs', app, () => (document ??= buildOpenApiDocument(app)), {
    jsonDocumentUrl: 'docs-json',
    customSiteTitle: 'ropa API',
    swaggerOptions: {
      persistAuthorization: true,
      displayOperationId: true,
      // No tagsSorter: the tags show in the document's order, the order of a DPO's work (TAGS above).
      plugins: [noParameterExamples],
    },
  });
}
