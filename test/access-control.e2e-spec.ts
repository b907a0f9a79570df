import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { routeTable } from '../src/setup';
import { pathOf, startTestApp, type TestApp } from './support/app';
import { publishVersion } from './support/example-registry';
import { controllerProfile, Factories } from './support/factories';

type Who = 'none' | 'reader' | 'auditor' | 'dpo';
type Expected = [none: number, reader: number, auditor: number, dpo: number];
interface Request {
  path: string;
  body?: unknown;
}
interface Entry {
  expect: Expected;
  /** Builds the request; called once per caller, so a delete gets a fresh item each time */
  request?: () => Promise<Request> | Request;
}

const READ: Expected = [401, 200, 200, 200];
const WRITE_201: Expected = [401, 403, 403, 201];
const WRITE_200: Expected = [401, 403, 403, 200];
const DELETE_204: Expected = [401, 403, 403, 204];
const AUDIT: Expected = [401, 403, 200, 200];
const DPO_ONLY: Expected = [401, 403, 403, 200];
const PUBLIC: Expected = [200, 200, 200, 200];

/** Swagger UI's static files: public documentation, covered by GET /docs. */
const STATIC_DOCS = /^\/docs\/./;

describe('access control: every route has a decision for every role', () => {
  let t: TestApp;
  let f: Factories;
  let table: Record<string, Entry>;

  beforeAll(async () => {
    t = await startTestApp();
    f = new Factories(t.http, t.keys.dpo);
    await t.http.put('/api/v1/controller').set('Authorization', `Bearer ${t.keys.dpo}`).send(controllerProfile()).expect(200);
    const complete = await f.completeActivity();
    const recipient = await f.recipient();
    await f.transfer(recipient.id, { country: 'DE', mechanism: 'adequacy', sccModule: null });
    await f.tracker({ serviceIds: [complete.service.id] });
    const policy = await f.post('policies', { title: 'Policy', serviceId: complete.service.id, language: 'en' });
    const publish = (policyId: string, summary: string) => publishVersion(t.http, t.keys.dpo, policyId, { changeSummary: summary });
    await publish(policy.id, 'First');
    await t.http
      .patch(`/api/v1/processing-activities/${complete.activity.id}`)
      .set('Authorization', `Bearer ${t.keys.dpo}`)
      .send({ purpose: 'To deliver orders and answer questions about them.' })
      .expect(200);
    await publish(policy.id, 'Second');
    const form = await f.post<{ ref: string }>('collection-points', {
      name: 'Order form',
      serviceId: complete.service.id,
      processingActivityIds: [complete.activity.id],
    });

    const crud = (
      path: string,
      create: () => Promise<{ id: string }>,
      body: () => Record<string, unknown>,
      patch: Record<string, unknown>,
    ): Record<string, Entry> => ({
      [`GET /api/v1/${path}`]: { expect: READ },
      [`POST /api/v1/${path}`]: { expect: WRITE_201, request: () => ({ path: `/api/v1/${path}`, body: body() }) },
      [`GET /api/v1/${path}/:id`]: { expect: READ, request: async () => ({ path: `/api/v1/${path}/${(await create()).id}` }) },
      [`PATCH /api/v1/${path}/:id`]: {
        expect: WRITE_200,
        request: async () => ({ path: `/api/v1/${path}/${(await create()).id}`, body: patch }),
      },
      [`DELETE /api/v1/${path}/:id`]: { expect: DELETE_204, request: async () => ({ path: `/api/v1/${path}/${(await create()).id}` }) },
    });
    let n = 0;
    const next = () => `item ${++n}`;
    const webhookBody = () => ({ url: `https://hooks-${++n}.invalid/ropa`, events: ['policy.version.published'] });
    const webhook = () => f.post<{ id: string }>('webhooks', webhookBody());
    table = {
      'GET /health/live': { expect: PUBLIC },
      'GET /health/ready': { expect: PUBLIC },
      'GET /docs': { expect: PUBLIC },
      'GET /docs/': { expect: PUBLIC },
      'GET /docs-json': { expect: PUBLIC },
      'GET /docs-yaml': { expect: PUBLIC },
      'GET /api/v1/controller': { expect: READ },
      'PUT /api/v1/controller': { expect: DPO_ONLY, request: () => ({ path: '/api/v1/controller', body: controllerProfile() }) },
      'POST /api/v1/api-keys': {
        expect: WRITE_201,
        request: () => ({ path: '/api/v1/api-keys', body: { role: 'reader', label: next() } }),
      },
      'GET /api/v1/api-keys': { expect: DPO_ONLY },
      'DELETE /api/v1/api-keys/:id': {
        expect: DPO_ONLY,
        request: async () => ({ path: `/api/v1/api-keys/${(await f.post('api-keys', { role: 'reader', label: next() })).id}` }),
      },
      ...crud(
        'services',
        () => f.service(),
        () => ({ name: next(), slug: `slug-${n}` }),
        { description: 'x' },
      ),
      ...crud(
        'data-categories',
        () => f.dataCategory(),
        () => ({ name: next(), collection: 'provided' }),
        { description: 'x' },
      ),
      ...crud(
        'data-subject-categories',
        () => f.dataSubjectCategory(),
        () => ({ name: next() }),
        { description: 'x' },
      ),
      ...crud(
        'recipients',
        () => f.recipient(),
        () => ({ name: next(), type: 'processor', country: 'DE' }),
        { description: 'x' },
      ),
      ...crud(
        'transfers',
        () => f.transfer(recipient.id),
        () => ({ recipientId: recipient.id, country: 'US', mechanism: 'scc', sccModule: 2 }),
        { safeguards: 'x' },
      ),
      ...crud(
        'retention-rules',
        () => f.retentionRule(),
        () => ({ name: next(), trigger: 'other', criteria: 'x' }),
        { criteria: 'y' },
      ),
      ...crud(
        'security-measures',
        () => f.securityMeasure(),
        () => ({ name: next(), kind: 'technical', description: 'x' }),
        { description: 'y' },
      ),
      ...crud(
        'trackers',
        () => f.tracker(),
        () => ({ name: next(), kind: 'cookie', category: 'strictly_necessary', provider: 'Us', party: 'first', purpose: 'x' }),
        { purpose: 'y' },
      ),
      ...crud(
        'collection-points',
        () => f.post('collection-points', { name: next(), serviceId: complete.service.id, processingActivityIds: [complete.activity.id] }),
        () => ({ name: next(), serviceId: complete.service.id }),
        { name: 'y' },
      ),
      ...crud(
        'processing-activities',
        () => f.processingActivity(),
        () => ({ name: next(), purpose: 'x', role: 'controller', status: 'draft', legalBasis: 'art6_1_b' }),
        { purpose: 'y' },
      ),
      ...crud(
        'policies',
        () => f.post('policies', { title: next(), language: 'en' }),
        () => ({ title: next(), language: 'en' }),
        { title: 'y' },
      ),
      'GET /api/v1/policies/:id/preview': { expect: READ, request: () => ({ path: `/api/v1/policies/${policy.id}/preview?format=md` }) },
      'GET /api/v1/policies/:id/summary': { expect: READ, request: () => ({ path: `/api/v1/policies/${policy.id}/summary?format=md` }) },
      'GET /api/v1/policies/:id/preview-link': { expect: READ, request: () => ({ path: `/api/v1/policies/${policy.id}/preview-link` }) },
      // The signed link is the credential: anyone holding it reads the draft, with or without a key.
      'GET /api/v1/public/previews/:policyId': {
        expect: PUBLIC,
        request: async () => ({
          path: pathOf(
            String(
              (await t.http.get(`/api/v1/policies/${policy.id}/preview-link`).set('Authorization', `Bearer ${t.keys.reader}`)).body.url,
            ),
          ),
        }),
      },
      'POST /api/v1/policies/:id/versions': {
        expect: WRITE_201,
        request: async () => ({
          path: `/api/v1/policies/${(await f.post('policies', { title: next(), language: 'en', serviceId: complete.service.id })).id}/versions`,
          body: { changeSummary: 'First', material: false },
        }),
      },
      'GET /api/v1/policies/:id/versions': { expect: READ, request: () => ({ path: `/api/v1/policies/${policy.id}/versions` }) },
      'GET /api/v1/policies/:id/versions/:number': {
        expect: READ,
        request: () => ({ path: `/api/v1/policies/${policy.id}/versions/1?format=json` }),
      },
      'GET /api/v1/policies/:id/versions/:a/diff/:b': {
        expect: READ,
        request: () => ({ path: `/api/v1/policies/${policy.id}/versions/1/diff/2` }),
      },
      'GET /api/v1/public/policies/:serviceSlug': {
        expect: PUBLIC,
        request: () => ({ path: `/api/v1/public/policies/${String(complete.service.slug)}` }),
      },
      // Its first layer and banner configurations (issue 25): public like the policy.
      'GET /api/v1/public/policies/:serviceSlug/summary': {
        expect: PUBLIC,
        request: () => ({ path: `/api/v1/public/policies/${String(complete.service.slug)}/summary` }),
      },
      'GET /api/v1/public/policies/:serviceSlug/consent/:format': {
        expect: PUBLIC,
        request: () => ({ path: `/api/v1/public/policies/${String(complete.service.slug)}/consent/klaro` }),
      },
      // The notice beside a form (issue 25): public like the policy it links to.
      'GET /api/v1/public/collection-points/:ref/notice': {
        expect: PUBLIC,
        request: () => ({ path: `/api/v1/public/collection-points/${form.ref}/notice` }),
      },
      // A camera sign (issue 25): public like the policy; 404 here shows the guard let every caller through.
      'GET /api/v1/public/policies/:serviceSlug/signs/:activityRef': {
        expect: [404, 404, 404, 404],
        request: () => ({ path: `/api/v1/public/policies/${String(complete.service.slug)}/signs/${String(complete.activity.ref)}` }),
      },
      // Global Privacy Control support (issue 25): public; the profile here records none, so 404 for every caller.
      'GET /.well-known/gpc.json': { expect: [404, 404, 404, 404] },
      // The CORS preflight of the public policy: open to any caller, like the policy itself.
      'OPTIONS /api/v1/public/policies/:serviceSlug': {
        expect: [204, 204, 204, 204],
        request: () => ({ path: `/api/v1/public/policies/${String(complete.service.slug)}` }),
      },
      'GET /api/v1/compliance/summary': { expect: READ },
      'GET /api/v1/compliance/findings': { expect: READ },
      'GET /api/v1/compliance/rules': { expect: READ },
      // The registry here is not empty and has policies, so even a dry run is refused: 409 shows the dpo passed the guard.
      'POST /api/v1/imports/ropa': {
        expect: [401, 403, 403, 409],
        request: () => ({
          path: '/api/v1/imports/ropa?dryRun=true',
          body: { format: 'ropa-registry/1', services: [{ ref: 's', name: 'S', slug: 's' }] },
        }),
      },
      'GET /api/v1/exports/ropa': { expect: AUDIT, request: () => ({ path: '/api/v1/exports/ropa?format=csv' }) },
      'GET /api/v1/audit-events': { expect: AUDIT },
      'GET /api/v1/audit-events/export': { expect: AUDIT },
      'GET /api/v1/audit-events/verify': { expect: AUDIT },
      'GET /api/v1/audit-events/head': { expect: AUDIT },
      // Webhooks are the DPO's alone; `.invalid` never resolves (RFC 6761), so no delivery leaves the machine.
      'GET /api/v1/webhooks': { expect: DPO_ONLY },
      'POST /api/v1/webhooks': { expect: WRITE_201, request: () => ({ path: '/api/v1/webhooks', body: webhookBody() }) },
      'GET /api/v1/webhooks/:id': { expect: DPO_ONLY, request: async () => ({ path: `/api/v1/webhooks/${(await webhook()).id}` }) },
      'PATCH /api/v1/webhooks/:id': {
        expect: WRITE_200,
        request: async () => ({ path: `/api/v1/webhooks/${(await webhook()).id}`, body: { active: false } }),
      },
      'DELETE /api/v1/webhooks/:id': { expect: DELETE_204, request: async () => ({ path: `/api/v1/webhooks/${(await webhook()).id}` }) },
      'POST /api/v1/webhooks/:id/rotate-secret': {
        expect: WRITE_200,
        request: async () => ({ path: `/api/v1/webhooks/${(await webhook()).id}/rotate-secret`, body: {} }),
      },
      'GET /api/v1/webhooks/:id/deliveries': {
        expect: DPO_ONLY,
        request: async () => ({ path: `/api/v1/webhooks/${(await webhook()).id}/deliveries` }),
      },
      'POST /api/v1/webhooks/:id/ping': {
        expect: [401, 403, 403, 202],
        request: async () => ({ path: `/api/v1/webhooks/${(await webhook()).id}/ping` }),
      },
      'POST /api/v1/webhooks/:id/deliveries/:deliveryId/redeliver': {
        expect: [401, 403, 403, 202],
        request: async () => {
          const { id } = await webhook();
          const ping = await t.http.post(`/api/v1/webhooks/${id}/ping`).set('Authorization', `Bearer ${t.keys.dpo}`).expect(202);
          return { path: `/api/v1/webhooks/${id}/deliveries/${(ping.body as { id: string }).id}/redeliver` };
        },
      },
    };
  });

  afterAll(async () => {
    await t.close();
  });

  /** The routes to decide on: all the app registers but Swagger UI's static files (HEAD is never listed). */
  const registered = (): string[] =>
    routeTable(t.app)
      .filter((r) => r.method !== 'HEAD' && !STATIC_DOCS.test(r.url))
      .map((r) => `${r.method} ${r.url}`);

  const auditCount = async (): Promise<number> =>
    Number(((await t.dataSource.query('SELECT count(*)::text AS n FROM audit_event')) as { n: string }[])[0].n);

  it('has an entry in the access table for every route the app registers, and none for a route it does not', () => {
    const routes = registered();
    expect(routes.length).toBeGreaterThan(50);
    expect(routes.filter((route) => !(route in table))).toEqual([]);
    expect(Object.keys(table).filter((key) => !routes.includes(key))).toEqual([]);
  });

  it('answers each caller of each registered route as the table says; refusals are problem+json and write nothing', async () => {
    const keys: Record<Who, string | null> = { none: null, reader: t.keys.reader, auditor: t.keys.auditor, dpo: t.keys.dpo };
    const mismatches: string[] = [];
    for (const route of registered()) {
      const entry = table[route];
      if (!entry) {
        mismatches.push(`${route}: no access decision in the table`);
        continue;
      }
      const [method, url] = route.split(' ');
      for (const [i, who] of (['none', 'reader', 'auditor', 'dpo'] as const).entries()) {
        const request = entry.request ? await entry.request() : { path: url };
        const verb = method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete' | 'options';
        let call = t.http[verb](request.path);
        const key = keys[who];
        if (key) call = call.set('Authorization', `Bearer ${key}`);
        const before = await auditCount();
        const res = request.body === undefined ? await call : await call.send(request.body as object);
        const expected = entry.expect[i];
        if (res.status !== expected) {
          mismatches.push(`${route} as ${who}: ${res.status}, expected ${expected} ${res.status >= 400 ? JSON.stringify(res.body) : ''}`);
          continue;
        }
        if (expected === 401 || expected === 403) {
          const problem = res.headers['content-type']?.includes('application/problem+json') && res.body.status === expected;
          if (!problem) mismatches.push(`${route} as ${who}: ${expected} is not a problem+json answer`);
          if (expected === 401 && res.headers['www-authenticate'] !== 'Bearer')
            mismatches.push(`${route} as ${who}: 401 without WWW-Authenticate`);
          if ((await auditCount()) !== before) mismatches.push(`${route} as ${who}: refused, yet an audit event was written`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});
