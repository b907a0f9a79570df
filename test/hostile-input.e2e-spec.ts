import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditService } from '../src/audit/audit.service';
import { bearer, startTestApp, type TestApp } from './support/app';
import { createExamplePolicy, importExample, publishVersion } from './support/example-registry';
import { controllerProfile } from './support/factories';

/** A 400 problem whose errors[] names `path`. */
const namesField = (res: { status: number; headers: Record<string, string>; body: { errors?: { path: string }[] } }, path: string) => {
  expect(res.status).toBe(400);
  expect(res.headers['content-type']).toContain('application/problem+json');
  expect(res.body.errors?.map((e) => e.path)).toContain(path);
};

describe('hostile input is refused as a problem, never a 5xx', () => {
  let t: TestApp;
  let policyId: string;
  const dpo = () => bearer(t.keys.dpo);

  beforeAll(async () => {
    t = await startTestApp({ BODY_LIMIT_BYTES: '65536' });
    await importExample(t.http, t.keys.dpo);
    policyId = (await createExamplePolicy(t.http, t.keys.dpo, { title: 'Hostile', options: undefined })).id;
    await publishVersion(t.http, t.keys.dpo, policyId, { changeSummary: 'First' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers a body sent where none is read (ping, redeliver) with a declared 415 or 413 problem', async () => {
    const id = '00000000-0000-4000-8000-00000000dead';
    for (const url of [`/api/v1/webhooks/${id}/ping`, `/api/v1/webhooks/${id}/deliveries/${id}/redeliver`]) {
      // The contract hook fails the request when the status is not declared for the operation.
      const form = await t.http
        .post(url)
        .set(...dpo())
        .set('Content-Type', 'text/plain')
        .send('hello');
      expect(form.status).toBe(415);
      expect(form.headers['content-type']).toContain('application/problem+json');
      const large = await t.http
        .post(url)
        .set(...dpo())
        .set('Content-Type', 'application/json')
        .send(JSON.stringify({ padding: 'x'.repeat(70_000) }));
      expect(large.status).toBe(413);
    }
  });

  it('refuses a body nested deeper than the limit with 400, on ordinary routes and the import route alike', async () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    for (const url of ['/api/v1/services', '/api/v1/imports/ropa']) {
      const res = await t.http
        .post(url)
        .set(...dpo())
        .set('Content-Type', 'application/json')
        .send(`{"name":${deep}}`);
      expect(res.status).toBe(400);
      expect(res.body.detail).toMatch(/deeper than 32 levels/);
    }
  });

  it('parses a large import in steps with the same answers as whole: counts, depth, unstorable text', async () => {
    // Over 256 KB, the import route parses member by member and element by element (src/common/json-in-steps.ts).
    const categories = Array.from({ length: 3000 }, (_, i) => ({
      ref: `cat-${i}`,
      name: `Category ${i}`,
      description: 'Padding that makes the document large enough to be parsed in steps.',
      examples: ['one', 'two'],
      special: false,
      criminal: false,
      collection: 'provided',
    }));
    const doc = { format: 'ropa-registry/1', controller: null, services: [], dataCategories: categories };
    const send = (body: string) =>
      t.http
        .post('/api/v1/imports/ropa?dryRun=true&replace=true')
        .set(...dpo())
        .set('Content-Type', 'application/json')
        .send(body);
    const text = JSON.stringify(doc);
    expect(text.length).toBeGreaterThan(256 * 1024);
    const ok = await send(text);
    expect(ok.status).toBe(200);
    expect(ok.body.created.dataCategories).toBe(3000);
    const deep = text.replace('"examples":["one","two"]', `"examples":${'['.repeat(40)}${']'.repeat(40)}`);
    const tooDeep = await send(deep);
    expect(tooDeep.status).toBe(400);
    expect(tooDeep.body.detail).toMatch(/deeper than 32 levels/);
    namesField(await send(text.replace('"Category 2999"', '"Category \\u0000 2999"')), 'dataCategories[2999].name');
  });

  it('refuses a body over the size limit with 413 problem+json', async () => {
    const res = await t.http
      .post('/api/v1/services')
      .set(...dpo())
      .send({ name: 'x'.repeat(70_000), slug: 'big' });
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('refuses a lone UTF-16 surrogate in a body with a 400 naming the field', async () => {
    namesField(
      await t.http
        .post('/api/v1/services')
        .set(...dpo())
        .send({ name: 'ok', slug: 'lone', description: 'bad \ud800 text' }),
      'description',
    );
    namesField(
      await t.http
        .post('/api/v1/data-categories')
        .set(...dpo())
        .send({ name: 'x', collection: 'provided', examples: ['fine', '\udc00'] }),
      'examples[1]',
    );
  });

  it('never answers 5xx to ill-formed UTF-8 or surrogates in a query or a path', async () => {
    for (const url of [
      '/api/v1/services?q=%ED%A0%80',
      '/api/v1/services?q=%ED%B0%80x',
      '/api/v1/public/policies/%ED%A0%80',
      '/api/v1/services/%ED%A0%80',
    ]) {
      // Ill-formed UTF-8 decodes to U+FFFD (a valid search that finds nothing) or is refused.
      const res = await t.http.get(url).set(...dpo());
      expect(res.status).toBeLessThan(500);
      if (res.status >= 400) expect(res.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('bounds every numeric input to what the column holds: offsets, limits and version numbers', async () => {
    for (const offset of ['9223372036854775807', '1e20', '2147483648']) {
      namesField(await t.http.get(`/api/v1/services?offset=${offset}`).set(...dpo()), 'offset');
      namesField(await t.http.get(`/api/v1/audit-events?offset=${offset}`).set(...bearer(t.keys.auditor)), 'offset');
    }
    namesField(await t.http.get('/api/v1/services?limit=1e20').set(...dpo()), 'limit');
    namesField(await t.http.get(`/api/v1/policies/${policyId}/versions/2147483648`).set(...dpo()), 'number');
    namesField(await t.http.get(`/api/v1/policies/${policyId}/versions/1/diff/2147483648`).set(...dpo()), 'b');
    namesField(await t.http.get(`/api/v1/policies/${policyId}/versions/0/diff/1`).set(...dpo()), 'a');
    const largest = await t.http.get(`/api/v1/policies/${policyId}/versions/2147483647`).set(...dpo());
    expect(largest.status).toBe(404);
  });

  it('refuses U+0000 in a query or a path, also on the unauthenticated public route', async () => {
    namesField(await t.http.get('/api/v1/services?q=%00').set(...dpo()), 'q');
    const res = await t.http.get('/api/v1/public/policies/%00');
    namesField(res, 'serviceSlug');
    namesField(await t.http.get('/api/v1/public/policies/livechat-instagram?lang=%00'), 'lang');
  });

  it('answers 415 to any body that is not JSON, and writes nothing', async () => {
    const before = await t.http.get('/api/v1/services').set(...dpo());
    for (const type of ['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x', 'application/xml']) {
      const res = await t.http
        .post('/api/v1/services')
        .set(...dpo())
        .set('Content-Type', type)
        .send('name=Form&slug=form');
      expect(res.status).toBe(415);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    const after = await t.http.get('/api/v1/services').set(...dpo());
    expect(after.body.total).toBe(before.body.total);
  });

  it('says a missing required field "is required"', async () => {
    const res = await t.http
      .post('/api/v1/services')
      .set(...dpo())
      .send({ slug: 'no-name' });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ path: 'name', message: 'name is required' }]);
  });

  it('PUT /controller requires the nested address and authority, and replaces the whole profile', async () => {
    const { registeredAddress: _address, ...withoutAddress } = controllerProfile();
    const { supervisoryAuthority: _authority, ...withoutAuthority } = controllerProfile();
    const noAddress = await t.http
      .put('/api/v1/controller')
      .set(...dpo())
      .send(withoutAddress);
    expect(noAddress.body.errors).toEqual([{ path: 'registeredAddress', message: 'registeredAddress is required' }]);
    namesField(
      await t.http
        .put('/api/v1/controller')
        .set(...dpo())
        .send(withoutAuthority),
      'supervisoryAuthority',
    );
    namesField(
      await t.http
        .put('/api/v1/controller')
        .set(...dpo())
        .send({ ...controllerProfile(), registeredAddress: [] }),
      'registeredAddress',
    );
    const before = await t.http.get('/api/v1/controller').set(...dpo());
    const replaced = await t.http
      .put('/api/v1/controller')
      .set(...dpo())
      .send({ ...controllerProfile(), phone: undefined, website: undefined, minimumAge: undefined });
    expect(replaced.status).toBe(200);
    expect(replaced.body.version).toBe(before.body.version + 1);
    expect(replaced.body).toMatchObject({ phone: null, website: null, minimumAge: null });
  });

  it('compares If-Match strongly: a weak tag of the current version is stale (412)', async () => {
    const service = await t.http
      .post('/api/v1/services')
      .set(...dpo())
      .send({ name: 'Etag', slug: 'etag-strong' })
      .expect(201);
    const weak = await t.http
      .patch(`/api/v1/services/${service.body.id}`)
      .set(...dpo())
      .set('If-Match', 'W/"1"')
      .send({ name: 'Weak' });
    expect(weak.status).toBe(412);
    await t.http
      .patch(`/api/v1/services/${service.body.id}`)
      .set(...dpo())
      .set('If-Match', '"1"')
      .send({ name: 'Strong' })
      .expect(200);
  });

  it('answers a CORS preflight on the public route, and serves the public HTML under a CSP without unsafe-inline', async () => {
    const preflight = await t.http
      .options('/api/v1/public/policies/livechat-instagram')
      .set('Origin', 'https://shop.example')
      .set('Access-Control-Request-Method', 'GET');
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('*');
    expect(preflight.headers['access-control-allow-methods']).toContain('GET');
    const html = await t.http.get('/api/v1/public/policies/livechat-instagram?format=html&standalone=true');
    expect(html.status).toBe(200);
    const csp = String(html.headers['content-security-policy']);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
    const docs = await t.http.get('/docs');
    expect(String(docs.headers['content-security-policy'])).toContain("'unsafe-inline'");
  });
});

describe('rate limits: proxies trusted only when configured; probes and the public route apart', () => {
  const privateRoute = (t: TestApp, forwardedFor?: string) => {
    const req = t.http.get('/api/v1/services').set(...bearer(t.keys.reader));
    return forwardedFor ? req.set('X-Forwarded-For', forwardedFor) : req;
  };

  it('ignores X-Forwarded-For by default, so a new one per request does not reset the bucket', async () => {
    const t = await startTestApp({ RATE_LIMIT_MAX: '3' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i += 1) statuses.push((await privateRoute(t, `203.0.113.${i}`)).status);
      expect(statuses).toContain(429);
      // Probes are never limited, and the public route has its own bucket.
      for (let i = 0; i < 5; i += 1) expect((await t.http.get('/health/ready')).status).toBe(200);
      expect((await t.http.get('/health/live')).headers['x-ratelimit-limit']).toBeUndefined();
      expect((await t.http.get('/api/v1/public/policies/none')).status).toBe(404);
    } finally {
      await t.close();
    }
  });

  it('believes X-Forwarded-For from the proxies TRUST_PROXY lists', async () => {
    const t = await startTestApp({ RATE_LIMIT_MAX: '3', TRUST_PROXY: '127.0.0.1,::1' });
    try {
      for (let i = 0; i < 6; i += 1) expect((await privateRoute(t, `203.0.113.${i}`)).status).toBe(200);
    } finally {
      await t.close();
    }
  });

  it('limits the public route with its own configurable bucket', async () => {
    const t = await startTestApp({ RATE_LIMIT_MAX: '100', PUBLIC_RATE_LIMIT_MAX: '2' });
    try {
      const answers = [];
      for (let i = 0; i < 3; i += 1) answers.push(await t.http.get('/api/v1/public/policies/none'));
      expect(answers.map((r) => r.status)).toEqual([404, 404, 429]);
      // Websites get no X-RateLimit-* headers until the limit is reached; the 429 says when to retry.
      expect(answers[0].headers['x-ratelimit-limit']).toBeUndefined();
      expect(answers[2].headers['content-type']).toContain('application/problem+json');
      expect(Number(answers[2].headers['retry-after'])).toBeGreaterThan(0);
      const api = await privateRoute(t);
      expect(api.status).toBe(200);
      expect(api.headers['x-ratelimit-limit']).toBe('100');
    } finally {
      await t.close();
    }
  });
});

describe('the database busy or away: 503 problem with Retry-After', () => {
  it('turns a write waiting behind a long registry write into 503 after the lock timeout', async () => {
    const t = await startTestApp({ LOCK_TIMEOUT_MS: '1000' });
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const importLike = t.dataSource.transaction(async (manager) => {
      await t.app.get(AuditService).lockRegistry(manager);
      locked();
      await held;
    });
    try {
      await isLocked;
      const started = Date.now();
      const res = await t.http
        .post('/api/v1/services')
        .set(...bearer(t.keys.dpo))
        .send({ name: 'Waits', slug: 'waits' });
      expect(res.status).toBe(503);
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      expect(res.headers['content-type']).toContain('application/problem+json');
    } finally {
      release();
      await importLike;
    }
    await t.http
      .post('/api/v1/services')
      .set(...bearer(t.keys.dpo))
      .send({ name: 'After', slug: 'after' })
      .expect(201);
    await t.close();
  });

  it('answers 503 problem on routes that need the database when it is gone; liveness still answers', async () => {
    const t = await startTestApp();
    await t.dataSource.destroy();
    for (const [url, key] of [
      ['/api/v1/services', t.keys.reader],
      ['/api/v1/audit-events', t.keys.auditor],
      ['/api/v1/public/policies/any', null],
      ['/health/ready', null],
    ] as const) {
      const req = t.http.get(url);
      const res = await (key ? req.set(...bearer(key)) : req);
      expect({ url, status: res.status }).toEqual({ url, status: 503 });
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    }
    expect((await t.http.get('/health/live')).status).toBe(200);
    await t.app.close().catch(() => undefined);
  });
});
