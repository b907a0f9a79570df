import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { exampleId } from '../src/examples/example-ids';
import { bearer, startTestApp, type TestApp } from './support/app';

/** Short notices beside the long one (issue 25): the draft's first layer, through the real app on the example registry. */
describe('short notices from the record', () => {
  let t: TestApp;
  const policyId = exampleId('policy', 'pol-instagram');
  let hashes: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp({ ROPA_LOAD_EXAMPLE: 'true' });
    const versions = await t.http
      .get(`/api/v1/policies/${policyId}/versions`)
      .set(...bearer(t.keys.reader))
      .expect(200);
    hashes = Object.fromEntries(
      (versions.body[0].languages as { language: string; contentHash: string }[]).map((l) => [l.language, l.contentHash]),
    );
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('the draft first layer', () => {
    const draft = `/api/v1/policies/${policyId}/summary`;

    it('summarises the draft with the public generator: unchanged registry, same hash, next version number, lines from the draft', async () => {
      const pl = await t.http
        .get(`${draft}?lang=pl&format=json`)
        .set(...bearer(t.keys.reader))
        .expect(200);
      expect(pl.headers['content-language']).toBe('pl');
      expect(pl.headers['cache-control']).toBe('no-store');
      expect(pl.body).toMatchObject({ language: 'pl', version: 2, contentHash: hashes.pl });
      expect(pl.body.fullNotice.url).toMatch(new RegExp(`/api/v1/policies/${policyId}/preview\\?lang=pl$`));
      const published = await t.http.get('/api/v1/public/policies/livechat-instagram/summary?lang=pl&format=json').expect(200);
      expect(pl.body.parts).toEqual(published.body.parts);
      const long = await t.http
        .get(`/api/v1/policies/${policyId}/preview?lang=pl&format=txt`)
        .set(...bearer(t.keys.reader))
        .expect(200);
      const quoted = (pl.body.parts as { lines: { text: string; section: string | null }[] }[]).flatMap((p) =>
        p.lines.filter((l) => l.section !== null && l.section !== 'purposes-and-legal-bases').map((l) => l.text),
      );
      expect(quoted.length).toBeGreaterThan(3);
      for (const line of quoted) expect(long.text.replace(/\s+/g, ' ')).toContain(line.replace(/\s+/g, ' '));
    });

    it('renders html, md and txt, in the default language when none is asked for', async () => {
      const html = await t.http
        .get(draft)
        .set(...bearer(t.keys.reader))
        .expect(200);
      expect(html.headers['content-type']).toMatch(/^text\/html/);
      expect(html.headers['content-language']).toBe('en');
      expect(html.text).toContain(`data-content-hash="${hashes.en}"`);
      const md = await t.http
        .get(`${draft}?format=md`)
        .set(...bearer(t.keys.reader))
        .expect(200);
      expect(md.headers['content-type']).toMatch(/^text\/markdown/);
      expect(md.text).toMatch(/^# /);
    });

    it('refuses a language the policy lacks (404), a bad format or standalone (400), and a caller without a key (401)', async () => {
      await t.http
        .get(`${draft}?lang=de`)
        .set(...bearer(t.keys.reader))
        .expect(404);
      const bad = await t.http
        .get(`${draft}?format=pdf`)
        .set(...bearer(t.keys.reader))
        .expect(400);
      expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(bad.body.errors[0].path).toBe('format');
      await t.http
        .get(`${draft}?standalone=true`)
        .set(...bearer(t.keys.reader))
        .expect(400);
      await t.http.get(draft).expect(401);
      await t.http
        .get(`/api/v1/policies/${exampleId('service', 'svc-instagram')}/summary`)
        .set(...bearer(t.keys.reader))
        .expect(404);
    });
  });
});
