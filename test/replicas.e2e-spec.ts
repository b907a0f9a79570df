import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bearer, startTestApp, type TestApp } from './support/app';
import { publishExamplePolicy, publishVersion, type PublishedPolicy } from './support/example-registry';
import { type Replica, startReplica, within } from './support/replica';
import { countStatements } from './support/sql-counter';

// Two processes may not share an embedded database: replicas need a PostgreSQL server.
const onPostgres = process.env.DATABASE_URL ? describe : describe.skip;
if (!process.env.DATABASE_URL) {
  process.stderr.write('replicas.e2e-spec: skipped, it needs a PostgreSQL server (set DATABASE_URL to run it).\n');
}

onPostgres('replicas: two app instances on one PostgreSQL (skipped without DATABASE_URL)', () => {
  let a: TestApp;
  let b: Replica;
  let policy: PublishedPolicy;
  const dpo = () => bearer(a.keys.dpo);

  beforeAll(async () => {
    a = await startTestApp();
    b = await startReplica(a);
    policy = await publishExamplePolicy(a.http, a.keys.dpo);
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('refuses on one replica, within a second, a key revoked on the other', async () => {
    const created = await a.http
      .post('/api/v1/api-keys')
      .set(...dpo())
      .send({ role: 'reader', label: 'replicated' })
      .expect(201);
    // Made on A, usable at once on B; B keeps it in memory from then on.
    await b.http
      .get('/api/v1/services')
      .set(...bearer(created.body.key))
      .expect(200);
    const sql = countStatements(b.dataSource);
    await b.http
      .get('/api/v1/services')
      .set(...bearer(created.body.key))
      .expect(200);
    sql.stop();
    expect(sql.statements.filter((s) => /api_key/i.test(s))).toEqual([]);

    await a.http
      .delete(`/api/v1/api-keys/${created.body.id}`)
      .set(...dpo())
      .expect(200);
    const took = await within(1000, async () => (await b.http.get('/api/v1/services').set(...bearer(created.body.key))).status === 401);
    expect(took).toBeLessThan(1000);
  });

  it('serves on one replica, within a second, a version published on the other', async () => {
    const url = `${policy.publicUrl}?format=md`;
    await within(1000, async () => (await b.http.get(url)).status === 200);
    const sql = countStatements(b.dataSource);
    const first = await b.http.get(url).expect(200);
    expect(sql.count).toBe(0);
    sql.stop();

    await a.http
      .patch(`/api/v1/policies/${policy.policyId}`)
      .set(...dpo())
      .send({ title: 'Privacy Policy, as published on replica A' })
      .expect(200);
    await publishVersion(a.http, a.keys.dpo, policy.policyId, { effectiveFrom: new Date(Date.now() - 1000), changeSummary: 'From A' });
    const took = await within(1000, async () => (await b.http.get(url)).text.includes('# Privacy Policy, as published on replica A'));
    expect(took).toBeLessThan(1000);
    expect((await b.http.get(url)).headers.etag).not.toBe(first.headers.etag);
  });

  it("shows a write made on one replica in the other's next findings and list, with no wait", async () => {
    const findings = async (): Promise<{ rule: string; entityId: string }[]> =>
      (
        await b.http
          .get('/api/v1/compliance/findings')
          .set(...bearer(a.keys.dpo))
          .expect(200)
      ).body.items;
    const active = await b.http
      .get('/api/v1/processing-activities?status=active&limit=1')
      .set(...bearer(a.keys.dpo))
      .expect(200);
    const used = (active.body.items[0] as { dataCategories: { id: string }[] }).dataCategories.map((c) => c.id);
    const described = await b.http
      .get('/api/v1/data-categories?limit=200')
      .set(...bearer(a.keys.dpo))
      .expect(200);
    const category = (described.body.items as { id: string; name: string; description: string | null }[]).find(
      (c) => used.includes(c.id) && c.description !== null,
    ) as { id: string; name: string };
    const activities = async (): Promise<{ dataCategories: { id: string; name: string }[] }[]> =>
      (
        await b.http
          .get(`/api/v1/processing-activities?dataCategoryId=${category.id}&limit=50`)
          .set(...bearer(a.keys.dpo))
          .expect(200)
      ).body.items;
    // B holds its snapshot and the list's names in memory from these reads on.
    const before = await findings();
    expect((await activities()).length).toBeGreaterThan(0);
    expect(before.some((f) => f.rule === 'data-category-description' && f.entityId === category.id)).toBe(false);

    const changed = await a.http
      .patch(`/api/v1/data-categories/${category.id}`)
      .set(...dpo())
      .send({ name: `${category.name} (renamed on A)`, description: null })
      .expect(200);
    expect(changed.body.description).toBeNull();

    // The registry version comes from the database, so B's very next answers are of the new registry.
    expect((await findings()).some((f) => f.rule === 'data-category-description' && f.entityId === category.id)).toBe(true);
    for (const item of await activities()) {
      expect(item.dataCategories.find((c) => c.id === category.id)?.name).toBe(`${category.name} (renamed on A)`);
    }
  });
});
