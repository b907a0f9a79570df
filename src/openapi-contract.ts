import type { OpenAPIObject } from '@nestjs/swagger';
import { problemContent } from './common/problem-examples';

/**
 * What every operation shares and no decorator says once: the rate-limit headers, and the problems
 * that the HTTP layer (body parser, rate limiter, database) can answer on any route. Applied to the
 * built document, so a route added tomorrow is declared the same way without anyone remembering to.
 */

type Json = Record<string, unknown>;

/** Routes that are never rate-limited and need no database (`live`) or no rate limit (`ready`). */
const UNLIMITED = new Set(['live', 'ready']);
const NO_DATABASE = new Set(['live']);

export const COMMON_HEADERS: Record<string, Json> = {
  'X-RateLimit-Limit': { description: 'Requests allowed in the current window', schema: { type: 'integer' } },
  'X-RateLimit-Remaining': { description: 'Requests left in the current window', schema: { type: 'integer' } },
  'X-RateLimit-Reset': { description: 'Seconds until the window resets', schema: { type: 'integer' } },
  'Retry-After': { description: 'Seconds to wait before retrying', schema: { type: 'integer' } },
};

const RATE_LIMIT_REFS = {
  'X-RateLimit-Limit': { $ref: '#/components/headers/X-RateLimit-Limit' },
  'X-RateLimit-Remaining': { $ref: '#/components/headers/X-RateLimit-Remaining' },
  'X-RateLimit-Reset': { $ref: '#/components/headers/X-RateLimit-Reset' },
};
const RETRY_AFTER = { 'Retry-After': { $ref: '#/components/headers/Retry-After' } };

const SHARED_PROBLEMS: Record<string, string> = {
  '400':
    "A malformed request: one Node's HTTP parser refuses (a bad request line, header or chunk), or a path that is not valid percent-encoded UTF-8",
  '408': 'The request was not received in time (its headers took longer than the server waits)',
  '413': 'The request body is larger than the documented limit, or nested deeper than it',
  '414':
    'The request line (path and query) is longer than the server reads (16 KB), or a path parameter longer than the router accepts (100 characters)',
  '415': 'A body is sent, but not as `application/json`',
  '431': 'The request headers are larger than the server reads (16 KB with the request line)',
  '503': 'The database is unavailable or busy (a long import holds the registry): retry after Retry-After seconds',
};

/** Methods whose requests may carry a body: Fastify reads it (413, 415) whether or not the operation wants one. */
const BODY_METHODS = new Set(['post', 'put', 'patch', 'delete', 'options']);

/**
 * In OpenAPI 3.0 `nullable` does not reach into `allOf`/`$ref` (the referenced object still refuses
 * null), so a nullable object reference is written as "the object, or null" for validators to accept `null`.
 * Nor does it reach into `enum` (OpenAPI 3.0.3 §4.7.25.1: a value outside the list is refused, null
 * included), so a nullable enum lists `null` among its values (`legalBasis: null` of a processor's activity).
 */
function nullableReferences(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(nullableReferences);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Json = Object.fromEntries(Object.entries(schema as Json).map(([key, value]) => [key, nullableReferences(value)]));
  if (out.nullable === true && Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...(out.enum as unknown[]), null];
  const refs = Array.isArray(out.allOf) ? (out.allOf as unknown[]) : typeof out.$ref === 'string' ? [{ $ref: out.$ref }] : null;
  if (out.nullable === true && (out.type === undefined || out.type === 'object') && refs) {
    delete out.nullable;
    delete out.type;
    delete out.allOf;
    delete out.$ref;
    out.anyOf = [...refs, { type: 'object', nullable: true, enum: [null] }];
  }
  return out;
}

export function declareSharedAnswers(document: OpenAPIObject): void {
  const components = (document.components ??= {}) as Json;
  components.headers = { ...((components.headers as Json | undefined) ?? {}), ...COMMON_HEADERS };
  if (components.schemas) components.schemas = nullableReferences(components.schemas) as Json;
  for (const item of Object.values(document.paths)) {
    for (const [method, operation] of Object.entries(item) as [string, Json][]) {
      if (!operation || typeof operation !== 'object' || !operation.responses) continue;
      const id = String(operation.operationId);
      // A parameter the server defaults may be left out: it is not required, whatever the DTO's `!` says.
      for (const parameter of (operation.parameters as Json[] | undefined) ?? []) {
        if ((parameter.schema as Json | undefined)?.default !== undefined) delete parameter.required;
      }
      const responses = operation.responses as Record<string, Json>;
      if (UNLIMITED.has(id)) {
        // Probes are never rate-limited; what remains is a request the HTTP layer refuses (a malformed URL).
        delete responses['429'];
        responses['4XX'] ??= { description: 'A request the HTTP layer refuses, such as a malformed URL', content: problemContent(400) };
      }
      // What Node's HTTP parser refuses before any route is chosen can happen on every operation.
      const shared = ['400', '408', '414', '431', ...(operation.requestBody || BODY_METHODS.has(method) ? ['413', '415'] : [])];
      for (const status of shared)
        if (!UNLIMITED.has(id) || status !== '400')
          responses[status] ??= { description: SHARED_PROBLEMS[status], content: problemContent(Number(status)) };
      if (!NO_DATABASE.has(id)) {
        responses['503'] ??= { description: SHARED_PROBLEMS['503'], content: problemContent(503) };
        responses['503'].headers = { ...((responses['503'].headers as Json | undefined) ?? {}), ...RETRY_AFTER };
      }
      for (const [status, response] of Object.entries(responses)) {
        if (!UNLIMITED.has(id)) response.headers = { ...((response.headers as Json | undefined) ?? {}), ...RATE_LIMIT_REFS };
        if (status === '429') response.headers = { ...(response.headers as Json), ...RETRY_AFTER };
        if (response.content) response.content = nullableReferences(response.content);
      }
    }
  }
}
