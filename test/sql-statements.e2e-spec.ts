import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bearer, startTestApp, type TestApp } from './support/app';
import { createExamplePolicy, importExample } from './support/example-registry';
import { AuditService } from '../src/audit/audit.service';
import { SnapshotService } from '../src/snapshot/snapshot.service';
import { controllerProfile, Factories, type ProcessingActivityItem } from './support/factories';
import { beyondAuth, countStatements, type SqlCounter } from './support/sql-counter';

/**
 * SQL statements per request, counted at the database driver (transaction control included) beyond
 * the API key lookup: a regression fails here, not in a benchmark.
 */
describe('SQL statements per request', () => {
  let t: TestApp;
  let sql: SqlCounter;
  let f: Factories;
  let activity: ProcessingActivityItem;
  let policyId: string;
  const dpo = () => bearer(t.keys.dpo);
  const statements = async (work: () => Promise<unknown>): Promise<string[]> => beyondAuth(await sql.during(work));

  beforeAll(async () => {
    t = await startTestApp();
    sql = countStatements(t.dataSource);
    f = new Factories(t.http, t.keys.dpo);
    await importExample(t.http, t.keys.dpo);
    activity = (await f.completeActivity()).activity;
    const services = await t.http.get('/api/v1/services?q=LiveChat').set(...dpo());
    const policy = await createExamplePolicy(t.http, t.keys.dpo, {
      title: 'Counted policy',
      serviceId: services.body.items[0].id,
      options: undefined,
    });
    policyId = policy.id;
  });

  afterAll(async () => {
    await t.close();
  });

  it('reads one item in one statement once the names of its summaries are in memory, its summaries included', async () => {
    let res: { status: number; body: ProcessingActivityItem } | undefined;
    const get = async () => (res = await t.http.get(`/api/v1/processing-activities/${activity.id}`).set(...dpo()));
    // The first read after a change also reads the names its summaries show, in one more statement.
    expect(await statements(get)).toHaveLength(2);
    const first = res?.body;
    const sent = await statements(get);
    expect(res?.status).toBe(200);
    expect(res?.body.services).toEqual(activity.services);
    expect(res?.body).toEqual(first);
    expect(sent).toHaveLength(1);
  });

  it('lists a page in one statement once the names of its summaries are in memory, and in two with its total', async () => {
    let page: { body: { items: unknown[]; total?: number } } | undefined;
    // The names are in memory since the read above: one statement for the page.
    const first = await statements(async () => (page = await t.http.get('/api/v1/processing-activities?limit=5').set(...dpo())));
    expect(first).toHaveLength(1);
    expect(page?.body.items).toEqual(
      await Promise.all(
        (page?.body.items as { id: string }[]).map(
          async (item) => (await t.http.get(`/api/v1/processing-activities/${item.id}`).set(...dpo())).body,
        ),
      ),
    );
    // Asked again with the registry unchanged: one statement shows the version unchanged, the page comes from memory.
    const again = await statements(async () => (page = await t.http.get('/api/v1/processing-activities?limit=5').set(...dpo())));
    expect(again).toHaveLength(1);
    expect(again[0]).not.toMatch(/processing_activity/);
    expect(page?.body.items).toHaveLength(5);
    expect(page?.body.total).toBeUndefined();
    const counted = await statements(async () => (page = await t.http.get('/api/v1/processing-activities?total=true').set(...dpo())));
    expect(counted).toHaveLength(2);
    expect(page?.body.total).toBeGreaterThan(5);
  });

  it('writes an item, its audit event included, in at most 8 statements', async () => {
    const body = {
      name: 'Counted activity',
      purpose: 'To count statements.',
      role: 'controller',
      status: 'active',
      legalBasis: 'art6_1_b',
      serviceIds: activity.serviceIds,
      dataCategoryIds: activity.dataCategoryIds,
      dataSubjectCategoryIds: activity.dataSubjectCategoryIds,
      retentionRuleId: activity.retentionRuleId,
      securityMeasureIds: activity.securityMeasureIds,
    };
    let created: { status: number; body: ProcessingActivityItem } | undefined;
    const create = await statements(
      async () =>
        (created = await t.http
          .post('/api/v1/processing-activities')
          .set(...dpo())
          .send(body)),
    );
    expect(created?.status).toBe(201);
    expect(created?.body.retentionRule).toEqual(activity.retentionRule);
    expect(create.length).toBeLessThanOrEqual(8);
    const id = created?.body.id ?? '';
    let patched: { status: number } | undefined;
    const patch = await statements(
      async () =>
        (patched = await t.http
          .patch(`/api/v1/processing-activities/${id}`)
          .set(...dpo())
          .send({ purpose: 'Counting.' })),
    );
    expect(patched?.status).toBe(200);
    expect(patch.length).toBeLessThanOrEqual(8);
    let deleted: { status: number } | undefined;
    const remove = await statements(async () => (deleted = await t.http.delete(`/api/v1/processing-activities/${id}`).set(...dpo())));
    expect(deleted?.status).toBe(204);
    expect(remove.length).toBeLessThanOrEqual(8);
  });

  it('answers findings and a preview in one statement while the registry is unchanged, and sees the next change', async () => {
    await t.http
      .get(`/api/v1/compliance/findings?policyId=${policyId}`)
      .set(...dpo())
      .expect(200);
    await t.http
      .get(`/api/v1/policies/${policyId}/preview?format=md`)
      .set(...dpo())
      .expect(200);
    let findings: { body: { items: { entityId: string }[] } } | undefined;
    const read = await statements(
      async () => (findings = await t.http.get(`/api/v1/compliance/findings?policyId=${policyId}`).set(...dpo())),
    );
    expect(read).toHaveLength(1);
    let preview: { text: string } | undefined;
    const previewed = await statements(
      async () => (preview = await t.http.get(`/api/v1/policies/${policyId}/preview?format=md`).set(...dpo())),
    );
    expect(previewed).toHaveLength(1);
    expect(await statements(() => t.http.get('/api/v1/compliance/findings').set(...dpo()))).toHaveLength(1);

    // A change is in the very next answer: the version moved, so the snapshot is read again.
    const gap = await f.processingActivity({ name: 'Uncounted basis', serviceIds: [activity.serviceIds[0]], status: 'active' });
    const after = await t.http.get('/api/v1/compliance/findings').set(...dpo());
    expect(after.body.items.some((x: { entityId: string }) => x.entityId === gap.id)).toBe(true);
    expect(findings?.body.items.some((x) => x.entityId === gap.id)).toBe(false);
    const renamed = await t.http
      .patch(`/api/v1/policies/${policyId}`)
      .set(...dpo())
      .send({ title: 'Renamed counted policy' });
    expect(renamed.status).toBe(200);
    const again = await t.http.get(`/api/v1/policies/${policyId}/preview?format=md`).set(...dpo());
    expect(again.text).toContain('Renamed counted policy');
    expect(preview?.text).not.toContain('Renamed counted policy');
  });

  it('builds the snapshot once however many requests arrive together after a change', async () => {
    await f.dataSubjectCategory();
    const sent = await statements(() =>
      Promise.all(
        Array.from({ length: 8 }, () =>
          t.http
            .get('/api/v1/compliance/findings')
            .set(...dpo())
            .expect(200),
        ),
      ),
    );
    const versionReads = sent.filter((s) => /max\("seq"\)/.test(s));
    const updates = sent.filter((s) => /SELECT DISTINCT "entity_type"/.test(s));
    const tableReads = sent.filter((s) => /FROM "data_subject_category"/.test(s));
    // Eight requests read the version (plus the build's own read); the change is read and applied once.
    expect(versionReads.length).toBeLessThanOrEqual(9);
    expect(updates).toHaveLength(1);
    expect(tableReads).toHaveLength(1);
  });

  it('brings the snapshot up to date by reading only what changed, to the same result as a whole read', async () => {
    const snapshots = t.app.get(SnapshotService);
    await snapshots.current();
    const created = await f.processingActivity({ name: 'Incremental', serviceIds: [activity.serviceIds[0]] });
    await t.http
      .patch(`/api/v1/processing-activities/${activity.id}`)
      .set(...dpo())
      .send({ description: 'Changed incrementally.' })
      .expect(200);
    const doomed = await f.dataSubjectCategory();
    await t.http
      .delete(`/api/v1/data-subject-categories/${doomed.id}`)
      .set(...dpo())
      .expect(204);
    await t.http
      .put('/api/v1/controller')
      .set(...dpo())
      .send(controllerProfile({ legalName: 'Incremental Ltd' }))
      .expect(200);
    let updated: Awaited<ReturnType<SnapshotService['current']>> | undefined;
    const sent = await sql.during(async () => (updated = await snapshots.current()));
    // Only the rows named by the new audit events are read, not whole tables.
    expect(sent.filter((s) => /ORDER BY "id" LIMIT/.test(s))).toEqual([]);
    const whole = await new SnapshotService(t.dataSource, t.app.get(AuditService)).current();
    expect(updated?.version).toBe(whole.version);
    expect({ ...updated?.snapshot, asOf: null }).toEqual({ ...whole.snapshot, asOf: null });
    expect(updated?.snapshot.processingActivities.some((a) => a.id === created.id)).toBe(true);
    expect(updated?.snapshot.dataSubjectCategories.some((c) => c.id === doomed.id)).toBe(false);
    expect(updated?.snapshot.controller?.legalName).toBe('Incremental Ltd');
  });
});
