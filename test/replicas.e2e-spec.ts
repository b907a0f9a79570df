import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bearer, startTestApp, type TestApp } from './support/app';
import { publishExamplePolicy, type PublishedPolicy } from './support/published-policy';
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
    await a.http
      .post(`/api/v1/policies/${policy.policyId}/versions`)
      .set(...dpo())
      .send({ effectiveFrom: new Date(Date.now() - 1000).toISOString(), changeSummary: 'From A', material: false })
      .expect(201);
    const took = await within(1000, async () => (await b.http.get(url)).text.includes('# Privacy Policy, as published on replica A'));
    expect(took).toBeLessThan(1000);
    expect((await b.http.get(url)).headers.etag).not.toBe(first.headers.etag);
  });
});
