import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { ChangeBus } from '../src/database/change-bus';
import { bearer, startTestApp, type TestApp } from './support/app';
import { EXAMPLE_SERVICE_SLUG, publishExamplePolicy } from './support/example-registry';

/**
 * A PostgreSQL database closed for maintenance (`ALTER DATABASE … ALLOW_CONNECTIONS false`, SQLSTATE
 * 55000 on every new connection) once the app's own connections are dropped: every route that needs
 * the database answers 503 with Retry-After, the public one included, and serves again once it reopens.
 * On PGlite (`npm test`) there is no server to close: src/common/problem.filter.spec.ts maps each
 * SQLSTATE and ECONNREFUSED instead.
 */
const serverUrl = process.env.DATABASE_URL;
const onPostgres = serverUrl && /^postgres(ql)?:\/\//.test(serverUrl) ? describe : describe.skip;
if (onPostgres === describe.skip) {
  process.stderr.write(
    'database-outage.e2e-spec: skipped, it closes a PostgreSQL database to its clients (set DATABASE_URL=postgres://… to run it).\n',
  );
}

onPostgres('a database that refuses connections (SQLSTATE 55000) is a 503 on every route', () => {
  const database = `ropa_outage_${process.pid}`;
  let admin: pg.Client;
  let t: TestApp;

  const urlOf = (name: string): string => {
    const url = new URL(serverUrl as string);
    url.pathname = `/${name}`;
    url.searchParams.delete('options');
    return url.toString();
  };
  const dropConnections = () =>
    admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [database]);

  beforeAll(async () => {
    // From the maintenance database, as an operator would: the one under test must have no session of ours.
    admin = new pg.Client({ connectionString: urlOf('postgres') });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${database}"`);
    await admin.query(`CREATE DATABASE "${database}"`);
    t = await startTestApp({ DATABASE_URL: urlOf(database) });
    await publishExamplePolicy(t.http, t.keys.dpo);
  });
  afterAll(async () => {
    await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS true`).catch(() => undefined);
    await t?.close();
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
  });

  it('answers 503 problem with Retry-After on the public route and a registry route, then serves again', async () => {
    const publicUrl = `/api/v1/public/policies/${EXAMPLE_SERVICE_SLUG}`;
    // Both answered (and the public answer and the key held in memory) before the outage.
    await t.http.get(publicUrl).expect(200);
    await t.http
      .get('/api/v1/services')
      .set(...bearer(t.keys.reader))
      .expect(200);

    await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS false`);
    await dropConnections();
    // The cache listener's connection was dropped too: held answers are forgotten, nothing is served from memory.
    const bus = t.app.get(ChangeBus);
    for (let i = 0; i < 50 && bus.live; i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(bus.live).toBe(false);

    for (const [url, key] of [
      [publicUrl, null],
      [`${publicUrl}?format=json`, null],
      ['/api/v1/services', t.keys.reader],
      ['/api/v1/processing-activities?limit=5', t.keys.reader],
      ['/api/v1/compliance/findings', t.keys.auditor],
      ['/api/v1/audit-events/verify', t.keys.auditor],
      ['/health/ready', null],
    ] as const) {
      const req = t.http.get(url);
      const res = await (key ? req.set(...bearer(key)) : req);
      expect({ url, status: res.status }).toEqual({ url, status: 503 });
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    }
    const write = await t.http
      .post('/api/v1/services')
      .set(...bearer(t.keys.dpo))
      .send({ name: 'During the outage', slug: 'during-outage' });
    expect(write.status).toBe(503);
    expect(write.body.detail).toMatch(/unavailable/);
    await t.http.get('/health/live').expect(200);

    await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS true`);
    await t.http.get(publicUrl).expect(200);
    await t.http
      .get('/api/v1/services')
      .set(...bearer(t.keys.reader))
      .expect(200);
  });
});
