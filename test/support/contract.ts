import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/**
 * The committed OpenAPI document as a response validator: the e2e harness runs every response it
 * receives through `checkResponse`, so a route, status, header or field that drifts from
 * openapi/openapi.json fails the test that hit it, with the operation, status and schema path named.
 */

type Json = Record<string, unknown>;

interface Operation {
  method: string;
  template: string;
  pattern: RegExp;
  literalSegments: number;
  operationId: string;
  responses: Record<string, Json>;
}

/** Response headers whose presence the document must declare (lower case); the rate-limit family by prefix. */
const CHECKED_HEADERS = ['etag', 'location', 'last-modified', 'x-content-hash', 'retry-after'];
const CHECKED_HEADER_PREFIXES = ['x-ratelimit-'];
/** Served by Swagger UI, outside the document it serves. */
const UNDOCUMENTED_PREFIXES = ['/docs'];

/** OpenAPI 3.0 schema → JSON Schema: `nullable` becomes a null type, the 3.0-only keywords go. */
function toJsonSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toJsonSchema);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Json = {};
  for (const [key, value] of Object.entries(schema as Json)) {
    if (key === 'example' || key === 'nullable' || key === 'xml' || key === 'externalDocs' || key === 'discriminator') continue;
    if (key === 'properties' && value && typeof value === 'object') {
      out[key] = Object.fromEntries(Object.entries(value as Json).map(([name, member]) => [name, toJsonSchema(member)]));
    } else out[key] = toJsonSchema(value);
  }
  const source = schema as Json;
  if (source.nullable === true && typeof source.type === 'string') out.type = [source.type, 'null'];
  return out;
}

