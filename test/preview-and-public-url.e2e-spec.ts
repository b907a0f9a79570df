import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PinoLogger } from 'nestjs-pino';
import pino from 'pino';
import { bearer, startTestApp, type TestApp } from './support/app';
import { exampleService, importExample } from './support/example-registry';

const yesterday = () => new Date(Date.now() - 86_400_000).toISOString();

describe('a draft as a page, and a public URL for every published policy', () => {
  let t: TestApp;
  let serviceId: string;
  const dpo = () => bearer(t.keys.dpo);
  const createPolicy = async (body: Record<string, unknown>): Promise<{ id: string; publicUrl: string }> => {
    const res = await t.http
      .post('/api/v1/policies')
      .set(...dpo())
      .send({ language: 'en', options: { noticeDays: 30 }, ...body });
    expect(res.status).toBe(201);
    return res.body as { id: string; publicUrl: string };
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
    expect(headerUrl).toMatch(new RegExp(`^/api/v1/public/previews/${policy.id}\\?expires=\\d+&signature=[\\w-]{43}$`));
    const link = await t.http.get(`/api/v1/policies/${policy.id}/preview-link`).set(...bearer(t.keys.reader));
    expect(link.status).toBe(200);
    expect(link.body.url).not.toContain(t.keys.reader);
    expect(new Date(link.body.expiresAt).getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);

    const page = await t.http.get(link.body.url);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers['x-robots-tag']).toContain('noindex');
    expect(page.text).toMatch(/^<!doctype html>/);
    expect(page.text).toContain('Preview test');

    // Another policy's id, an altered signature, an extended expiry: all refused.
    const other = await createPolicy({ title: 'Other', serviceId });
    expect((await t.http.get(link.body.url.replace(policy.id, other.id))).status).toBe(403);
    expect((await t.http.get(link.body.url.replace(/signature=./, 'signature=A'))).status).toBe(403);
    expect(
      (await t.http.get(link.body.url.replace(/expires=(\d+)/, (_m: string, e: string) => `expires=${Number(e) + 3600}`))).status,
    ).toBe(403);
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
      await t.http.get(link.url.replace(/signature=./, 'signature=A')).expect(403);
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
    expect(forService.publicUrl).toBe(`/api/v1/public/policies/${forService.id}`);
    const published = await t.http
      .post(`/api/v1/policies/${forService.id}/versions`)
      .set(...dpo())
      .send({ effectiveFrom: yesterday(), changeSummary: 'First version', material: false });
    expect(published.status).toBe(201);
    expect(published.body.publicUrl).toBe(forService.publicUrl);
    const page = await t.http.get(`${published.body.publicUrl}?format=html&standalone=true`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Service policy');

    const orgWide = await createPolicy({ title: 'Organisation policy' });
    expect((await t.http.get('/api/v1/public/policies/_organisation')).status).toBe(404);
    const orgPublished = await t.http
      .post(`/api/v1/policies/${orgWide.id}/versions`)
      .set(...dpo())
      .send({ effectiveFrom: yesterday(), changeSummary: 'First version', material: false });
    expect(orgPublished.status).toBe(201);
    const byId = await t.http.get(orgPublished.body.publicUrl);
    expect(byId.status).toBe(200);
    expect(byId.text).toContain('Organisation policy');
    const bySlug = await t.http.get('/api/v1/public/policies/_organisation');
    expect(bySlug.status).toBe(200);
    expect(bySlug.text).toContain('Organisation policy');
    const read = await t.http.get(`/api/v1/policies/${orgWide.id}`).set(...dpo());
    expect(read.body.publicUrl).toBe(orgPublished.body.publicUrl);
  });
});
