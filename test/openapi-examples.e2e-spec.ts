import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { bearer, startTestApp, type TestApp } from './support/app';

interface Operation {
  operationId: string;
  requestBody?: { content: Record<string, { schema: object; examples?: Record<string, { value: unknown }> }> };
}
const document = JSON.parse(readFileSync(join(process.cwd(), 'openapi/openapi.json'), 'utf8')) as {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, object> };
};

/** Every request example of the committed document: method, path, the schema it claims, and its value. */
const examples = Object.entries(document.paths).flatMap(([path, item]) =>
  Object.entries(item).flatMap(([method, operation]) => {
    const content = operation.requestBody?.content['application/json'];
    return Object.entries(content?.examples ?? {}).map(([name, example]) => ({
      method: method.toUpperCase(),
      path,
      name,
      schema: content?.schema ?? {},
      value: example.value,
    }));
  }),
);

/** The strings Swagger UI would show a DPO verbatim: its placeholder, and a value nobody would mean. */
function placeholders(value: unknown, path = ''): string[] {
  if (value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => placeholders(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => placeholders(v, `${path}.${k}`));
  return [];
}

describe('the request examples of openapi/openapi.json', () => {
  it('exist for the writes a DPO starts with', () => {
    const named = examples.map((e) => `${e.method} ${e.path}`);
    expect(named).toEqual(
      expect.arrayContaining([
        'PUT /api/v1/controller',
        'POST /api/v1/processing-activities',
        'PATCH /api/v1/processing-activities/{id}',
        'POST /api/v1/policies',
        'PATCH /api/v1/policies/{id}',
      ]),
    );
  });

  it.each(examples.map((e) => [`${e.method} ${e.path} (${e.name})`, e] as const))(
    '%s conforms to its own schema and holds no placeholder',
    (_name, example) => {
      const ajv = new Ajv({ strict: false, allErrors: true });
      addFormats(ajv);
      ajv.addSchema({ components: document.components }, 'doc');
      const schema = JSON.parse(JSON.stringify(example.schema).replaceAll('"#/components/', '"doc#/components/')) as object;
      const valid = ajv.validate(schema, example.value);
      expect(ajv.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
      expect(placeholders(example.value)).toEqual([]);
    },
  );
});

describe('the request examples, sent unchanged to an app that loaded the example registry at first start', () => {
  let t: TestApp;
  const dpo = () => bearer(t.keys.dpo);
  const value = (method: string, path: string): object => {
    const found = examples.find((e) => e.method === method && e.path === path);
    if (!found) throw new Error(`no example for ${method} ${path}`);
    return found.value as object;
  };

  beforeAll(async () => {
    t = await startTestApp({ ROPA_LOAD_EXAMPLE: 'true' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('PUT /controller: the example is the profile as loaded, so sending it changes no field', async () => {
    const before = await t.http.get('/api/v1/controller').set(...dpo());
    const put = await t.http
      .put('/api/v1/controller')
      .set(...dpo())
      .send(value('PUT', '/api/v1/controller'));
    expect(put.status).toBe(200);
    const { version: _v1, updatedAt: _u1, ...was } = before.body as Record<string, unknown>;
    const { version: _v2, updatedAt: _u2, ...is } = put.body as Record<string, unknown>;
    expect(is).toEqual(was);
  });

  it('POST and PATCH /processing-activities: 201, no compliance finding about it, then 200 without If-Match', async () => {
    const created = await t.http
      .post('/api/v1/processing-activities')
      .set(...dpo())
      .send(value('POST', '/api/v1/processing-activities'));
    expect(created.status).toBe(201);
    const findings = await t.http.get('/api/v1/compliance/findings').set(...dpo());
    expect(findings.status).toBe(200);
    const items = (findings.body as { items: { entityId: string }[] }).items;
    expect(items.filter((f) => f.entityId === created.body.id)).toEqual([]);
    const patched = await t.http
      .patch(`/api/v1/processing-activities/${created.body.id}`)
      .set(...dpo())
      .send(value('PATCH', '/api/v1/processing-activities/{id}'));
    expect(patched.status).toBe(200);
  });

  /** The members of two reads of one item that differ, but for what every write moves (version, updatedAt). */
  const changedMembers = (before: Record<string, unknown>, after: Record<string, unknown>): string[] =>
    [...new Set([...Object.keys(before), ...Object.keys(after)])]
      .filter((key) => key !== 'version' && key !== 'updatedAt')
      .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
      .sort();

  /** The translations of the fields a PATCH did not name, per language: a PATCH must leave them alone. */
  const otherTranslations = (item: Record<string, unknown>, named: string[]): Record<string, Record<string, unknown>> =>
    Object.fromEntries(
      Object.entries((item.translations ?? {}) as Record<string, Record<string, unknown>>).map(([language, texts]) => [
        language,
        Object.fromEntries(Object.entries(texts).filter(([path]) => !named.some((n) => path === n || path.startsWith(`${n}.`)))),
      ]),
    );

  it.each([
    'services',
    'data-subject-categories',
    'data-categories',
    'recipients',
    'transfers',
    'retention-rules',
    'security-measures',
    'trackers',
    'processing-activities',
    'policies',
    'webhooks',
  ])('POST /%s runs as offered, and its PATCH example changes nothing but the fields it names', async (resource) => {
    const created = await t.http
      .post(`/api/v1/${resource}`)
      .set(...dpo())
      .send(value('POST', `/api/v1/${resource}`));
    expect(created.status).toBe(201);
    const id = (created.body as { id: string }).id;
    const findings = await t.http.get('/api/v1/compliance/findings').set(...dpo());
    const about = (findings.body as { items: { entityId: string; rule: string }[] }).items.filter((f) => f.entityId === id);
    expect(about.map((f) => f.rule)).toEqual([]);

    const before = await t.http.get(`/api/v1/${resource}/${id}`).set(...dpo());
    expect(before.status).toBe(200);
    const patch = value('PATCH', `/api/v1/${resource}/{id}`) as Record<string, unknown>;
    const patched = await t.http
      .patch(`/api/v1/${resource}/${id}`)
      .set(...dpo())
      .send(patch);
    expect(patched.status).toBe(200);
    const after = await t.http.get(`/api/v1/${resource}/${id}`).set(...dpo());
    const was = before.body as Record<string, unknown>;
    const is = after.body as Record<string, unknown>;

    const named = Object.keys(patch);
    // Translations change with the texts they translate, unless the PATCH sends its own (then it names them).
    expect(changedMembers(was, is).filter((key) => key !== 'translations' || named.includes('translations'))).toEqual([...named].sort());
    for (const key of named) expect(is[key]).toEqual(patch[key]);
    expect(otherTranslations(is, named)).toEqual(otherTranslations(was, named));
  });

  it('POST /api-keys and rotate-secret run as offered; the import, offered for an empty registry, is refused here and changes nothing', async () => {
    const key = await t.http
      .post('/api/v1/api-keys')
      .set(...dpo())
      .send(value('POST', '/api/v1/api-keys'));
    expect(key.status).toBe(201);
    expect(key.body).toMatchObject({ role: 'auditor' });

    const webhook = await t.http
      .post('/api/v1/webhooks')
      .set(...dpo())
      .send(value('POST', '/api/v1/webhooks'));
    const rotated = await t.http
      .post(`/api/v1/webhooks/${(webhook.body as { id: string }).id}/rotate-secret`)
      .set(...dpo())
      .send(value('POST', '/api/v1/webhooks/{id}/rotate-secret'));
    expect(rotated.status).toBe(200);

    // The audit chain's last hash moves with every write: unchanged, nothing was written.
    const head = async () => ((await t.http.get('/api/v1/audit-events/verify').set(...dpo())).body as { lastHash: string }).lastHash;
    const was = await head();
    const imported = await t.http
      .post('/api/v1/imports/ropa')
      .set(...dpo())
      .send(value('POST', '/api/v1/imports/ropa'));
    expect(imported.status).toBe(409);
    expect(await head()).toEqual(was);
  });

  it('POST /policies/{id}/versions: the offered body publishes a first version, in effect at once', async () => {
    const created = await t.http
      .post('/api/v1/policies')
      .set(...dpo())
      .send(value('POST', '/api/v1/policies'));
    const offered = value('POST', '/api/v1/policies/{id}/versions');
    expect(offered).not.toHaveProperty('effectiveFrom');
    const published = await t.http
      .post(`/api/v1/policies/${(created.body as { id: string }).id}/versions`)
      .set(...dpo())
      .send(offered);
    expect(published.status).toBe(201);
    const effectiveFrom = Date.parse((published.body as { effectiveFrom: string }).effectiveFrom);
    expect(Math.abs(effectiveFrom - Date.now())).toBeLessThan(60_000);
  });

  it('POST and PATCH /policies: 201 and 200, and the new policy can be published', async () => {
    const created = await t.http
      .post('/api/v1/policies')
      .set(...dpo())
      .send(value('POST', '/api/v1/policies'));
    expect(created.status).toBe(201);
    const patched = await t.http
      .patch(`/api/v1/policies/${created.body.id}`)
      .set(...dpo())
      .send(value('PATCH', '/api/v1/policies/{id}'));
    expect(patched.status).toBe(200);
    const published = await t.http
      .post(`/api/v1/policies/${created.body.id}/versions`)
      .set(...dpo())
      .send({ effectiveFrom: new Date(Date.now() - 60_000).toISOString(), changeSummary: 'First version', material: false });
    expect(published.status).toBe(201);
  });
});
