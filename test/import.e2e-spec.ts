import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { bearer, startTestApp, type TestApp } from './support/app';
import { controllerProfile } from './support/factories';

/** A small registry written by hand: every collection, refs between them, nested refs and the controller. */
const document = () => ({
  format: 'ropa-registry/1',
  controller: controllerProfile(),
  services: [{ ref: 'svc-shop', name: 'Shop', slug: 'shop' }],
  dataCategories: [
    { ref: 'cat-contact', name: 'Contact details', examples: ['e-mail address'], collection: 'provided' },
    { ref: 'cat-usage', name: 'Usage data', collection: 'observed' },
  ],
  dataSubjectCategories: [{ ref: 'ds-customers', name: 'Customers' }],
  recipients: [{ ref: 'rcp-cloud', name: 'Cloud Inc.', type: 'processor', country: 'US' }],
  transfers: [{ ref: 'tr-us', recipientId: 'rcp-cloud', country: 'US', mechanism: 'scc', sccModule: 2, copyAvailable: true }],
  retentionRules: [
    { ref: 'ret-contract', name: 'Contract', period: 'P3Y', trigger: 'end_of_contract', criteria: 'Three years after.' },
    { ref: 'ret-short', name: 'Short', period: 'P30D', trigger: 'collection', criteria: 'Thirty days.' },
  ],
  securityMeasures: [{ ref: 'sec-tls', name: 'TLS', kind: 'technical', description: 'Encryption in transit.' }],
  processingActivities: [
    {
      ref: 'act-orders',
      name: 'Orders',
      purpose: 'To deliver what you ordered.',
      role: 'controller',
      status: 'active',
      legalBasis: 'art6_1_b',
      serviceIds: ['svc-shop'],
      dataCategoryIds: ['cat-contact', 'cat-usage'],
      dataSubjectCategoryIds: ['ds-customers'],
      recipientIds: ['rcp-cloud'],
      retentionRuleId: 'ret-contract',
      retentionByCategory: [{ dataCategoryId: 'cat-usage', retentionRuleId: 'ret-short' }],
      securityMeasureIds: ['sec-tls'],
    },
  ],
  trackers: [
    {
      ref: 'trk-session',
      name: 'Session cookie',
      kind: 'cookie',
      category: 'strictly_necessary',
      provider: 'Shop',
      party: 'first',
      purpose: 'Keeps the basket.',
      serviceIds: ['svc-shop'],
      processingActivityId: 'act-orders',
    },
  ],
  collectionPoints: [
    {
      ref: 'order-form',
      name: 'Order form',
      serviceId: 'svc-shop',
      processingActivityIds: ['act-orders'],
      dataCategoryIds: ['cat-contact'],
    },
  ],
});

const COUNTS = {
  controller: 1,
  services: 1,
  dataCategories: 2,
  dataSubjectCategories: 1,
  recipients: 1,
  transfers: 1,
  retentionRules: 2,
  securityMeasures: 1,
  processingActivities: 1,
  trackers: 1,
  collectionPoints: 1,
};
const TABLES = [
  'controller_profile',
  'service',
  'data_category',
  'data_subject_category',
  'recipient',
  'transfer',
  'retention_rule',
  'security_measure',
  'processing_activity',
  'tracker',
  'collection_point',
  'audit_event',
];