export class Contract {
  private readonly operations: Operation[];
  private readonly ajv: Ajv;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(readonly document: Json) {
    this.ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
    addFormats(this.ajv);
    const components = (document.components as Json | undefined)?.schemas as Json | undefined;
    for (const [name, schema] of Object.entries(components ?? {})) {
      this.ajv.addSchema(toJsonSchema(schema) as Json, `#/components/schemas/${name}`);
    }
    this.operations = Object.entries(document.paths as Record<string, Record<string, Json>>).flatMap(([template, item]) =>
      Object.entries(item)
        .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete', 'options', 'head'].includes(method))
        .map(([method, op]) => ({
          method: method.toUpperCase(),
          template,
          pattern: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`),
          literalSegments: template.split('/').filter((s) => s && !s.startsWith('{')).length,
          operationId: String(op.operationId),
          responses: op.responses as Record<string, Json>,
        })),
    );
    // A literal segment wins over a parameter (`/audit-events/verify` before `/audit-events/{id}`).
    this.operations.sort((a, b) => b.literalSegments - a.literalSegments);
  }

  static fromFile(file = join(process.cwd(), 'openapi', 'openapi.json')): Contract {
    return new Contract(JSON.parse(readFileSync(file, 'utf8')) as Json);
  }

  /** The operation a request reaches, or null for a path the document does not describe. */
  operationFor(method: string, url: string): Operation | null {
    let path = url.split('?')[0];
    try {
      path = decodeURI(path);
    } catch {
      // a malformed escape reaches no operation template differently than its raw form
    }
    const upper = method.toUpperCase();
    const candidates = this.operations.filter((op) => op.pattern.test(path) || op.pattern.test(url.split('?')[0]));
    return candidates.find((op) => op.method === (upper === 'HEAD' ? 'GET' : upper)) ?? null;
  }

  /** Every way a response departs from the document; empty when it conforms. */
  violations(method: string, url: string, res: { status: number; headers: Record<string, unknown>; text?: string }): string[] {
    const path = url.split('?')[0];
    if (UNDOCUMENTED_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}-`)))
      return [];
    const op = this.operationFor(method, url);
    const upper = method.toUpperCase();
    if (!op) {
      // An unknown path or method may only be told so, as a problem.
      const known = this.operations.some((o) => o.pattern.test(path));
      if ((res.status === 404 || (known && res.status === 405) || (upper === 'OPTIONS' && res.status === 204)) && !res.text) return [];
      // A path the router cannot place (an empty segment, say) may also be refused as malformed.
      if (res.status === 400 || res.status === 404 || res.status === 405) return this.problemShape(`${upper} ${path}`, res);
      return [`${upper} ${path}: no operation in openapi.json, answered ${res.status}`];
    }
    const where = `${op.operationId} (${op.method} ${op.template}) → ${res.status}`;
    const response = op.responses[String(res.status)] ?? op.responses[`${String(res.status)[0]}XX`] ?? op.responses.default;
    if (!response) return [`${where}: status ${res.status} is not declared (declared: ${Object.keys(op.responses).join(', ')})`];
    const out: string[] = [];
    const declaredHeaders = Object.keys((response.headers as Json | undefined) ?? {}).map((h) => h.toLowerCase());
    for (const header of Object.keys(res.headers).map((h) => h.toLowerCase())) {
      const checked = CHECKED_HEADERS.includes(header) || CHECKED_HEADER_PREFIXES.some((prefix) => header.startsWith(prefix));
      if (checked && !declaredHeaders.includes(header)) out.push(`${where}: header ${header} is sent but not declared`);
    }
    for (const [name, header] of Object.entries((response.headers as Record<string, Json> | undefined) ?? {})) {
      if (header.required === true && res.headers[name.toLowerCase()] === undefined)
        out.push(`${where}: required header ${name} is missing`);
    }
    const content = response.content as Record<string, Json> | undefined;
    const contentType = String(res.headers['content-type'] ?? '')
      .split(';')[0]
      .trim()
      .toLowerCase();
    const hasBody = upper !== 'HEAD' && res.status !== 204 && res.status !== 304 && (res.text ?? '').length > 0;
    if (!hasBody) return out;
    if (!content || Object.keys(content).length === 0)
      return [...out, `${where}: a ${contentType} body is sent but no content is declared`];
    const media = content[contentType] ?? content[`${contentType.split('/')[0]}/*`] ?? content['*/*'];
    if (!media) return [...out, `${where}: media type ${contentType} is not declared (declared: ${Object.keys(content).join(', ')})`];
    if (!/[/+]json$/.test(contentType) || !media.schema) return out;
    let body: unknown;
    try {
      body = JSON.parse(res.text ?? '');
    } catch {
      return [...out, `${where}: the ${contentType} body is not JSON`];
    }
    const validate = this.validator(`${op.operationId} ${res.status} ${contentType}`, media.schema);
    if (!validate(body)) out.push(...(validate.errors ?? []).map((e) => `${where} ${contentType}: ${describe(e, body)}`));
    return out;
  }

  private problemShape(where: string, res: { headers: Record<string, unknown>; text?: string }): string[] {
    const problem = { $ref: '#/components/schemas/Problem' };
    if (!String(res.headers['content-type'] ?? '').startsWith('application/problem+json'))
      return [`${where}: the error is not problem+json`];
    const validate = this.validator('Problem', problem);
    return validate(JSON.parse(res.text ?? 'null')) ? [] : (validate.errors ?? []).map((e) => `${where}: ${describe(e, null)}`);
  }

  private validator(key: string, schema: unknown): ValidateFunction {
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(toJsonSchema(schema) as Json);
      this.compiled.set(key, validate);
    }
    return validate;
  }
}

function describe(error: ErrorObject, body: unknown): string {
  const at = error.instancePath || '/';
  let value: unknown = body;
  for (const part of error.instancePath.split('/').slice(1))
    value = (value as Json | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  const shown = JSON.stringify(value);
  return `body${at} ${error.message ?? 'is invalid'} (schema ${error.schemaPath}${shown !== undefined ? `; value ${shown.slice(0, 80)}` : ''})`;
}

let shared: Contract | undefined;
/** The committed document, read once per test file. */
export const contract = (): Contract => (shared ??= Contract.fromFile());

/** Throws one error listing every departure of this response from the document. */
export function assertConforms(
  method: string,
  url: string,
  res: { status: number; headers: Record<string, unknown>; text?: string },
): void {
  const found = contract().violations(method, url, res);
  if (found.length > 0) throw new Error(`Response departs from openapi/openapi.json:\n  ${found.join('\n  ')}`);
}
