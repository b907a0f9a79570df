import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { type AppConfig, loadConfig } from '../../src/config/config';
import { createApp } from '../../src/setup';
import { assertConforms } from './contract';

export const BOOTSTRAP_KEY = 'ropa_test_bootstrap_key_0123456789abcdef';

export interface TestApp {
  app: NestFastifyApplication;
  http: TestAgent;
  dataSource: DataSource;
  config: AppConfig;
  keys: { dpo: string; auditor: string; reader: string };
  close(): Promise<void>;
}

/**
 * Boots the real app (same setup as main.ts: pipes, guards, filters) on in-memory PGlite, or on
 * the PostgreSQL server named by DATABASE_URL, with a DPO key and an auditor and a reader key.
 * On PostgreSQL each call gets a fresh schema, so suites never see each other's rows.
 */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const databaseUrl = process.env.DATABASE_URL;
  let schemaUrl: string | undefined;
  let dropSchema: (() => Promise<void>) | undefined;
  if (databaseUrl) {
    const schema = `t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    const admin = new DataSource({ type: 'postgres', url: databaseUrl });
    await admin.initialize();
    await admin.query(`CREATE SCHEMA "${schema}"`);
    await admin.destroy();
    const url = new URL(databaseUrl);
    url.searchParams.set('options', `-c search_path=${schema}`);
    schemaUrl = url.toString();
    dropSchema = async () => {
      const ds = new DataSource({ type: 'postgres', url: databaseUrl });
      await ds.initialize();
      await ds.query(`DROP SCHEMA "${schema}" CASCADE`);
      await ds.destroy();
    };
  }
  const config = loadConfig({
    ROPA_DATA_DIR: ':memory:',
    ROPA_BOOTSTRAP_KEY: BOOTSTRAP_KEY,
    ROPA_LOAD_EXAMPLE: 'false',
    LOG_LEVEL: 'silent',
    RATE_LIMIT_MAX: '100000',
    // No background queries unless a suite asks for the webhook worker (query-counting tests count every query).
    WEBHOOK_WORKER: 'false',
    ...(schemaUrl ? { DATABASE_URL: schemaUrl } : {}),
    ...env,
  });
  const { app } = await createApp(config, { logger: false });
  // Listening once on loopback gives every request of the suite one origin, so the absolute links answers carry compare equal.
  await app.listen(0, '127.0.0.1');
  const http = conformingAgent(request(app.getHttpServer()));
  const makeKey = async (role: string): Promise<string> => {
    const res = await http
      .post('/api/v1/api-keys')
      .set('Authorization', `Bearer ${BOOTSTRAP_KEY}`)
      .send({ role, label: `test ${role}` });
    if (res.status !== 201) throw new Error(`cannot create ${role} key: ${res.status} ${JSON.stringify(res.body)}`);
    return (res.body as { key: string }).key;
  };
  const keys = { dpo: BOOTSTRAP_KEY, auditor: await makeKey('auditor'), reader: await makeKey('reader') };
  return {
    app,
    http,
    dataSource: app.get(DataSource),
    config,
    keys,
    async close() {
      await app.close();
      await dropSchema?.();
    },
  };
}

const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'options', 'head']);

/**
 * The contract hook: every request made through the harness has its response checked against the
 * committed openapi/openapi.json (status declared, headers, media type, body schema), so the whole
 * e2e suite is a contract test and a route cannot drift from the document unnoticed.
 */
function conformingAgent(agent: TestAgent): TestAgent {
  return new Proxy(agent, {
    get(target, property, receiver) {
      const member = Reflect.get(target, property, receiver) as unknown;
      if (typeof property !== 'string' || !METHODS.has(property) || typeof member !== 'function') return member;
      return (given: string, ...rest: unknown[]) => {
        // An absolute link an answer gave is requested by its path on this app.
        const url = /^https?:\/\//.test(given) ? pathOf(given) : given;
        const test = (member as (...args: unknown[]) => request.Test).call(target, url, ...rest);
        return test.expect((res) =>
          assertConforms(property, url, {
            status: res.status,
            headers: res.headers,
            text: res.text ?? (Buffer.isBuffer(res.body) ? res.body.toString('latin1') : undefined),
          }),
        );
      };
    },
  });
}

export const bearer = (key: string): [string, string] => ['Authorization', `Bearer ${key}`];

/** The path and query of an absolute URL an answer gave (links are absolute), to request it through `t.http`. */
export const pathOf = (url: string): string => {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
};
