import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { exampleId } from '../src/examples/example-ids';
import { bearer, startTestApp, type TestApp } from './support/app';

/** The consent configurations of the example's published policy (issue 25 item 4), through the real app. */
describe('consent banner configurations from the published version', () => {
  let t: TestApp;
  const base = '/api/v1/public/policies/livechat-instagram/consent';
  let hashes: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp({ ROPA_LOAD_EXAMPLE: 'true' });
    const versions = await t.http
      .get(`/api/v1/policies/${exampleId('policy', 'pol-instagram')}/versions`)
      .set(...bearer(t.keys.reader))
      .expect(200);
    hashes = Object.fromEntries(
      (versions.body[0].languages as { language: string; contentHash: string }[]).map((l) => [l.language, l.contentHash]),
    );
  });
  afterAll(async () => {
    await t?.close();
  });

  it('serves a Klaro config citing the version and its hashes, with every tracker of the notice in en and pl', async () => {
    const res = await t.http.get(`${base}/klaro`).expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers.etag).toMatch(new RegExp(`^"${hashes.en}\\.consent-klaro(\\.gzip|\\.br)?"$`));
    expect(res.body.ropa).toMatchObject({ version: 1, contentHash: hashes.en, contentHashes: hashes });
    const refs = (res.body.services as { name: string }[]).map((s) => s.name).sort();
    expect(refs).toEqual([
      'trk-email-beacon',
      'trk-marketing-beacon',
      'trk-preferences-cookie',
      'trk-site-beacon',
      'trk-third-party-beacon',
    ]);
    expect(Object.keys(res.body.translations)).toEqual(['en', 'pl']);
    expect(res.body.translations.pl.privacyPolicyUrl).toMatch(/\/api\/v1\/public\/policies\/livechat-instagram\?lang=pl$/);
    const cookie = (res.body.services as { name: string; translations: Record<string, { title: string }> }[]).find(
      (s) => s.name === 'trk-preferences-cookie',
    );
    expect(cookie?.translations.pl.title).toBe('Pliki cookie preferencji');
  });

  it('answers 304 to the ETag it gave', async () => {
    const first = await t.http.get(`${base}/cookieconsent`).expect(200);
    await t.http.get(`${base}/cookieconsent`).set('If-None-Match', first.headers.etag).expect(304);
  });

  it('serves vanilla-cookieconsent and Consent Mode configurations', async () => {
    const cc = await t.http.get(`${base}/cookieconsent`).expect(200);
    expect(Object.keys(cc.body.categories)).toEqual(['functional', 'analytics', 'marketing']);
    expect(cc.body.language.default).toBe('en');
    expect(cc.body.ropa.contentHashes).toEqual(hashes);
    const cm = await t.http.get(`${base}/consent-mode`).expect(200);
    expect(cm.body.defaults[0].ad_storage).toBe('denied');
    expect(cm.body.defaults[0].region).toEqual(expect.arrayContaining(['PL', 'DE', 'GB', 'CH']));
    expect(cm.body.updates.marketing).toEqual({ ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' });
  });

  it('refuses an unknown format and a query with problem+json naming the field', async () => {
    const res = await t.http.get(`${base}/iubenda`).expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.errors).toEqual([{ path: 'format', message: expect.stringContaining('klaro, cookieconsent, consent-mode') }]);
    const query = await t.http.get(`${base}/klaro?lang=pl`).expect(400);
    expect(query.body.errors[0].path).toBe('lang');
  });

  it('answers 404 for a slug with no published policy', async () => {
    await t.http.get('/api/v1/public/policies/no-such-service/consent/klaro').expect(404);
  });

  it('serves the first layer in each language, every line of it a sentence of the long notice of that version', async () => {
    const summary = '/api/v1/public/policies/livechat-instagram/summary';
    const pl = await t.http.get(`${summary}?format=json`).set('Accept-Language', 'pl').expect(200);
    expect(pl.headers['content-language']).toBe('pl');
    expect(pl.body).toMatchObject({ language: 'pl', version: 1, contentHash: hashes.pl });
    expect(pl.body.fullNotice.url).toMatch(/\/api\/v1\/public\/policies\/livechat-instagram\?lang=pl$/);
    const long = await t.http.get('/api/v1/public/policies/livechat-instagram?format=txt&lang=pl').expect(200);
    const quoted = (pl.body.parts as { id: string; lines: { text: string; section: string | null }[] }[])
      .filter((p) => p.id !== 'purposes')
      .flatMap((p) => p.lines.filter((l) => l.section !== null).map((l) => l.text));
    expect(quoted.length).toBeGreaterThan(3);
    for (const line of quoted) expect(long.text.replace(/\s+/g, ' ')).toContain(line.replace(/\s+/g, ' '));
    const html = await t.http.get(`${summary}?lang=en`).expect(200);
    expect(html.headers['content-type']).toMatch(/^text\/html/);
    expect(html.text).toContain('The full privacy notice, version 1');
    await t.http.get(`${summary}?lang=de`).expect(404);
    const bad = await t.http.get(`${summary}?format=pdf`).expect(400);
    expect(bad.body.errors[0].path).toBe('format');
  });
});
