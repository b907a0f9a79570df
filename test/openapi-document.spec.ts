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
}
const document = JSON.parse(readFileSync(join(process.cwd(), 'openapi/openapi.json'), 'utf8')) as {
  paths: Record<string, Record<string, Operation>>;
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