describe('import of a whole registry document', () => {
  let t: TestApp;
  const importDoc = (doc: object, query = '') =>
    t.http
      .post(`/api/v1/imports/ropa${query}`)
      .set(...bearer(t.keys.dpo))
      .send(doc);
  const rows = async (): Promise<Record<string, number>> =>
    Object.fromEntries(
      (
        (await t.dataSource.query(TABLES.map((x) => `SELECT '${x}' AS t, count(*)::text AS n FROM ${x}`).join(' UNION ALL '))) as {
          t: string;
          n: string;
        }[]
      ).map((r) => [r.t, Number(r.n)]),
    );
  const empty = Object.fromEntries(TABLES.map((x) => [x, 0]));

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });
  // Each test starts from an empty registry; the append-only audit trail is reset with its trigger bypassed.
  beforeEach(async () => {
    await t.dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL session_replication_role = replica`);
      for (const table of ['policy_version', 'policy', ...[...TABLES].reverse()]) await manager.query(`DELETE FROM ${table}`);
    });
  });

  it('checks a document in a dry run, counting what it would create, and writes nothing', async () => {
    const res = await importDoc(document(), '?dryRun=true');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ dryRun: true, created: COUNTS, deleted: 0 });
    expect(await rows()).toEqual(empty);
  });

  it('imports every collection, turning refs (nested ones too) into the new ids, with one audit event per item', async () => {
    const res = await importDoc(document());
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ dryRun: false, created: COUNTS, deleted: 0 });
    const counts = await rows();
    expect(counts).toMatchObject({
      service: 1,
      data_category: 2,
      retention_rule: 2,
      processing_activity: 1,
      tracker: 1,
      controller_profile: 1,
    });
    expect(counts.audit_event).toBe(Object.values(COUNTS).reduce((a, b) => a + b, 0));

    const read = async (path: string) => (await t.http.get(`/api/v1/${path}?limit=200`).set(...bearer(t.keys.reader))).body.items;
    const byName = (items: { id: string; name: string }[], name: string) => items.find((i) => i.name === name)!.id;
    const categories = await read('data-categories');
    const rules = await read('retention-rules');
    const [activity] = await read('processing-activities');
    expect(activity).toMatchObject({
      serviceIds: [byName(await read('services'), 'Shop')],
      dataCategoryIds: [byName(categories, 'Contact details'), byName(categories, 'Usage data')],
      recipientIds: [byName(await read('recipients'), 'Cloud Inc.')],
      retentionRuleId: byName(rules, 'Contract'),
      retentionByCategory: [{ dataCategoryId: byName(categories, 'Usage data'), retentionRuleId: byName(rules, 'Short') }],
    });
    const [tracker] = await read('trackers');
    expect(tracker.processingActivity).toEqual({ id: activity.id, ref: 'act-orders', name: 'Orders' });
    // The document's refs are the refs the items are stored with.
    expect(activity.ref).toBe('act-orders');
    const [transfer] = await read('transfers');
    expect(transfer.recipient).toEqual({ id: byName(await read('recipients'), 'Cloud Inc.'), ref: 'rcp-cloud', name: 'Cloud Inc.' });
    const [point] = await read('collection-points');
    expect(point).toMatchObject({
      ref: 'order-form',
      serviceId: byName(await read('services'), 'Shop'),
      processingActivityIds: [activity.id],
      dataCategoryIds: [byName(categories, 'Contact details')],
    });
    const controller = await t.http.get('/api/v1/controller').set(...bearer(t.keys.reader));
    expect(controller.body.legalName).toBe('LiveChat Integrations');
  });

  it('writes a collection larger than one batch whole, in document order, and resolves refs into every batch', async () => {
    // 601 items: two full batches of 250 and a partial one, so every batch boundary of the write is crossed.
    const subjects = Array.from({ length: 601 }, (_, i) => ({ ref: `ds${i}`, name: `Subject ${i}` }));
    const activity = { ...document().processingActivities[0], dataSubjectCategoryIds: ['ds0', 'ds250', 'ds600'] };
    const doc = { ...document(), dataSubjectCategories: subjects, processingActivities: [activity], trackers: [], collectionPoints: [] };
    const res = await importDoc(doc);
    expect(res.status).toBe(200);
    expect(res.body.created.dataSubjectCategories).toBe(601);
    const audited = (await t.dataSource.query(
      `SELECT d.ref FROM audit_event e JOIN data_subject_category d ON d.id = e.entity_id
        WHERE e.entity_type = 'data_subject_category' ORDER BY e.seq`,
    )) as { ref: string }[];
    expect(audited.map((r) => r.ref)).toEqual(subjects.map((s) => s.ref));
    const idsOf = async (...refs: string[]): Promise<string[]> =>
      Promise.all(
        refs.map(
          async (ref) =>
            ((await t.dataSource.query(`SELECT id FROM data_subject_category WHERE ref = $1`, [ref])) as { id: string }[])[0].id,
        ),
      );
    const [stored] = (await t.http.get('/api/v1/processing-activities').set(...bearer(t.keys.reader))).body.items;
    expect(stored.dataSubjectCategoryIds).toEqual(await idsOf('ds0', 'ds250', 'ds600'));
  });

  it('refuses a non-empty registry with 409 unless replace=true, and replacing deletes (audited) before it creates', async () => {
    await importDoc(document()).expect(200);
    const before = await rows();
    const refused = await importDoc({ ...document(), services: [{ ref: 'svc-shop', name: 'Other', slug: 'other' }] });
    expect(refused.status).toBe(409);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body.detail).toContain('replace=true');
    expect(await rows()).toEqual(before);

    const replaced = await importDoc({ ...document(), services: [{ ref: 'svc-shop', name: 'Other', slug: 'other' }] }, '?replace=true');
    expect(replaced.status).toBe(200);
    expect(replaced.body.deleted).toBe(Object.values(COUNTS).reduce((a, b) => a + b, 0) - 1);
    const services = await t.http.get('/api/v1/services').set(...bearer(t.keys.reader));
    expect(services.body.items.map((s: { slug: string }) => s.slug)).toEqual(['other']);
    const deletes = await t.http.get('/api/v1/audit-events?entityType=service&limit=500').set(...bearer(t.keys.auditor));
    expect(deletes.body.items.map((e: { action: string }) => e.action)).toEqual(['create', 'delete', 'create']);
    const verify = await t.http.get('/api/v1/audit-events/verify').set(...bearer(t.keys.auditor));
    expect(verify.body.ok).toBe(true);
  });

  it('answers a bad field with 400 naming the item path, its ref and the field, and writes nothing of the document', async () => {
    const doc = document();
    (doc.services[0] as Record<string, unknown>).colour = 'blue';
    (doc.processingActivities[0] as Record<string, unknown>).legalBasis = 'art6_1_z';
    (doc.recipients[0] as Record<string, unknown>).country = 'USA';
    const res = await importDoc(doc);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        { path: 'services[0].colour', ref: 'svc-shop', message: 'property colour should not exist' },
        expect.objectContaining({ path: 'processingActivities[0].legalBasis', ref: 'act-orders' }),
        expect.objectContaining({ path: 'recipients[0].country', ref: 'rcp-cloud' }),
      ]),
    );
    expect(await rows()).toEqual(empty);
  });

  it('answers an unknown ref with 422 naming the path, the item ref and the missing ref, and writes nothing', async () => {
    const doc = document();
    doc.processingActivities[0].dataCategoryIds = ['cat-contact', 'cat-nowhere'];
    doc.processingActivities[0].retentionByCategory = [{ dataCategoryId: 'cat-contact', retentionRuleId: 'ret-nowhere' }];
    const res = await importDoc(doc);
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([
      {
        path: 'processingActivities[0].dataCategoryIds[1]',
        ref: 'act-orders',
        message: 'no data category with ref "cat-nowhere" in this document',
      },
      {
        path: 'processingActivities[0].retentionByCategory[0].retentionRuleId',
        ref: 'act-orders',
        message: 'no retention rule with ref "ret-nowhere" in this document',
      },
    ]);
    expect(await rows()).toEqual(empty);
  });

  it('applies the cross-field rules of each resource to imported items', async () => {
    const doc = document();
    (doc.transfers[0] as Record<string, unknown>).mechanism = 'bcr';
    const res = await importDoc(doc, '?dryRun=true');
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ path: 'transfers[0].sccModule', ref: 'tr-us', message: 'sccModule is only for mechanism scc' }]);
  });

  // Bug: a unique violation inside the import transaction is not mapped to a problem (500).
  it('answers two items with the same slug with a 4xx problem, not 500, and writes nothing', async () => {
    const doc = { ...document(), services: [document().services[0], { ref: 'svc-copy', name: 'Copy', slug: 'shop' }] };
    const res = await importDoc(doc);
    expect([400, 409]).toContain(res.status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(await rows()).toEqual(empty);
  });

  // Replace used to delete the services policies are scoped to; it now keeps each policy (and its published
  // versions), bound again by service slug, or refuses naming what the document lacks.
  it('dry-runs a replace as one plan, keeps policies bound by slug, and refuses with 409 naming what would orphan one', async () => {
    await importDoc(document()).expect(200);
    const [service] = (await t.http.get('/api/v1/services').set(...bearer(t.keys.reader))).body.items;
    const policy = await t.http
      .post('/api/v1/policies')
      .set(...bearer(t.keys.dpo))
      .send({ title: 'Shop policy', language: 'en', serviceId: service.id });
    expect(policy.status).toBe(201);

    const renamed = { ...document(), services: [{ ref: 'svc-shop', name: 'Shop (new name)', slug: 'shop' }] };
    renamed.dataCategories = [...renamed.dataCategories, { ref: 'cat-new', name: 'Newly recorded', collection: 'provided' }];
    const dry = await importDoc(renamed, '?dryRun=true&replace=true');
    expect(dry.status).toBe(200);
    expect(dry.body.plan.collections.services).toEqual({ add: [], change: ['shop'], delete: [] });
    expect(dry.body.plan.collections.dataCategories.add).toEqual(['Newly recorded']);
    expect(dry.body.plan.policiesKept).toEqual([{ id: policy.body.id, title: 'Shop policy' }]);
    expect(dry.body.plan.policiesOrphaned).toEqual([]);

    const replaced = await importDoc(renamed, '?replace=true');
    expect(replaced.status).toBe(200);
    const kept = await t.http.get(`/api/v1/policies/${policy.body.id}`).set(...bearer(t.keys.reader));
    expect(kept.body.service).toEqual({ id: expect.not.stringMatching(service.id), ref: 'svc-shop', name: 'Shop (new name)' });

    const elsewhere = { ...document(), services: [{ ref: 'svc-shop', name: 'Shop', slug: 'other-shop' }] };
    const plan = await importDoc(elsewhere, '?dryRun=true&replace=true');
    expect(plan.body.plan.policiesOrphaned).toEqual([{ id: policy.body.id, title: 'Shop policy', missing: ['service with slug "shop"'] }]);
    expect(plan.body.plan.collections.services).toEqual({ add: ['other-shop'], change: [], delete: ['shop'] });
    const refused = await importDoc(elsewhere, '?replace=true');
    expect(refused.status).toBe(409);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({ type: 'policy', id: policy.body.id, missing: ['service with slug "shop"'] }),
    ]);
    const after = await t.http.get(`/api/v1/policies/${policy.body.id}`).set(...bearer(t.keys.reader));
    expect(after.body.service.name).toBe('Shop (new name)');
  });

  it('takes on the import route a body over the ordinary limit that an ordinary route refuses with 413', async () => {
    const description = 'd'.repeat(1800);
    const big = {
      format: 'ropa-registry/1',
      dataSubjectCategories: Array.from({ length: 700 }, (_, i) => ({ ref: `ds${i}`, name: `Subject ${i}`, description })),
    };
    const size = Buffer.byteLength(JSON.stringify(big));
    expect(size).toBeGreaterThan(t.config.bodyLimitBytes);
    expect(size).toBeLessThan(t.config.importBodyLimitBytes);
    const dry = await importDoc(big, '?dryRun=true');
    expect(dry.status).toBe(200);
    expect(dry.body.created.dataSubjectCategories).toBe(700);
    const ordinary = await t.http
      .post('/api/v1/data-subject-categories')
      .set(...bearer(t.keys.dpo))
      .send({ name: 'Too big', description: 'd'.repeat(size) });
    expect(ordinary.status).toBe(413);
    expect(ordinary.headers['content-type']).toContain('application/problem+json');
  });
});
