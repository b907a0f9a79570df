import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { bearer, startTestApp, type TestApp } from './support/app';
import { Factories } from './support/factories';

/** Values wrong for every required field: wrong types, null, a string longer than any limit, nested junk. */
const junk = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant('x'.repeat(5000)),
  fc.constant({ nested: { deep: [1, 2] } }),
  fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 5 })), { maxLength: 3 }),
);

/** Anything at all, valid or not, for the other fields of the body. */
const anything = fc.oneof(junk, fc.string({ maxLength: 20 }), fc.constant('art6_1_z'), fc.constant('not-a-uuid'), fc.constant([]));

/** [required fields, which get junk; optional fields, which get anything] */
const FIELDS: Record<string, [string[], string[]]> = {
  services: [
    ['name', 'slug'],
    ['url', 'description'],
  ],
  'data-categories': [
    ['name', 'collection'],
    ['examples', 'special', 'criminal', 'description'],
  ],
  'data-subject-categories': [['name'], ['description']],
  recipients: [
    ['name', 'type', 'country'],
    ['dpfCertified', 'privacyPolicyUrl', 'dpaReference'],
  ],
  transfers: [
    ['recipientId', 'country', 'mechanism'],
    ['sccModule', 'derogation', 'copyAvailable'],
  ],
  'retention-rules': [
    ['name', 'trigger', 'criteria'],
    ['period', 'legalReference'],
  ],
  'security-measures': [['name', 'kind', 'description'], []],
  trackers: [
    ['name', 'kind', 'category', 'provider', 'party', 'purpose'],
    ['serviceIds', 'processingActivityId', 'dataCategoryIds'],
  ],
  'processing-activities': [
    ['name', 'purpose', 'role', 'status', 'legalBasis'],
    ['dataCategoryIds', 'retentionByCategory', 'requirement', 'automatedDecision', 'notApplicable'],
  ],
  policies: [
    ['title', 'language'],
    ['options', 'serviceId', 'dataSubjectCategoryIds'],
  ],
};

/** A body where at least one required field is junk, with anything in others, sometimes an unknown field too. */
const badBody = ([required, optional]: [string[], string[]]) =>
  fc
    .record({
      field: fc.constantFrom(...required),
      value: junk,
      others: fc.dictionary(fc.constantFrom(...required, ...optional), anything, { maxKeys: 3 }),
      unknown: fc.option(fc.constantFrom('id', 'version', 'createdAt', 'hack', '__proto__x'), { nil: undefined }),
    })
    .map(({ field, value, others, unknown }) => ({ ...others, [field]: value, ...(unknown ? { [unknown]: 'x' } : {}) }));

describe('bad input never breaks the registry', () => {
  let t: TestApp;
  const counts = async (): Promise<string> => {
    const rows: { t: string; n: string }[] = await t.dataSource.query(
      `SELECT 'audit' AS t, count(*)::text AS n FROM audit_event UNION ALL SELECT 'activities', count(*)::text FROM processing_activity UNION ALL SELECT 'services', count(*)::text FROM service UNION ALL SELECT 'policies', count(*)::text FROM policy`,
    );
    return JSON.stringify(rows);
  };

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it.each(Object.entries(FIELDS))('POST and PATCH /%s answer 4xx problem+json and change nothing', async (path, fields) => {
    const factories = new Factories(t.http, t.keys.dpo);
    const existing =
      path === 'policies'
        ? await factories.post('policies', { title: 'Fuzz target', language: 'en' })
        : path === 'transfers'
          ? await factories.transfer((await factories.recipient()).id)
          : await factories.post(
              path,
              {
                services: { name: 'Fuzz', slug: `fuzz-${Date.now()}` },
                'data-categories': { name: 'Fuzz', collection: 'provided' },
                'data-subject-categories': { name: 'Fuzz' },
                recipients: { name: 'Fuzz', type: 'processor', country: 'DE' },
                'retention-rules': { name: 'Fuzz', trigger: 'other', criteria: 'x' },
                'security-measures': { name: 'Fuzz', kind: 'technical', description: 'x' },
                trackers: { name: 'Fuzz', kind: 'cookie', category: 'functional', provider: 'x', party: 'first', purpose: 'x' },
                'processing-activities': { name: 'Fuzz', purpose: 'x', role: 'controller', status: 'draft', legalBasis: 'art6_1_b' },
              }[path] as Record<string, unknown>,
            );
    const before = await counts();
    await fc.assert(
      fc.asyncProperty(badBody(fields), fc.boolean(), async (body, patch) => {
        const res = patch
          ? await t.http
              .patch(`/api/v1/${path}/${existing.id}`)
              .set(...bearer(t.keys.dpo))
              .send(body)
          : await t.http
              .post(`/api/v1/${path}`)
              .set(...bearer(t.keys.dpo))
              .send(body);
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
        expect(res.headers['content-type']).toContain('application/problem+json');
      }),
      { numRuns: 25, seed: 2016_679 },
    );
    expect(await counts()).toBe(before);
    const unchanged = await t.http.get(`/api/v1/${path}/${existing.id}`).set(...bearer(t.keys.dpo));
    expect(unchanged.body.version).toBe(1);
  });
});
