import { createHmac, timingSafeEqual } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { DataSource } from 'typeorm';
import type { PolicyVersionResponse } from '../src/policy/dto/policy-version.response';
import { WebhookClock } from '../src/webhooks/clock';
import { bearer, startTestApp, type TestApp } from './support/app';
import { createExamplePolicy, importExample, publishVersion } from './support/example-registry';

const HOUR = 3_600_000;

/** Fast retries so that the suite runs in seconds; loopback opened for the receiver the test starts. */
const WEBHOOK_ENV = {
  WEBHOOK_ALLOWED_PRIVATE_NETWORKS: '127.0.0.0/8',
  WEBHOOK_POLL_INTERVAL_MS: '25',
  WEBHOOK_TIMEOUT_MS: '2000',
  WEBHOOK_RETRY_BASE_MS: '100',
  WEBHOOK_RETRY_MAX_DELAY_MS: '400',
  WEBHOOK_RETRY_PERIOD_MS: '1500',
  PUBLIC_BASE_URL: 'https://ropa.example',
  WEBHOOK_WORKER: 'true',
};

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  at: number;
}

/** A receiver on loopback: records every request; a path's handler decides the answer (200 by default). */
class Receiver {
  readonly requests: Received[] = [];
  readonly handlers = new Map<string, (res: ServerResponse, count: number) => void>();
  private server!: Server;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const path = req.url ?? '/';
        this.requests.push({ path, headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() });
        const handler = this.handlers.get(path);
        if (handler) handler(res, this.requests.filter((r) => r.path === path).length);
        else res.writeHead(200).end('ok');
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  at(path: string): Received[] {
    return this.requests.filter((r) => r.path === path);
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** The README's receiver check, verbatim in spirit: HMAC-SHA256 over id.timestamp.body with the whsec_ key. */
function verifies(secret: string, r: Received, toleranceSeconds = 300): boolean {
  const id = String(r.headers['webhook-id']);
  const ts = String(r.headers['webhook-timestamp']);
  if (Math.abs(Date.now() / 1000 - Number(ts)) > toleranceSeconds) return false;
  const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
  const expected = Buffer.from(`v1,${createHmac('sha256', key).update(`${id}.${ts}.${r.body}`).digest('base64')}`);
  return String(r.headers['webhook-signature'])
    .split(' ')
    .some((sig) => sig.length === expected.length && timingSafeEqual(Buffer.from(sig), expected));
}

async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined | false> | T | undefined | false,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A policy of its own (service, activity, policy) in an app that holds the example's controller profile. */
async function freshPolicy(t: TestApp): Promise<{ policyId: string; serviceId: string; slug: string; activityId: string }> {
  const dpo = bearer(t.keys.dpo);
  const slug = `hooked-${Math.random().toString(36).slice(2, 9)}`;
  const service = await t.http
    .post('/api/v1/services')
    .set(...dpo)
    .send({ name: `Hooked ${slug}`, slug })
    .expect(201);
  const category = await t.http
    .post('/api/v1/data-categories')
    .set(...dpo)
    .send({ name: `Contact ${slug}`, collection: 'provided' })
    .expect(201);
  const subject = await t.http
    .post('/api/v1/data-subject-categories')
    .set(...dpo)
    .send({ name: `Visitors ${slug}` })
    .expect(201);
  const activity = await t.http
    .post('/api/v1/processing-activities')
    .set(...dpo)
    .send({
      name: `Answering ${slug}`,
      purpose: 'To answer messages.',
      role: 'controller',
      status: 'active',
      legalBasis: 'art6_1_b',
      requirement: { kind: 'contractual', consequences: null },
      serviceIds: [service.body.id],
      dataCategoryIds: [category.body.id],
      dataSubjectCategoryIds: [subject.body.id],
      notApplicable: { retention: 'Deleted at once.', securityMeasures: 'Nothing stored.' },
    })
    .expect(201);
  const policy = await createExamplePolicy(t.http, t.keys.dpo, { title: `Policy ${slug}`, serviceId: service.body.id });
  return { policyId: policy.id, serviceId: service.body.id, slug, activityId: activity.body.id };
}

async function publish(
  t: TestApp,
  policyId: string,
  effectiveFrom: Date,
  changeSummary = 'First version',
): Promise<{ body: PolicyVersionResponse }> {
  return { body: await publishVersion(t.http, t.keys.dpo, policyId, { effectiveFrom, changeSummary }) };
}

async function createWebhook(t: TestApp, body: Record<string, unknown>): Promise<{ id: string; secret: string; version: number }> {
  const res = await t.http
    .post('/api/v1/webhooks')
    .set(...bearer(t.keys.dpo))
    .send(body);
  if (res.status !== 201) throw new Error(`POST webhooks → ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; secret: string; version: number };
}

interface Delivery {
  id: string;
  eventId: string;
  eventType: string;
  status: string;
  attempts: number;
  responseStatus: number | null;
  lastError: string | null;
  nextAttemptAt: string | null;
  attemptLog: { responseStatus: number | null; error: string | null }[];
}

async function deliveries(t: TestApp, webhookId: string): Promise<Delivery[]> {
  const res = await t.http.get(`/api/v1/webhooks/${webhookId}/deliveries`).set(...bearer(t.keys.dpo));
  expect(res.status).toBe(200);
  return res.body.items as Delivery[];
}

/** A database two app instances can share one after the other (PGlite directory) or side by side (a PostgreSQL schema). */
async function sharedDatabase(): Promise<{ env: Record<string, string>; cleanup(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const dir = mkdtempSync(join(tmpdir(), 'ropa-webhooks-'));
    return { env: { ROPA_DATA_DIR: dir }, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const schema = `wh_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new DataSource({ type: 'postgres', url });
  await admin.initialize();
  await admin.query(`CREATE SCHEMA "${schema}"`);
  await admin.destroy();
  const schemaUrl = new URL(url);
  schemaUrl.searchParams.set('options', `-c search_path=${schema}`);
  return {
    env: { DATABASE_URL: schemaUrl.toString() },
    cleanup: async () => {
      const ds = new DataSource({ type: 'postgres', url });
      await ds.initialize();
      await ds.query(`DROP SCHEMA "${schema}" CASCADE`);
      await ds.destroy();
    },
  };
}

describe('webhooks: signed, retried, at-least-once deliveries of policy events', () => {
  const receiver = new Receiver();
  let t: TestApp;
  const dpo = () => bearer(t.keys.dpo);

  beforeAll(async () => {
    await receiver.start();
    t = await startTestApp(WEBHOOK_ENV);
    await importExample(t.http, t.keys.dpo);
  });
  afterAll(async () => {
    await t.close();
    await receiver.stop();
  });

  it('creates an endpoint with its secret shown once, honours If-Match and refuses unsafe targets', async () => {
    const created = await t.http
      .post('/api/v1/webhooks')
      .set(...dpo())
      .send({ url: `${receiver.url}/crud`, events: ['policy.version.published'], description: 'CMS' });
    expect(created.status).toBe(201);
    expect(created.body.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(created.headers.location).toBe(`/api/v1/webhooks/${created.body.id}`);
    expect(created.headers.etag).toBe('"1"');
    const read = await t.http.get(`/api/v1/webhooks/${created.body.id}`).set(...dpo());
    expect(read.status).toBe(200);
    expect(read.body).not.toHaveProperty('secret');
    expect(JSON.stringify(read.body)).not.toContain(created.body.secret.slice(6));
    expect(read.body).toMatchObject({ active: true, events: ['policy.version.published'], policyIds: [], serviceIds: [] });

    const list = await t.http.get('/api/v1/webhooks?limit=1').set(...dpo());
    expect(list.body).toMatchObject({ limit: 1, offset: 0, total: expect.any(Number) });
    expect(JSON.stringify(list.body)).not.toContain(created.body.secret.slice(6));

    const patched = await t.http
      .patch(`/api/v1/webhooks/${created.body.id}`)
      .set(...dpo())
      .set('If-Match', '"1"')
      .send({ active: false });
    expect(patched.status).toBe(200);
    expect(patched.headers.etag).toBe('"2"');
    const stale = await t.http
      .patch(`/api/v1/webhooks/${created.body.id}`)
      .set(...dpo())
      .set('If-Match', '"1"')
      .send({ active: true });
    expect(stale.status).toBe(412);
    expect(stale.headers['content-type']).toContain('application/problem+json');

    const refusals: [Record<string, unknown>, number][] = [
      [{ url: 'http://cms.example.com/hook', events: ['policy.version.published'] }, 400],
      [{ url: 'https://10.0.0.7/hook', events: ['policy.version.published'] }, 400],
      [{ url: 'https://169.254.169.254/latest/meta-data', events: ['policy.version.published'] }, 400],
      [{ url: 'https://[::ffff:192.168.1.1]/hook', events: ['policy.version.published'] }, 400],
      [{ url: 'https://cms.example.com/hook', events: ['registry.deleted'] }, 400],
      [{ url: 'https://cms.example.com/hook', events: [] }, 400],
      [
        { url: 'https://cms.example.com/hook', events: ['policy.version.published'], policyIds: ['6f1d4b9e-0000-4000-8000-000000000000'] },
        422,
      ],
    ];
    for (const [body, status] of refusals) {
      const res = await t.http
        .post('/api/v1/webhooks')
        .set(...dpo())
        .send(body);
      expect([body, res.status]).toEqual([body, status]);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    for (const key of [t.keys.reader, t.keys.auditor]) {
      await t.http
        .get('/api/v1/webhooks')
        .set(...bearer(key))
        .expect(403);
    }
    await t.http
      .delete(`/api/v1/webhooks/${created.body.id}`)
      .set(...dpo())
      .set('If-Match', '"1"')
      .expect(412);
    await t.http
      .delete(`/api/v1/webhooks/${created.body.id}`)
      .set(...dpo())
      .expect(204);
    await t.http
      .get(`/api/v1/webhooks/${created.body.id}`)
      .set(...dpo())
      .expect(404);
  });

  it('publish → exactly one signed delivery whose signature verifies, with a payload free of personal data', async () => {
    const { policyId, slug, serviceId } = await freshPolicy(t);
    const hook = await createWebhook(t, { url: `${receiver.url}/one`, events: ['policy.version.published'], policyIds: [policyId] });
    const other = await createWebhook(t, {
      url: `${receiver.url}/other-service`,
      events: ['policy.version.published'],
      serviceIds: [(await freshPolicy(t)).serviceId],
    });
    const version = await publish(t, policyId, new Date());
    const [request] = await waitFor('the delivery', () => receiver.at('/one').length > 0 && receiver.at('/one'));
    await sleep(300);
    expect(receiver.at('/one')).toHaveLength(1);
    expect(receiver.at('/other-service')).toHaveLength(0);
    expect(verifies(hook.secret, request)).toBe(true);
    expect(verifies(other.secret, request)).toBe(false);
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.headers['webhook-id']).toMatch(/^[0-9a-f-]{36}$/);
    const payload = JSON.parse(request.body);
    expect(payload).toEqual({
      type: 'policy.version.published',
      timestamp: expect.any(String),
      data: {
        policy: { id: policyId, title: `Policy ${slug}`, language: 'en', serviceId },
        version: {
          id: expect.any(String),
          number: 1,
          contentHash: version.body.contentHash,
          languages: [
            {
              language: 'en',
              contentHash: version.body.contentHash,
              publicUrl: `https://ropa.example/api/v1/public/policies/${slug}?lang=en`,
            },
          ],
          effectiveFrom: version.body.effectiveFrom,
          publishedAt: version.body.publishedAt,
          material: false,
          changeSummary: 'First version',
        },
        publicUrl: `https://ropa.example/api/v1/public/policies/${slug}?lang=en`,
        artefacts: {
          summaries: [
            {
              language: 'en',
              url: `https://ropa.example/api/v1/public/policies/${slug}/summary?lang=en`,
              etag: `"${version.body.contentHash}.summary-html"`,
            },
          ],
          consent: Object.fromEntries(
            ['klaro', 'cookieconsent', 'consent-mode', 'tcf-disclosure'].map((f) => [
              f,
              {
                url: `https://ropa.example/api/v1/public/policies/${slug}/consent/${f}`,
                etag: `"${version.body.contentHash}.consent-${f}"`,
              },
            ]),
          ),
        },
      },
    });
    expect(request.body).not.toContain(t.keys.dpo);
    const log = await waitFor('the log to record success', async () => {
      const items = await deliveries(t, hook.id);
      return items[0]?.status === 'succeeded' && items;
    });
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      eventType: 'policy.version.published',
      attempts: 1,
      responseStatus: 200,
      eventId: request.headers['webhook-id'],
    });
  });

  it('retries with backoff when the receiver fails twice, and delivers on the third attempt', async () => {
    receiver.handlers.set('/flaky', (res, count) => res.writeHead(count <= 2 ? 503 : 204).end());
    const { policyId } = await freshPolicy(t);
    const hook = await createWebhook(t, { url: `${receiver.url}/flaky`, events: ['policy.version.published'], policyIds: [policyId] });
    await publish(t, policyId, new Date());
    const [delivery] = await waitFor('the third attempt', async () => {
      const items = await deliveries(t, hook.id);
      return items[0]?.status === 'succeeded' && items;
    });
    expect(delivery.attempts).toBe(3);
    expect(delivery.attemptLog.map((a) => a.responseStatus)).toEqual([503, 503, 204]);
    const attempts = receiver.at('/flaky');
    expect(attempts).toHaveLength(3);
    expect(new Set(attempts.map((a) => a.headers['webhook-id'])).size).toBe(1);
    // Equal jitter over 100 ms doubling: at least 50 ms before the 2nd attempt, at least 100 ms before the 3rd.
    expect(attempts[1].at - attempts[0].at).toBeGreaterThanOrEqual(45);
    expect(attempts[2].at - attempts[1].at).toBeGreaterThanOrEqual(95);
    for (const a of attempts) expect(verifies(hook.secret, a)).toBe(true);
  });

  it('marks a delivery failed when the retry period ends, and never follows a redirect', async () => {
    receiver.handlers.set('/down', (res) => res.writeHead(500).end('down'));
    receiver.handlers.set('/moved', (res) => res.writeHead(302, { Location: '/elsewhere' }).end());
    const { policyId } = await freshPolicy(t);
    const down = await createWebhook(t, { url: `${receiver.url}/down`, events: ['policy.version.published'], policyIds: [policyId] });
    const moved = await createWebhook(t, { url: `${receiver.url}/moved`, events: ['policy.version.published'], policyIds: [policyId] });
    await publish(t, policyId, new Date());
    const [failed] = await waitFor('the failure', async () => {
      const items = await deliveries(t, down.id);
      return items[0]?.status === 'failed' && items;
    });
    expect(failed.attempts).toBeGreaterThanOrEqual(3);
    expect(failed.nextAttemptAt).toBeNull();
    expect(failed.responseStatus).toBe(500);
    const [redirected] = await deliveries(t, moved.id);
    expect(redirected.responseStatus).toBe(302);
    expect(redirected.lastError).toContain('redirects are not followed');
    expect(receiver.at('/elsewhere')).toHaveLength(0);
    const failedOnly = await t.http.get(`/api/v1/webhooks/${down.id}/deliveries?status=failed`).set(...dpo());
    expect(failedOnly.body.total).toBe(1);
  });

  it('reads only a small part of a large answer and does not wait for its end', async () => {
    receiver.handlers.set('/chatty', (res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('x'.repeat(256 * 1024)); // and never ends the answer
    });
    const { policyId } = await freshPolicy(t);
    const hook = await createWebhook(t, { url: `${receiver.url}/chatty`, events: ['policy.version.published'], policyIds: [policyId] });
    await publish(t, policyId, new Date());
    const [delivery] = await waitFor('the delivery', async () => {
      const items = await deliveries(t, hook.id);
      return items[0]?.status === 'succeeded' && items;
    });
    // Waiting for the end of the answer would have timed the first attempt out.
    expect(delivery.attempts).toBe(1);
  });

  it('pings, redelivers with the same webhook-id, and signs with both secrets during a rotation grace period', async () => {
    const hook = await createWebhook(t, { url: `${receiver.url}/ping`, events: ['policy.version.published'] });
    const ping = await t.http.post(`/api/v1/webhooks/${hook.id}/ping`).set(...dpo());
    expect(ping.status).toBe(202);
    expect(ping.body).toMatchObject({ eventType: 'webhook.ping', status: 'pending' });
    const [first] = await waitFor('the ping', () => receiver.at('/ping').length === 1 && receiver.at('/ping'));
    expect(JSON.parse(first.body)).toMatchObject({ type: 'webhook.ping', data: { webhookId: hook.id } });
    expect(verifies(hook.secret, first)).toBe(true);

    const rotated = await t.http
      .post(`/api/v1/webhooks/${hook.id}/rotate-secret`)
      .set(...dpo())
      .send({ gracePeriodSeconds: 3600 });
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).not.toBe(hook.secret);
    expect(rotated.body.previousSecretValidUntil).toEqual(expect.any(String));
    const again = await t.http.post(`/api/v1/webhooks/${hook.id}/deliveries/${ping.body.id}/redeliver`).set(...dpo());
    expect(again.status).toBe(202);
    expect(again.body.id).not.toBe(ping.body.id);
    const [, second] = await waitFor('the redelivery', () => receiver.at('/ping').length === 2 && receiver.at('/ping'));
    expect(second.headers['webhook-id']).toBe(first.headers['webhook-id']);
    expect(String(second.headers['webhook-signature']).split(' ')).toHaveLength(2);
    expect(verifies(hook.secret, second)).toBe(true);
    expect(verifies(rotated.body.secret, second)).toBe(true);

    const ended = await t.http
      .post(`/api/v1/webhooks/${hook.id}/rotate-secret`)
      .set(...dpo())
      .send({ gracePeriodSeconds: 0 });
    expect(ended.body.previousSecretValidUntil).toBeNull();
    await t.http
      .post(`/api/v1/webhooks/${hook.id}/ping`)
      .set(...dpo())
      .expect(202);
    const [, , third] = await waitFor('the last ping', () => receiver.at('/ping').length === 3 && receiver.at('/ping'));
    expect(verifies(ended.body.secret, third)).toBe(true);
    expect(verifies(rotated.body.secret, third)).toBe(false);
    expect(verifies(hook.secret, third)).toBe(false);

    await t.http
      .post(`/api/v1/webhooks/${hook.id}/deliveries/00000000-0000-4000-8000-000000000000/redeliver`)
      .set(...dpo())
      .expect(404);
  });

  it("sends `scheduled` at publication and `effective` once the version's date passes (clock moved)", async () => {
    const { policyId, activityId } = await freshPolicy(t);
    const hook = await createWebhook(t, {
      url: `${receiver.url}/lifecycle`,
      events: ['policy.version.scheduled', 'policy.version.effective'],
      policyIds: [policyId],
    });
    await publish(t, policyId, new Date());
    await waitFor('v1 effective', () => receiver.at('/lifecycle').length === 1);
    await t.http
      .patch(`/api/v1/processing-activities/${activityId}`)
      .set(...dpo())
      .send({ purpose: 'To answer messages and improve answers.' })
      .expect(200);
    const v2 = await publish(t, policyId, new Date(Date.now() + HOUR), 'Answers improve.');
    await waitFor('v2 scheduled', () => receiver.at('/lifecycle').length === 2);
    await sleep(300);
    const types = () => receiver.at('/lifecycle').map((r) => `${JSON.parse(r.body).type} v${JSON.parse(r.body).data.version.number}`);
    expect(types()).toEqual(['policy.version.effective v1', 'policy.version.scheduled v2']);

    const clock = t.app.get(WebhookClock);
    const later = jest.spyOn(clock, 'now').mockImplementation(() => new Date(Date.now() + 2 * HOUR));
    try {
      await waitFor('v2 effective', () => receiver.at('/lifecycle').length === 3);
      await sleep(300);
      expect(types()).toEqual(['policy.version.effective v1', 'policy.version.scheduled v2', 'policy.version.effective v2']);
      const effective = JSON.parse(receiver.at('/lifecycle')[2].body);
      expect(effective.timestamp).toBe(v2.body.effectiveFrom);
      await waitFor('the log', async () => (await deliveries(t, hook.id)).every((d) => d.status === 'succeeded'));
    } finally {
      later.mockRestore();
    }
  });
});

describe('webhooks: the outbox survives the process', () => {
  it('delivers after a restart what was committed before the worker could send it', async () => {
    const receiver = new Receiver();
    await receiver.start();
    const db = await sharedDatabase();
    let first: TestApp | null = await startTestApp({ ...WEBHOOK_ENV, ...db.env, WEBHOOK_WORKER: 'false' });
    let second: TestApp | null = null;
    try {
      await importExample(first.http, first.keys.dpo);
      const { policyId } = await freshPolicy(first);
      const hook = await createWebhook(first, {
        url: `${receiver.url}/restart`,
        events: ['policy.version.published', 'policy.version.effective'],
        policyIds: [policyId],
      });
      await publish(first, policyId, new Date());
      await sleep(300);
      expect(receiver.requests).toHaveLength(0);
      // The process goes away after the commit: nothing was sent, the outbox holds it.
      await first.close();
      first = null;
      second = await startTestApp({ ...WEBHOOK_ENV, ...db.env });
      await waitFor('both events', () => receiver.requests.length >= 2);
      await sleep(300);
      expect(receiver.requests.map((r) => JSON.parse(r.body).type).sort()).toEqual([
        'policy.version.effective',
        'policy.version.published',
      ]);
      for (const r of receiver.requests) expect(verifies(hook.secret, r)).toBe(true);
    } finally {
      await first?.close();
      await second?.close();
      await db.cleanup();
      await receiver.stop();
    }
  }, 180_000);

  const onPostgres = Boolean(process.env.DATABASE_URL);
  if (!onPostgres) {
    it.skip('two app instances on one PostgreSQL deliver each event once (runs only with DATABASE_URL: PGlite is one process)', () =>
      undefined);
    return;
  }
  it('two app instances on one PostgreSQL deliver each event once', async () => {
    const receiver = new Receiver();
    await receiver.start();
    const db = await sharedDatabase();
    const a = await startTestApp({ ...WEBHOOK_ENV, ...db.env, WEBHOOK_POLL_INTERVAL_MS: '10' });
    const b = await startTestApp({ ...WEBHOOK_ENV, ...db.env, WEBHOOK_POLL_INTERVAL_MS: '10' });
    try {
      await importExample(a.http, a.keys.dpo);
      const events = ['policy.version.published', 'policy.version.effective'];
      for (let i = 0; i < 4; i++) await createWebhook(i % 2 ? a : b, { url: `${receiver.url}/twin-${i}`, events });
      const policies = [];
      for (let i = 0; i < 4; i++) policies.push(await freshPolicy(i % 2 ? a : b));
      await Promise.all(policies.map((p, i) => publish(i % 2 ? b : a, p.policyId, new Date())));
      // 4 endpoints × 4 versions × (published + effective)
      await waitFor('every delivery', () => receiver.requests.length >= 32, 20_000);
      await sleep(500);
      const seen = receiver.requests.map((r) => `${r.path} ${String(r.headers['webhook-id'])}`);
      expect(seen).toHaveLength(32);
      expect(new Set(seen).size).toBe(32);
    } finally {
      await a.close();
      await b.close();
      await db.cleanup();
      await receiver.stop();
    }
  }, 120_000);
});
