import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';

interface Parameter {
  name: string;
  in: string;
  example?: unknown;
  examples?: unknown;
  schema?: { example?: unknown; default?: unknown };
}
interface Operation {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { example?: unknown; examples?: Record<string, { value: unknown }> }> };
  responses: Record<string, { content?: Record<string, { example?: { type?: string; title?: string; status?: number } }> }>;
}
const document = JSON.parse(readFileSync(join(process.cwd(), 'openapi/openapi.json'), 'utf8')) as {
  paths: Record<string, Record<string, Operation>>;
  tags: { name: string }[];
  components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
};

const operations = Object.entries(document.paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, operation]) => ({ method: method.toUpperCase(), path, operation })),
);
const parameters = operations.flatMap(({ method, path, operation }) =>
  (operation.parameters ?? []).map((parameter) => ({ at: `${method} ${path} ${parameter.in}:${parameter.name}`, parameter })),
);

/** The committed document, read as Swagger UI reads it: what would it put into a field before the DPO types anything? */
describe('openapi/openapi.json: nothing pre-filled that changes the meaning', () => {
  it('gives no parameter an example (Swagger UI would fill it in: a filter, a sort, asOf, If-Match)', () => {
    const withExample = parameters
      .filter(({ parameter: p }) => p.example !== undefined || p.examples !== undefined || p.schema?.example !== undefined)
      .map(({ at }) => at);
    expect(withExample).toEqual([]);
  });

  it('gives If-Match and asOf no default either, and documents both where they belong', () => {
    const meaningful = parameters.filter(({ parameter: p }) => p.name === 'If-Match' || p.name === 'asOf');
    expect(meaningful.filter(({ parameter: p }) => p.schema?.default !== undefined).map(({ at }) => at)).toEqual([]);
    expect(meaningful.map(({ at }) => at)).toEqual(
      expect.arrayContaining(['PATCH /api/v1/data-categories/{id} header:If-Match', 'GET /api/v1/exports/ropa query:asOf']),
    );
    expect(meaningful.every(({ parameter: p }) => (p as { required?: boolean }).required !== true)).toBe(true);
  });
});

/** Booleans a DPO must not set by accident: each brings a legal consequence (Art. 9, 10, 13(1)(f), 44-49…). */
const WEIGHTY = [
  'special',
  'criminal',
  'usesServices',
  'material',
  'dpfCertified',
  'copyAvailable',
  'active',
  'profiling',
  'directMarketing',
];

function trueFlags(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => trueFlags(v, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => [
    ...(WEIGHTY.includes(key) && v === true ? [`${path}.${key}`] : []),
    ...trueFlags(v, `${path}.${key}`),
  ]);
}

describe('openapi/openapi.json: every offered body is a hand-written example', () => {
  const bodies = operations
    .filter(({ operation }) => operation.requestBody)
    .flatMap(({ method, path, operation }) =>
      Object.entries(operation.requestBody?.content ?? {}).map(([type, content]) => ({
        at: `${method} ${path} ${type}`,
        method,
        values: [...(content.example === undefined ? [] : [content.example]), ...Object.values(content.examples ?? {}).map((e) => e.value)],
      })),
    );

  it('gives every request body an example, so Swagger UI never offers its schema sample', () => {
    expect(bodies.length).toBeGreaterThan(20);
    expect(bodies.filter((b) => b.values.length === 0).map((b) => b.at)).toEqual([]);
  });

  it('keeps every PATCH example minimal: at most three members', () => {
    const patches = bodies.filter((b) => b.method === 'PATCH');
    expect(patches.length).toBeGreaterThanOrEqual(11);
    const large = patches.flatMap((b) => b.values.filter((v) => Object.keys(v as object).length > 3).map(() => b.at));
    expect(large).toEqual([]);
  });

  it('sets no boolean with legal weight to true (special, criminal, material, dpfCertified, copyAvailable, active…) unless the example is about it', () => {
    // An SCC transfer must let people obtain a copy of the clauses (Art. 13(1)(f)): the transfer example is about that.
    const about = ['POST /api/v1/transfers application/json .copyAvailable'];
    const set = bodies.flatMap((b) => b.values.flatMap((v) => trueFlags(v).map((flag) => `${b.at} ${flag}`)));
    expect(set).toEqual(about);
  });
});

