import { get, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { generateApiKey, hashApiKey, keyPrefix } from '../src/auth/api-key-secret';
import { bearer, startTestApp, type TestApp } from './support/app';
import { PublicAnswers } from '../src/policy/public-answers';
import { publishExamplePolicy, publishVersion, type PublishedPolicy } from './support/example-registry';
import { within } from './support/replica';
import { countStatements, type SqlCounter } from './support/sql-counter';
import { RegistryStatements } from '../src/registry/shared/registry-sql';
import type { CrudDefinition } from '../src/registry/shared/resource-definition';
import { CRUD_DEFINITIONS } from '../src/resources';

/** A plain HTTP request, which leaves a compressed body as it was sent (supertest inflates it). */
async function fetchRaw(
  t: TestApp,
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  const server = t.app.getHttpServer() as Server;
  if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

describe('caches: API keys and public policies answered from memory, forgotten on every change', () => {
  let t: TestApp;
  let sql: SqlCounter;
  let policy: PublishedPolicy;
  const dpo = () => bearer(t.keys.dpo);

  beforeAll(async () => {
    t = await startTestApp();
    policy = await publishExamplePolicy(t.http, t.keys.dpo);
    sql = countStatements(t.dataSource);
  });
  afterAll(async () => {
    sql.stop();
    await t.close();
  });

  it('serves the public policy, its 304 and its compressed copies with no SQL statement once it is cached', async () => {
    // supertest asks for gzip (and inflates it): the identity answer is another representation, with its own ETag.
    const first = await t.http.get(policy.publicUrl).expect(200);
    expect(first.headers['content-encoding']).toBe('gzip');
    sql.reset();
    const again = await t.http.get(policy.publicUrl).set('Accept-Encoding', 'identity').expect(200);
    expect(again.text).toBe(first.text);
    expect(again.headers.etag).toBe(first.headers.etag.replace(/\.gzip"$/, '"'));
    expect(again.headers['cache-control']).toBe('public, max-age=300');
    expect(again.headers['content-encoding']).toBeUndefined();
    await t.http.get(policy.publicUrl).set('If-None-Match', first.headers.etag).expect(304);
    await t.http.get(policy.publicUrl).set('If-None-Match', `"other", W/${first.headers.etag}`).expect(304);
    const br = await fetchRaw(t, policy.publicUrl, { 'accept-encoding': 'gzip, br' });
    expect(br).toMatchObject({ status: 200, headers: { 'content-encoding': 'br', vary: 'Accept-Encoding, Accept-Language' } });
    expect(br.body.length).toBeLessThan(first.text.length / 2);
    expect(brotliDecompressSync(br.body).toString('utf8')).toBe(first.text);
    const gz = await fetchRaw(t, policy.publicUrl, { 'accept-encoding': 'br;q=0, gzip' });
    expect(gz).toMatchObject({ status: 200, headers: { 'content-encoding': 'gzip' } });
    expect(gunzipSync(gz.body).toString('utf8')).toBe(first.text);
    expect(sql.statements).toEqual([]);
  });

  it('gives the brotli, gzip and identity answers different strong ETags, and answers any of them 304, also to If-Modified-Since', async () => {
    const url = `${policy.publicUrl}?format=txt`;
    const br = await fetchRaw(t, url, { 'accept-encoding': 'br' });
    const gz = await fetchRaw(t, url, { 'accept-encoding': 'gzip' });
    const plain = await fetchRaw(t, url, {});
    expect([br.headers['content-encoding'], gz.headers['content-encoding'], plain.headers['content-encoding']]).toEqual([
      'br',
      'gzip',
      undefined,
    ]);
    const tags = [br, gz, plain].map((answer) => answer.headers.etag as string);
    expect(new Set(tags).size).toBe(3);
    for (const tag of tags) expect(tag).toMatch(/^"[^"]+"$/);
    expect(tags[0]).toBe(tags[2].replace(/"$/, '.br"'));
    // A client holding any copy is up to date whatever it asks for now; the 304 names the copy it holds.
    for (const held of tags)
      for (const accept of ['br', 'gzip', 'identity']) {
        const revalidated = await fetchRaw(t, url, { 'accept-encoding': accept, 'if-none-match': held });
        expect({ held, accept, status: revalidated.status, etag: revalidated.headers.etag }).toEqual({
          held,
          accept,
          status: 304,
          etag: held,
        });
      }
    const lastModified = plain.headers['last-modified'] as string;
    const sinceThen = await fetchRaw(t, url, { 'accept-encoding': 'br', 'if-modified-since': lastModified });
    expect({ status: sinceThen.status, etag: sinceThen.headers.etag, body: sinceThen.body.length }).toEqual({
      status: 304,
      etag: tags[0],
      body: 0,
    });
    const later = new Date(Date.parse(lastModified) + 86_400_000).toUTCString();
    expect((await fetchRaw(t, url, { 'if-modified-since': later })).status).toBe(304);
    const before = new Date(Date.parse(lastModified) - 1000).toUTCString();
    expect((await fetchRaw(t, url, { 'if-modified-since': before })).status).toBe(200);
    expect((await fetchRaw(t, url, { 'if-modified-since': 'not a date' })).status).toBe(200);
    // If-None-Match decides when both are sent (RFC 9110 §13.2.2).
    expect((await fetchRaw(t, url, { 'if-none-match': '"stale"', 'if-modified-since': later })).status).toBe(200);
    // Through the harness too, so the contract hook checks the 304 against the document.
    await t.http.get(url).set('If-Modified-Since', lastModified).expect(304);
  });

  it("sends a held public answer before Nest's pipeline, with the same headers, and leaves the rest to the controller", async () => {
    const answers = t.app.get(PublicAnswers);
    const url = `${policy.publicUrl}?format=md`;
    const viaController = jest.spyOn(answers, 'send');
    try {
      const first = await t.http.get(url).expect(200);
      expect(viaController).toHaveBeenCalledTimes(1);
      viaController.mockClear();
      const held = await t.http.get(url).expect(200);
      const revalidated = await t.http.get(url).set('If-None-Match', first.headers.etag).expect(304);
      // Served from memory by the route's preHandler: the controller was not reached.
      expect(viaController).not.toHaveBeenCalled();
      expect(held.text).toBe(first.text);
      const same = [
        'etag',
        'last-modified',
        'content-type',
        'content-language',
        'vary',
        'link',
        'cache-control',
        'content-security-policy',
        'x-content-type-options',
        'access-control-allow-origin',
      ];
      for (const name of same) expect([name, held.headers[name]]).toEqual([name, first.headers[name]]);
      expect(held.headers['x-request-id']).toBeDefined();
      expect(held.headers['x-request-id']).not.toBe(first.headers['x-request-id']);
      expect(revalidated.headers.etag).toBe(first.headers.etag);
      // The 304 carries what RFC 9110 §15.4.5 asks for (and CORS needs), not the 200's metadata.
      expect(revalidated.headers).toMatchObject({
        vary: first.headers.vary,
        'cache-control': first.headers['cache-control'],
        'access-control-allow-origin': '*',
      });
      expect(revalidated.headers.date).toBeDefined();
      expect(revalidated.headers['x-request-id']).toBeDefined();
      for (const name of ['last-modified', 'content-language', 'link', 'content-type', 'content-security-policy'])
        expect([name, revalidated.headers[name]]).toEqual([name, undefined]);
      // Errors are the controller's: problem+json as ever.
      const refused = await t.http.get(url).set('Accept-Language', 'fr').expect(406);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.headers['content-security-policy']).toBe(first.headers['content-security-policy']);
      await t.http.get(`${url}&lang=de`).expect(404);
      expect(viaController).not.toHaveBeenCalled();
      // HEAD: the 200's headers, security headers included, without the body.
      const head = await t.http.head(url).set('Accept-Encoding', 'gzip').expect(200);
      for (const name of ['etag', 'content-type', 'content-security-policy', 'access-control-allow-origin'])
        expect([name, head.headers[name]]).toEqual([name, first.headers[name]]);
      expect(head.text ?? '').toBe('');
      // A 304 written by the controller (nothing held) has the same header set as one from memory.
      viaController.mockClear();
      answers.invalidate();
      const fresh = await t.http.get(url).set('If-None-Match', first.headers.etag).expect(304);
      expect(viaController).toHaveBeenCalledTimes(1);
      expect(Object.keys(fresh.headers).sort()).toEqual(Object.keys(revalidated.headers).sort());
    } finally {
      viaController.mockRestore();
    }
  });

  it('checks the public query by hand, as strictly as the other routes', async () => {
    const bad = await t.http.get(`${policy.publicUrl}?format=pdf&lang=xx&standalone=yes&color=red`).expect(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.body.errors).toEqual([
      { path: 'format', message: 'format must be one of the following values: md, html, txt, json' },
      { path: 'lang', message: 'lang must be one of the following values: en, pl, de' },
      { path: 'standalone', message: 'standalone must be a boolean value' },
      { path: 'color', message: 'property color should not exist' },
    ]);
    const page = await t.http.get(`${policy.publicUrl}?format=html&standalone=true&lang=en`).expect(200);
    expect(page.text).toMatch(/^<!doctype html>/);
    const md = await t.http.get(`${policy.publicUrl}?format=md`).expect(200);
    expect(md.headers['content-type']).toBe('text/markdown; charset=utf-8');
  });

  it('serves a new version at once after its publication', async () => {
    const before = await t.http.get(`${policy.publicUrl}?format=md`).expect(200);
    await t.http
      .patch(`/api/v1/policies/${policy.policyId}`)
      .set(...dpo())
      .send({ title: 'Privacy Policy, second edition' })
      .expect(200);
    // A policy written but not published: the public answer is still the version in effect.
    expect((await t.http.get(`${policy.publicUrl}?format=md`).expect(200)).text).toBe(before.text);
    await publishVersion(t.http, t.keys.dpo, policy.policyId, { effectiveFrom: new Date(Date.now() - 1000), changeSummary: 'Second' });
    const after = await t.http.get(`${policy.publicUrl}?format=md`).expect(200);
    expect(after.text).toContain('# Privacy Policy, second edition');
    expect(after.headers.etag).not.toBe(before.headers.etag);
  });

  it('forgets the answer when the service changes its slug', async () => {
    await t.http.get(policy.publicUrl).expect(200);
    const renamed = `${policy.slug}-renamed`;
    await t.http
      .patch(`/api/v1/services/${policy.serviceId}`)
      .set(...dpo())
      .send({ slug: renamed })
      .expect(200);
    await t.http.get(policy.publicUrl).expect(404);
    await t.http.get(`/api/v1/public/policies/${renamed}`).expect(200);
    await t.http
      .patch(`/api/v1/services/${policy.serviceId}`)
      .set(...dpo())
      .send({ slug: policy.slug })
      .expect(200);
    await t.http.get(policy.publicUrl).expect(200);
  });

  it('announces a version scheduled a moment ahead, and serves it once its effectiveFrom passes', async () => {
    await t.http
      .patch(`/api/v1/policies/${policy.policyId}`)
      .set(...dpo())
      .send({ title: 'Privacy Policy, third edition' })
      .expect(200);
    // Far enough ahead that a slow publication on a loaded machine still finishes before it.
    const effectiveFrom = new Date(Date.now() + 4000);
    await publishVersion(t.http, t.keys.dpo, policy.policyId, { effectiveFrom, changeSummary: 'Third' });
    const announced = await t.http.get(`${policy.publicUrl}?format=md`).expect(200);
    expect(announced.headers['x-policy-upcoming-change']).toMatch(/; version=3$/);
    expect(announced.headers['cache-control']).toMatch(/^public, max-age=[0-4]$/);
    await new Promise((resolve) => setTimeout(resolve, effectiveFrom.getTime() - Date.now() + 50));
    const current = await t.http.get(`${policy.publicUrl}?format=md`).expect(200);
    expect(current.text).toContain('# Privacy Policy, third edition');
    expect(current.headers['x-policy-upcoming-change']).toBeUndefined();
  });

  it('authenticates a known key without a query', async () => {
    await t.http
      .get('/api/v1/services')
      .set(...bearer(t.keys.reader))
      .expect(200);
    sql.reset();
    await t.http
      .get('/api/v1/services')
      .set(...bearer(t.keys.reader))
      .expect(200);
    expect(sql.statements.filter((s) => /api_key/i.test(s))).toEqual([]);
  });

  it('refuses a revoked key at once, and one expired or revoked in the database by someone else', async () => {
    const created = await t.http
      .post('/api/v1/api-keys')
      .set(...dpo())
      .send({ role: 'reader', label: 'revoke me' })
      .expect(201);
    await t.http
      .get('/api/v1/services')
      .set(...bearer(created.body.key))
      .expect(200);
    await t.http
      .delete(`/api/v1/api-keys/${created.body.id}`)
      .set(...dpo())
      .expect(200);
    await t.http
      .get('/api/v1/services')
      .set(...bearer(created.body.key))
      .expect(401);

    for (const change of [`expires_at = now() - interval '1 second'`, `revoked_at = now()`]) {
      const other = await t.http
        .post('/api/v1/api-keys')
        .set(...dpo())
        .send({ role: 'reader', label: 'changed in SQL' })
        .expect(201);
      await t.http
        .get('/api/v1/services')
        .set(...bearer(other.body.key))
        .expect(200);
      // As another process would (psql): the notification reaches this one within a second.
      await t.dataSource.query(`UPDATE api_key SET ${change} WHERE id = $1`, [other.body.id]);
      await within(1000, async () => (await t.http.get('/api/v1/services').set(...bearer(other.body.key))).status === 401);
    }
  });

  it('accepts at once a key written to the database by another process (the CLI)', async () => {
    const plaintext = generateApiKey();
    await t.dataSource.query(`INSERT INTO api_key (prefix, hash, role, label) VALUES ($1, $2, 'reader', 'from the CLI')`, [
      keyPrefix(plaintext),
      hashApiKey(plaintext),
    ]);
    await t.http
      .get('/api/v1/services')
      .set(...bearer(plaintext))
      .expect(200);
  });

  it('compresses a held list page once for every client that accepts brotli or gzip, and never a page counted afresh', async () => {
    const path = '/api/v1/processing-activities?limit=50';
    const auth = { authorization: `Bearer ${t.keys.dpo}` };
    const plain = await fetchRaw(t, path, auth);
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('Accept-Encoding');
    const text = plain.body.toString('utf8');
    expect(text.length).toBeGreaterThan(1024);
    const br = await fetchRaw(t, path, { ...auth, 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers).toMatchObject({
      'content-encoding': 'br',
      vary: 'Accept-Encoding',
      'content-type': 'application/json; charset=utf-8',
    });
    expect(br.body.length).toBeLessThan(text.length / 4);
    expect(brotliDecompressSync(br.body).toString('utf8')).toBe(text);
    // Held now, with its copy: the registry version is the one statement, and the bytes are those sent before.
    let again: Awaited<ReturnType<typeof fetchRaw>> | undefined;
    const statements = await sql.during(async () => {
      again = await fetchRaw(t, path, { ...auth, 'accept-encoding': 'br' });
    });
    expect(statements).toHaveLength(1);
    expect(again?.body.equals(br.body)).toBe(true);
    const gz = await fetchRaw(t, path, { ...auth, 'accept-encoding': 'br;q=0, gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString('utf8')).toBe(text);
    // A page with its total is counted for each request: it goes out as it came.
    const counted = await fetchRaw(t, `${path}&total=true`, { ...auth, 'accept-encoding': 'gzip, br' });
    expect(counted.headers['content-encoding']).toBeUndefined();
    expect((JSON.parse(counted.body.toString('utf8')) as { total: number }).total).toBeGreaterThan(0);
  });

  it("shows in a list's summaries a name changed a moment before, and names from memory equal to those PostgreSQL builds", async () => {
    type Page = { items: { id: string; recipients: { id: string; name: string }[]; services: { id: string; name: string }[] }[] };
    const list = async (): Promise<Page> =>
      (
        await t.http
          .get('/api/v1/processing-activities?limit=200')
          .set(...dpo())
          .expect(200)
      ).body as Page;
    const before = await list();
    const activity = before.items.find((a) => a.recipients.length > 0) as Page['items'][number];
    const recipient = activity.recipients[0];
    // In memory now: the next page reads no names.
    const read = await sql.during(list);
    expect(read.filter((s) => /json_agg/.test(s))).toEqual([]);

    await t.http
      .patch(`/api/v1/recipients/${recipient.id}`)
      .set(...dpo())
      .send({ name: `${recipient.name} (renamed)` })
      .expect(200);
    const after = await list();
    const renamed = after.items.filter((a) => a.recipients.some((r) => r.id === recipient.id));
    expect(renamed.length).toBeGreaterThan(0);
    for (const item of renamed) expect(item.recipients.find((r) => r.id === recipient.id)?.name).toBe(`${recipient.name} (renamed)`);
    // The same item with its summaries built by PostgreSQL, as the first read after a change builds them.
    const definitionOf = (type: string) => CRUD_DEFINITIONS.find((d) => d.entityType === type) as CrudDefinition;
    const statements = new RegistryStatements(definitionOf('processing_activity'), t.dataSource, definitionOf);
    for (const item of after.items.slice(0, 20)) {
      const [row] = (await t.dataSource.query(statements.one, [item.id])) as { item: string }[];
      expect(item).toEqual(JSON.parse(row.item));
      expect(
        (
          await t.http
            .get(`/api/v1/processing-activities/${item.id}`)
            .set(...dpo())
            .expect(200)
        ).body,
      ).toEqual(JSON.parse(row.item));
    }
  });
});
