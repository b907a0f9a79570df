import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import request from 'supertest';
import { runCli } from '../src/cli/run-cli';
import { loadConfig } from '../src/config/config';
import { createApp } from '../src/setup';
import { bearer } from './support/app';
import { EXAMPLE_SERVICE_SLUG, publishExamplePolicy, publishVersion } from './support/example-registry';
import { collectOutput } from './support/output';

/**
 * `npm run cli -- move-to-postgres URL` (issue 26 item 1): an embedded registry with two published versions,
 * a retired activity, a webhook with its deliveries and 500 audit events moves to a new PostgreSQL
 * database; the chain verifies there, the public notice keeps its hash, the past record exports the same,
 * and a second move into the now non-empty database is refused. Needs a PostgreSQL server: run with
 * DATABASE_URL (CI's PostgreSQL pass), skipped on PGlite alone.
 */
const serverUrl = process.env.DATABASE_URL;
const onPostgres = serverUrl && /^postgres(ql)?:\/\//.test(serverUrl) ? describe : describe.skip;
if (onPostgres === describe.skip)
  process.stderr.write('move-to-postgres.e2e-spec: skipped, it needs a PostgreSQL server to move to (set DATABASE_URL=postgres://…).\n');

const SLOW = 300_000;
const KEY = 'ropa_move_test_key_0123456789abcdef0123';

const collect = collectOutput;

onPostgres('moving the embedded database to PostgreSQL keeps its whole history', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ropa-move-'));
  const database = `ropa_move_${process.pid}`;
  let admin: pg.Client;
  let targetUrl: string;
  const env = {
    ROPA_DATA_DIR: dir,
    ROPA_BOOTSTRAP_KEY: KEY,
    ROPA_LOAD_EXAMPLE: 'false',
    LOG_LEVEL: 'silent',
    WEBHOOK_WORKER: 'false',
    RATE_LIMIT_MAX: '100000',
  };
  const before: { etag?: string; events?: number; head?: { sequence: number; hash: string } } = {};

  beforeAll(async () => {
    const url = new URL(serverUrl as string);
    url.pathname = '/postgres';
    url.searchParams.delete('options');
    admin = new pg.Client({ connectionString: url.toString() });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${database}"`);
    await admin.query(`CREATE DATABASE "${database}"`);
    url.pathname = `/${database}`;
    targetUrl = url.toString();

    // The registry a growing organisation leaves behind on PGlite.
    const { app } = await createApp(loadConfig(env), { logger: false });
    try {
      await app.listen(0, '127.0.0.1');
      const http = request(app.getHttpServer());
      const dpo = bearer(KEY);
      const published = await publishExamplePolicy(http, KEY);
      const hook = await http
        .post('/api/v1/webhooks')
        .set(...dpo)
        .send({ url: 'https://cms.example.org/ropa', events: ['policy.version.published'] });
      expect(hook.status).toBe(201);
      const activities = await http.get('/api/v1/processing-activities?limit=100').set(...dpo);
      const [retiring] = (activities.body as { items: { id: string; status: string }[] }).items.filter((a) => a.status === 'active');
      const retired = await http
        .patch(`/api/v1/processing-activities/${retiring.id}`)
        .set(...dpo)
        .send({ status: 'retired' });
      expect(retired.status).toBe(200);
      const categories = await http.get('/api/v1/data-categories?limit=1').set(...dpo);
      const category = (categories.body as { items: { id: string }[] }).items[0];
      const start = (await http.get('/api/v1/audit-events/head').set(...dpo)).body.sequence as number;
      for (let i = start; i < 500; i++) {
        const res = await http
          .patch(`/api/v1/data-categories/${category.id}`)
          .set(...dpo)
          .send({ description: `Reworded ${i}` });
        expect(res.status).toBe(200);
      }
      await publishVersion(http, KEY, published.policyId, { changeSummary: 'We retired one activity and reworded a category.' });
      const page = await http.get(`/api/v1/public/policies/${EXAMPLE_SERVICE_SLUG}?format=json`);
      expect(page.status).toBe(200);
      before.etag = page.headers.etag;
      const head = await http.get('/api/v1/audit-events/head').set(...dpo);
      before.head = { sequence: head.body.sequence, hash: head.body.hash };
    } finally {
      await app.close();
    }
  }, SLOW);

  afterAll(async () => {
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  });

  it(
    'copies every table in one transaction, then verifies the chain, every published hash and three past records',
    async () => {
      const result = collect();
      await runCli(['move-to-postgres', targetUrl], env, result.out);
      const text = result.text();
      const report = JSON.parse(text.slice(0, text.lastIndexOf('}') + 1)) as {
        ok: boolean;
        tables: { table: string; rows: number }[];
        chain: { source: { ok: boolean; events: number }; target: { ok: boolean; events: number } };
        versions: { checked: number; mismatched: string[] };
        asOf: { at: string; source: string; target: string }[];
      };
      expect(report.ok).toBe(true);
      expect(report.chain.target).toMatchObject({ ok: true, events: before.head!.sequence });
      // Two versions, each with its default-language document on the version and in its language rows.
      expect(report.versions).toEqual({ checked: 4, mismatched: [] });
      expect(report.asOf).toHaveLength(3);
      for (const past of report.asOf) expect(past.target).toBe(past.source);
      const rows = Object.fromEntries(report.tables.map((t) => [t.table, t.rows]));
      expect(rows).toMatchObject({ policy_version: 2, webhook_endpoint: 1, signing_secret: expect.any(Number) });
      expect(rows.webhook_delivery).toBeGreaterThan(0);
      expect(rows.api_key).toBeGreaterThan(0);
      expect(text).toContain('Moved to');
    },
    SLOW,
  );

  it(
    'serves the moved registry from PostgreSQL: same key, same notice ETag, a chain that still reaches the last anchor',
    async () => {
      const { app } = await createApp(loadConfig({ ...env, DATABASE_URL: targetUrl }), { logger: false });
      try {
        await app.listen(0, '127.0.0.1');
        const http = request(app.getHttpServer());
        const page = await http.get(`/api/v1/public/policies/${EXAMPLE_SERVICE_SLUG}?format=json`);
        expect(page.status).toBe(200);
        expect(page.headers.etag).toBe(before.etag);
        const verify = await http
          .get(`/api/v1/audit-events/verify?anchorSequence=${before.head!.sequence}&anchorHash=${before.head!.hash}`)
          .set(...bearer(KEY));
        expect(verify.status).toBe(200);
        expect(verify.body).toMatchObject({ ok: true, anchor: { reached: true } });
        const retired = await http.get('/api/v1/processing-activities?status=retired').set(...bearer(KEY));
        expect((retired.body as { items: unknown[] }).items).toHaveLength(1);
      } finally {
        await app.close();
      }
    },
    SLOW,
  );

  it(
    'refuses a target that is not empty, and changes nothing in it',
    async () => {
      const target = new pg.Client({ connectionString: targetUrl });
      await target.connect();
      try {
        const count = async () => Number((await target.query('SELECT count(*) FROM audit_event')).rows[0].count);
        const events = await count();
        await expect(runCli(['move-to-postgres', targetUrl], env, collect().out)).rejects.toThrow(/not empty/);
        expect(await count()).toBe(events);
      } finally {
        await target.end();
      }
    },
    SLOW,
  );
});
