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

/** Ids that are not uuids, or are uuids of nothing, and enum values that are not in the enum. */
const badIds = fc.oneof(fc.constant('not-a-uuid'), fc.constant('00000000-0000-4000-8000-00000000dead'), fc.constant(['not-a-uuid']));
const badEnums = fc.constantFrom('art6_1_z', 'PROCESSOR', 'cookie ', '', 'xx');

/** Anything at all, valid or not, for the other fields of the body. */
const anything = fc.oneof(junk, badIds, badEnums, fc.string({ maxLength: 20 }), fc.constant([]));

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
  const TABLES = [
    'audit_event',
    'service',
    'data_category',
    'data_subject_category',
    'recipient',
    'transfer',
    'retention_rule',
    'security_measure',
    'tracker',
    'processing_activity',
    'policy',
  ];
  /** Rows per table, the audit trail included. */
  const counts = async (): Promise<Record<string, number>> => {
    const rows: { t: string; n: string }[] = await t.dataSource.query(
      TABLES.map((table) => `SELECT '${table}' AS t, count(*)::text AS n FROM ${table}`).join(' UNION ALL '),
    );
    return Object.fromEntries(rows.map((r) => [r.t, Number(r.n)]));
  };

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  /** A valid POST body of each resource; transfers get a real recipient. */
  const validBody = async (path: string, factories: Factories): Promise<Record<string, unknown>> =>
    ({
      services: { name: 'Fuzz', slug: `fuzz-${Date.now()}-${Math.random().toString(36).slice(2, 6)}` },
      'data-categories': { name: 'Fuzz', collection: 'provided' },
      'data-subject-categories': { name: 'Fuzz' },
      recipients: { name: 'Fuzz', type: 'processor', country: 'DE' },
      transfers: { recipientId: (await factories.recipient()).id, country: 'US', mechanism: 'scc', sccModule: 2 },
      'retention-rules': { name: 'Fuzz', trigger: 'other', criteria: 'x' },
      'security-measures': { name: 'Fuzz', kind: 'technical', description: 'x' },
      trackers: { name: 'Fuzz', kind: 'cookie', category: 'functional', provider: 'x', party: 'first', purpose: 'x' },
      'processing-activities': { name: 'Fuzz', purpose: 'x', role: 'controller', status: 'draft', legalBasis: 'art6_1_b' },
      policies: { title: 'Fuzz target', language: 'en' },
    })[path] as Record<string, unknown>;

  const send = (path: string, id: string, body: object, patch: boolean) =>
    patch
      ? t.http
          .patch(`/api/v1/${path}/${id}`)
          .set(...bearer(t.keys.dpo))
          .send(body)
      : t.http
          .post(`/api/v1/${path}`)
          .set(...bearer(t.keys.dpo))
          .send(body);

  it.each(Object.entries(FIELDS))(
    'POST and PATCH /%s with a bad required field answer 4xx problem+json and change nothing',
    async (path, fields) => {
      const factories = new Factories(t.http, t.keys.dpo);
      const existing = await factories.post(path, await validBody(path, factories));
      const before = await counts();
      await fc.assert(
        fc.asyncProperty(badBody(fields), fc.boolean(), async (body, patch) => {
          const res = await send(path, existing.id, body, patch);
          expect(res.status).toBeGreaterThanOrEqual(400);
          expect(res.status).toBeLessThan(500);
          expect(res.headers['content-type']).toContain('application/problem+json');
        }),
        { numRuns: 25, seed: 2016_679 },
      );
      expect(await counts()).toEqual(before);
      const unchanged = await t.http.get(`/api/v1/${path}/${existing.id}`).set(...bearer(t.keys.dpo));
      expect(unchanged.body.version).toBe(1);
    },
  );

  it.each(Object.entries(FIELDS).filter(([, [, optional]]) => optional.length > 0))(
    'POST and PATCH /%s with anything in an optional field never answer 5xx, and write only what they accept',
    async (path, [, optional]) => {
      const factories = new Factories(t.http, t.keys.dpo);
      const base = await validBody(path, factories);
      const existing = await factories.post(path, base);
      const before = await counts();
      const table = TABLE_OF[path];
      let created = 0;
      let updated = 0;
      const failures: string[] = [];
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...optional), fc.oneof(anything, fc.constant(null)), fc.boolean(), async (field, value, patch) => {
          const body = patch ? { [field]: value } : { ...base, slug: `fuzz-${created}-${Date.now()}`, [field]: value };
          if (path !== 'services') delete (body as { slug?: string }).slug;
          const res = await send(path, existing.id, body, patch);
          if (res.status >= 500) failures.push(`${patch ? 'PATCH' : 'POST'} ${JSON.stringify(body).slice(0, 120)} → ${res.status}`);
          else if (res.status >= 400) expect(res.headers['content-type']).toContain('application/problem+json');
          else if (patch) updated += 1;
          else created += 1;
        }),
        { numRuns: 25, seed: 2016_679 },
      );
      expect(failures).toEqual([]);
      const after = await counts();
      expect(after[table]).toBe(before[table] + created);
      expect(after.audit_event).toBe(before.audit_event + created + updated);
    },
  );
});

const TABLE_OF: Record<string, string> = {
  services: 'service',
  'data-categories': 'data_category',
  'data-subject-categories': 'data_subject_category',
  recipients: 'recipient',
  transfers: 'transfer',
  'retention-rules': 'retention_rule',
  'security-measures': 'security_measure',
  trackers: 'tracker',
  'processing-activities': 'processing_activity',
  policies: 'policy',
};
