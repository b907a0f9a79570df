import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bearer, pathOf, startTestApp, type TestApp } from './support/app';
import { PinoLogger } from 'nestjs-pino';
import pino from 'pino';
import { exampleService, importExample } from './support/example-registry';

/** The link with the first character of its signature changed (to another one, whatever it was). */
const alterSignature = (url: string): string =>
  url.replace(/signature=(.)/, (_m: string, c: string) => `signature=${c === 'A' ? 'B' : 'A'}`);

describe('a draft as a page, and a public URL for every published policy', () => {
  let t: TestApp;
  let serviceId: string;
  const dpo = () => bearer(t.keys.dpo);
  const createPolicy = async (body: Record<string, unknown>): Promise<{ id: string; publicUrl: string; embedUrl: string }> => {
    const res = await t.http
      .post('/api/v1/policies')
      .set(...dpo())
      .send({ language: 'en', options: { noticeDays: 30 }, ...body });
    expect(res.status).toBe(201);
    return res.body as { id: string; publicUrl: string; embedUrl: string };
  };

  beforeAll(async () => {
    t = await startTestApp();
    await importExample(t.http, t.keys.dpo);
    serviceId = (await exampleService(t.http, t.keys.dpo)).id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('gives a signed link, without the key, that opens the draft as a standalone page until it expires', async () => {
    const policy = await createPolicy({ title: 'Preview test', serviceId });
    const preview = await t.http.get(`/api/v1/policies/${policy.id}/preview?format=md`).set(...bearer(t.keys.reader));
    const headerUrl = preview.headers['x-preview-url'] as string;
    expect(headerUrl).toMatch(
      new RegExp(`^http://127\\.0\\.0\\.1:\\d+/api/v1/public/previews/${policy.id}\\?expires=\\d+&signature=[\\w-]{43}$`),
    );
    const link = await t.http.get(`/api/v1/policies/${policy.id}/preview-link`).set(...bearer(t.keys.reader));
    expect(link.status).toBe(200);
    expect(link.body.url).not.toContain(t.keys.reader);
    expect(new Date(link.body.expiresAt).getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);

    expect(link.body.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1\/public\/previews\//);
    const url = pathOf(link.body.url as string);
    const page = await t.http.get(url);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers['x-robots-tag']).toContain('noindex');
    expect(page.text).toMatch(/^<!doctype html>/);
    expect(page.text).toContain('Preview test');
    // A whole page that says, visibly and to search engines, that it is a draft.
    expect(page.text).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(page.text).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(page.text).toContain('<aside class="ropa-draft" role="note"><strong>Draft — not published.');
    expect(page.text).toContain('<style>');

    // Another policy's id, an altered signature, an extended expiry: all refused.
    const other = await createPolicy({ title: 'Other', serviceId });
    expect((await t.http.get(url.replace(policy.id, other.id))).status).toBe(403);
    expect((await t.http.get(alterSignature(url))).status).toBe(403);
    expect((await t.http.get(url.replace(/expires=(\d+)/, (_m: string, e: string) => `expires=${Number(e) + 3600}`))).status).toBe(403);
  });

  it('writes no signature of a preview link to the request log', async () => {
    // The request log goes through pino's root logger; here it writes to memory, which the test greps.
    let log = '';
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        log += chunk.toString('utf8');
        done();
      },
    });
    const root = PinoLogger as unknown as { root: pino.Logger | undefined };
    const previous = root.root;
    root.root = pino({ level: 'info' }, sink);
    try {
      const policy = await createPolicy({ title: 'Logged preview', serviceId });
      const preview = await t.http.get(`/api/v1/policies/${policy.id}/preview?format=md`).set(...bearer(t.keys.reader));
      const link = (await t.http.get(`/api/v1/policies/${policy.id}/preview-link?lang=en`).set(...bearer(t.keys.reader))).body as {
        url: string;
      };
      await t.http.get(link.url).expect(200);
      await t.http.get(alterSignature(link.url)).expect(403);
      await t.http.get(`/api/v1/services?limit=1&token=leaked-token-value`).set(...bearer(t.keys.reader));
      const signatures = [link.url, preview.headers['x-preview-url'] as string].map((url) =>
        new URL(url, 'http://x').searchParams.get('signature'),
      );
      const lines = log
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { url?: string });
      const opened = lines.filter((line) => line.url?.startsWith(`/api/v1/public/previews/${policy.id}`));
      expect(opened.map((line) => line.url)).toEqual([
        `/api/v1/public/previews/${policy.id}?[redacted]`,
        `/api/v1/public/previews/${policy.id}?[redacted]`,
      ]);
      for (const signature of signatures) {
        expect(signature).toMatch(/^[\w-]{43}$/);
        expect(log).not.toContain(signature as string);
      }
      expect(log).not.toContain('leaked-token-value');
      expect(log).toContain('/api/v1/services?limit=1&token=[redacted]');
    } finally {
      root.root = previous;
    }
  });

  it('names the public URL in the publish answer and on the policy, and serves it there, for a service and for all services', async () => {
    const forService = await createPolicy({ title: 'Service policy', serviceId });
    expect(forService.publicUrl).toMatch(
      new RegExp(`^http://127\\.0\\.0\\.1:\\d+/api/v1/public/policies/${forService.id}\\?standalone=true$`),
    );
    expect(forService.embedUrl).toBe(forService.publicUrl.replace('?standalone=true', ''));
    const published = await t.http
      .post(`/api/v1/policies/${forService.id}/versions`)
      .set(...dpo())
      .send({ changeSummary: 'First version', material: false });
    expect(published.status).toBe(201);
    expect(published.body.publicUrl).toBe(forService.publicUrl);
    // The public URL opens a whole page; the embed URL gives the fragment a website places in its own page.
    const page = await t.http.get(pathOf(published.body.publicUrl));
    expect(page.status).toBe(200);
    expect(page.text).toMatch(/^<!doctype html>\n<html lang="en">[\s\S]*<title>Service policy<\/title>[\s\S]*<style>/);
    expect(page.text).not.toContain('class="ropa-draft"');
    const fragment = await t.http.get(pathOf(published.body.embedUrl));
    expect(fragment.text).toMatch(/^<article class="ropa-policy" lang="en">/);

    const orgWide = await createPolicy({ title: 'Organisation policy' });
    expect((await t.http.get('/api/v1/public/policies/_organisation')).status).toBe(404);
    const orgPublished = await t.http
      .post(`/api/v1/policies/${orgWide.id}/versions`)
      .set(...dpo())
      .send({ changeSummary: 'First version', material: false });
    expect(orgPublished.status).toBe(201);
    const byId = await t.http.get(pathOf(orgPublished.body.publicUrl));
    expect(byId.status).toBe(200);
    expect(byId.text).toContain('Organisation policy');
    const bySlug = await t.http.get('/api/v1/public/policies/_organisation');
    expect(bySlug.status).toBe(200);
    expect(bySlug.text).toContain('Organisation policy');
    const read = await t.http.get(`/api/v1/policies/${orgWide.id}`).set(...dpo());
    expect(read.body.publicUrl).toBe(orgPublished.body.publicUrl);
  });
});

describe('links on PUBLIC_BASE_URL', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_BASE_URL: 'https://privacy.example.com/ropa/' });
    await importExample(t.http, t.keys.dpo);
  });
  afterAll(async () => {
    await t.close();
  });

  it('gives the public page, the embed URL and the preview link on the configured base, whatever Host the request named', async () => {
    const serviceId = (await exampleService(t.http, t.keys.dpo)).id;
    const created = await t.http
      .post('/api/v1/policies')
      .set(...bearer(t.keys.dpo))
      .set('Host', 'attacker.example')
      .send({ title: 'Based', serviceId, language: 'en', options: { noticeDays: 30 } })
      .expect(201);
    expect(created.body.publicUrl).toBe(`https://privacy.example.com/ropa/api/v1/public/policies/${created.body.id}?standalone=true`);
    expect(created.body.embedUrl).toBe(`https://privacy.example.com/ropa/api/v1/public/policies/${created.body.id}`);
    const link = await t.http.get(`/api/v1/policies/${created.body.id}/preview-link`).set(...bearer(t.keys.reader));
    expect(link.body.url).toMatch(new RegExp(`^https://privacy\\.example\\.com/ropa/api/v1/public/previews/${created.body.id}\\?`));
  });
});