describe("openapi/openapi.json: in the order of a DPO's work, errors as they are", () => {
  it('lists the tags in the order of the work, which Swagger UI follows', () => {
    expect(document.tags.map((t) => t.name)).toEqual([
      'controller',
      'services',
      'data-subject-categories',
      'data-categories',
      'recipients',
      'transfers',
      'retention-rules',
      'security-measures',
      'processing-activities',
      'trackers',
      'policies',
      'public',
      'compliance',
      'exports',
      'imports',
      'audit-events',
      'api-keys',
      'webhooks',
      'health',
    ]);
  });

  it('gives every problem answer an example with its own status, title and type', () => {
    const answers = operations.flatMap(({ method, path, operation }) =>
      Object.entries(operation.responses)
        .filter(([, response]) => response.content?.['application/problem+json'])
        .map(([status, response]) => ({
          at: `${method} ${path} ${status}`,
          status,
          example: response.content?.['application/problem+json'].example,
        })),
    );
    expect(answers.length).toBeGreaterThan(300);
    const wrong = answers.filter(({ status, example }) => {
      const expected = status === '4XX' ? 400 : Number(status);
      return example?.status !== expected || example.type !== `https://ropa.dev/problems/${expected}` || !example.title;
    });
    expect(wrong.map(({ at, example }) => `${at}: ${JSON.stringify(example)}`)).toEqual([]);
    expect(new Set(answers.map(({ example }) => example?.title)).size).toBeGreaterThan(8);
  });

  it('lists body members in the order a DPO fills them in: what it is first, links and bases next, translations last', () => {
    const members = (schema: string) => Object.keys(document.components.schemas[schema].properties ?? {});
    const bodies = Object.keys(document.components.schemas).filter((name) => /^(Create|Put)\w+Dto$/.test(name));
    expect(bodies.length).toBeGreaterThan(10);
    for (const body of bodies) {
      const keys = members(body);
      const named = ['name', 'title', 'legalName'].find((k) => keys.includes(k));
      if (named) expect({ body, first: keys[0] }).toEqual({ body, first: named });
      if (keys.includes('translations')) expect({ body, last: keys.at(-1) }).toEqual({ body, last: 'translations' });
    }
    const activity = members('CreateProcessingActivityDto');
    // The name, then the key links may use instead of the id (made from the name when left out), then what it is.
    expect(activity.slice(0, 4)).toEqual(['name', 'ref', 'role', 'status']);
    expect(activity.indexOf('purpose')).toBeLessThan(activity.indexOf('legalBasis'));
    expect(activity.indexOf('dataCategoryIds')).toBeLessThan(activity.indexOf('recipientIds'));
    expect(members('ProcessingActivityResponse').slice(-3)).toEqual(['version', 'createdAt', 'updatedAt']);
  });
});

describe('openapi/openapi.json: what a strict validator in front of ropa needs', () => {
  const nullableEnumsWithoutNull = (value: unknown, path: string): string[] => {
    if (Array.isArray(value)) return value.flatMap((v, i) => nullableEnumsWithoutNull(v, `${path}/${i}`));
    if (!value || typeof value !== 'object') return [];
    const schema = value as { nullable?: boolean; enum?: unknown[] };
    const own = schema.nullable === true && Array.isArray(schema.enum) && !schema.enum.includes(null) ? [path] : [];
    return [...own, ...Object.entries(value).flatMap(([key, v]) => nullableEnumsWithoutNull(v, `${path}/${key}`))];
  };

  it('lists null among the values of every nullable enum (legalBasis of a processor, sccModule of a non-SCC transfer…)', () => {
    const whole = JSON.parse(readFileSync(join(process.cwd(), 'openapi/openapi.json'), 'utf8')) as unknown;
    expect(nullableEnumsWithoutNull(whole, '#')).toEqual([]);
    const activity = (whole as { components: { schemas: Record<string, { properties: Record<string, { enum?: unknown[] }> }> } }).components
      .schemas.ProcessingActivityResponse.properties;
    expect(activity.legalBasis.enum).toContain(null);
    expect(activity.specialCategoryCondition.enum).toContain(null);
  });

  it("declares what Node's HTTP parser and the body parser answer: 400, 408, 414 and 431 everywhere, 413 and 415 wherever a body may come", () => {
    const missing = operations.flatMap(({ method, path, operation }) => {
      const declared = Object.keys(operation.responses);
      const needed = ['408', '414', '431', ...(['GET', 'HEAD'].includes(method) ? [] : ['413', '415'])];
      if (!declared.includes('4XX')) needed.push('400');
      return needed.filter((status) => !declared.includes(status)).map((status) => `${method} ${path} ${status}`);
    });
    expect(missing).toEqual([]);
  });
});
