import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bearer, pathOf, startTestApp, type TestApp } from './support/app';
import { exampleService, importExample } from './support/example-registry';
import { countStatements } from './support/sql-counter';

const DAY = 86_400_000;
const POLISH = 'pl-PL,pl;q=0.9,en;q=0.5';

describe('one policy in several languages: stored per language, negotiated on the public route', () => {
  let t: TestApp;
  let serviceId: string;
  let policyId: string;
  let contact: { id: string; retentionRuleId: string; purpose: string };
  const dpo = () => bearer(t.keys.dpo);
  const url = '/api/v1/public/policies/livechat-instagram';
  const publish = (body: Record<string, unknown>) =>
    t.http
      .post(`/api/v1/policies/${policyId}/versions`)
      .set(...dpo())
      .send(body);

  beforeAll(async () => {
    t = await startTestApp();
    await importExample(t.http, t.keys.dpo);
    serviceId = (await exampleService(t.http, t.keys.dpo)).id;
    const activities = await t.http.get('/api/v1/processing-activities?q=Answering%20enquiries').set(...dpo());
    contact = activities.body.items[0];
  });
  afterAll(async () => {
    await t.close();
  });

  it("lists a policy's languages: [language] when left out, containing language, unique, PATCHable", async () => {
    const single = await t.http
      .post('/api/v1/policies')
      .set(...dpo())
      .send({ title: 'Only English', language: 'en' })
      .expect(201);
    expect(single.body.languages).toEqual(['en']);
    // PATCHing the language of a one-language policy moves its list with it.
    const moved = await t.http
      .patch(`/api/v1/policies/${single.body.id}`)
      .set(...dpo())
      .send({ language: 'de' })
      .expect(200);
    expect(moved.body).toMatchObject({ language: 'de', languages: ['de'] });

    const missing = await t.http
      .post('/api/v1/policies')
      .set(...dpo())
      .send({ title: 'Wrong', language: 'en', languages: ['pl'] })
      .expect(400);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    expect(missing.body.errors).toEqual([expect.objectContaining({ path: 'languages' })]);
    const twice = await t.http
      .post('/api/v1/policies')
      .set(...dpo())
      .send({ title: 'Wrong', language: 'en', languages: ['en', 'en'] })
      .expect(400);
    expect(twice.body.errors[0].path).toBe('languages');
    expect(
      (
        await t.http
          .post('/api/v1/policies')
          .set(...dpo())
          .send({ title: 'Wrong', language: 'en', languages: ['fr'] })
      ).status,
    ).toBe(400);

    const created = await t.http
      .post('/api/v1/policies')
      .set(...dpo())
      .send({
        title: 'LiveChat Instagram channel',
        serviceId,
        language: 'en',
        languages: ['en', 'pl'],
        options: { noticeDays: 30 },
        translations: { pl: { title: 'Kanał LiveChat na Instagramie' } },
      })
      .expect(201);
    policyId = created.body.id;
    expect(created.body.languages).toEqual(['en', 'pl']);
    const refused = await t.http
      .patch(`/api/v1/policies/${policyId}`)
      .set(...dpo())
      .send({ languages: ['pl'] })
      .expect(400);
    expect(refused.body.errors[0]).toMatchObject({ path: 'languages' });
    expect((await t.http.get(`/api/v1/policies/${policyId}`).set(...dpo())).body.languages).toEqual(['en', 'pl']);
  });

  it('previews each language (?lang=), and 404 for a language the policy lacks', async () => {
    const pl = await t.http
      .get(`/api/v1/policies/${policyId}/preview?format=md&lang=pl`)
      .set(...dpo())
      .expect(200);
    expect(pl.text).toContain('**Spis treści**');
    expect(pl.headers['x-preview-url']).toContain('&lang=pl');
    const en = await t.http
      .get(`/api/v1/policies/${policyId}/preview?format=md`)
      .set(...dpo())
      .expect(200);
    expect(en.text).not.toContain('Spis treści');
    const de = await t.http
      .get(`/api/v1/policies/${policyId}/preview?lang=de`)
      .set(...dpo())
      .expect(404);
    expect(de.headers['content-type']).toContain('application/problem+json');
    const page = await t.http.get(pl.headers['x-preview-url']).expect(200);
    expect(page.text).toContain('<html lang="pl">');
  });

  it('refuses to publish any language while an error finding is in scope, storing none', async () => {
    await t.http
      .patch(`/api/v1/processing-activities/${contact.id}`)
      .set(...dpo())
      .send({ retentionRuleId: null })
      .expect(200);
    const refused = await publish({
      changeSummary: 'First version',
      material: false,
    });
    expect(refused.status).toBe(422);
    expect(refused.body.detail).toContain('en, pl');
    expect(refused.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ rule: 'activity-retention', entityId: contact.id })]),
    );
    expect((await t.http.get(`/api/v1/policies/${policyId}/versions`).set(...dpo())).body).toEqual([]);
    const [{ count }] = await t.dataSource.query('SELECT count(*)::int AS count FROM policy_version_language');
    expect(count).toBe(0);
    await t.http
      .patch(`/api/v1/processing-activities/${contact.id}`)
      .set(...dpo())
      .send({ retentionRuleId: contact.retentionRuleId })
      .expect(200);
  });

  it('publishes every language at once, each with its own content hash, immutable', async () => {
    const published = await publish({
      changeSummary: 'First version',
      material: false,
    });
    expect(published.status).toBe(201);
    const { languages } = published.body as { languages: { language: string; contentHash: string; publicUrl: string }[] };
    expect(languages.map((l) => l.language)).toEqual(['en', 'pl']);
    expect(languages[0].contentHash).toBe(published.body.contentHash);
    expect(languages[1].contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(languages[1].contentHash).not.toBe(languages[0].contentHash);
    expect(languages[1].publicUrl).toMatch(
      new RegExp(`^http://127\\.0\\.0\\.1:\\d+/api/v1/public/policies/${policyId}\\?lang=pl&standalone=true$`),
    );
    const polishPage = await t.http.get(pathOf(languages[1].publicUrl)).expect(200);
    expect(polishPage.text).toMatch(/^<!doctype html>\n<html lang="pl">/);
    expect(polishPage.text).toContain('<title>Kanał LiveChat na Instagramie</title>');

    const pl = await t.http
      .get(`/api/v1/policies/${policyId}/versions/1?lang=pl&format=md`)
      .set(...dpo())
      .expect(200);
    expect(pl.headers).toMatchObject({ etag: `"${languages[1].contentHash}"`, 'content-language': 'pl' });
    expect(pl.text).toContain('Spis treści');
    const en = await t.http
      .get(`/api/v1/policies/${policyId}/versions/1?format=md`)
      .set(...dpo())
      .expect(200);
    expect(en.headers.etag).toBe(`"${languages[0].contentHash}"`);
    await t.http
      .get(`/api/v1/policies/${policyId}/versions/1?lang=de`)
      .set(...dpo())
      .expect(404);
    const listed = await t.http
      .get(`/api/v1/policies/${policyId}/versions`)
      .set(...dpo())
      .expect(200);
    expect(listed.body[0].languages).toEqual(languages);

    await expect(t.dataSource.query(`UPDATE policy_version_language SET content_hash = 'x'`)).rejects.toThrow(/immutable/);
    await expect(t.dataSource.query(`DELETE FROM policy_version_language`)).rejects.toThrow(/immutable/);
    expect((await publish({ effectiveFrom: new Date().toISOString(), changeSummary: 'Again', material: false })).status).toBe(409);
  });

  it('negotiates Accept-Language: Polish for pl-PL, 406 for French alone, ?lang= first, the default without either', async () => {
    const pl = await t.http.get(url).set('Accept-Language', POLISH).expect(200);
    expect(pl.headers['content-language']).toBe('pl');
    expect(pl.headers.vary).toContain('Accept-Language');
    expect(pl.headers.vary).toContain('Accept-Encoding');
    expect(pl.text).toContain('<article class="ropa-policy" lang="pl">');

    const fr = await t.http.get(url).set('Accept-Language', 'fr').expect(406);
    expect(fr.headers['content-type']).toContain('application/problem+json');
    expect(fr.body).toMatchObject({ status: 406, availableLanguages: ['en', 'pl'] });
    expect(fr.headers.vary).toContain('Accept-Language');
    expect((await t.http.get(url).set('Accept-Language', 'fr, en;q=0')).status).toBe(406);

    const asked = await t.http.get(`${url}?lang=pl`).set('Accept-Language', 'en').expect(200);
    expect(asked.headers['content-language']).toBe('pl');
    expect(asked.text).toBe(pl.text);
    const en = await t.http.get(`${url}?lang=en`).set('Accept-Language', POLISH).expect(200);
    expect(en.headers['content-language']).toBe('en');
    const none = await t.http.get(url).expect(200);
    expect(none.headers['content-language']).toBe('en');
    expect(none.text).toBe(en.text);
    expect((await t.http.get(url).set('Accept-Language', 'fr, *;q=0.1')).headers['content-language']).toBe('en');

    const de = await t.http.get(`${url}?lang=de`).expect(404);
    expect(de.headers['content-type']).toContain('application/problem+json');
  });

  it('gives each language its own ETag, and 304 per language', async () => {
    const pl = await t.http.get(url).set('Accept-Language', 'pl').expect(200);
    const en = await t.http.get(url).set('Accept-Language', 'en').expect(200);
    expect(pl.headers.etag).not.toBe(en.headers.etag);
    const versions = await t.http.get(`/api/v1/policies/${policyId}/versions`).set(...dpo());
    expect(pl.headers.etag).toContain(versions.body[0].languages[1].contentHash);
    await t.http.get(url).set('Accept-Language', POLISH).set('If-None-Match', pl.headers.etag).expect(304);
    await t.http.get(`${url}?lang=en`).set('If-None-Match', en.headers.etag).expect(304);
    // The Polish ETag is not the English answer's.
    await t.http.get(url).set('Accept-Language', 'en').set('If-None-Match', pl.headers.etag).expect(200);
  });

  it('links each language: Link header on every answer, <link hreflang> in the whole page', async () => {
    const page = await t.http.get(`${url}?standalone=true`).set('Accept-Language', 'pl').expect(200);
    expect(page.text).toContain(`<link rel="alternate" hreflang="en" href="${url}?lang=en&amp;standalone=true">`);
    expect(page.text).toContain(`<link rel="alternate" hreflang="pl" href="${url}?lang=pl&amp;standalone=true">`);
    expect(page.text).toContain(`<link rel="alternate" hreflang="x-default" href="${url}?standalone=true">`);
    const md = await t.http.get(`${url}?format=md`).expect(200);
    expect(md.headers.link).toBe(
      `<${url}?lang=en&format=md>; rel="alternate"; hreflang="en", <${url}?lang=pl&format=md>; rel="alternate"; hreflang="pl", <${url}?format=md>; rel="alternate"; hreflang="x-default"`,
    );
  });

  it('answers cached requests with no SQL statement, whichever header picks the language', async () => {
    await t.http.get(url).set('Accept-Language', 'pl').expect(200);
    await t.http.get(url).set('Accept-Language', 'fr').expect(406);
    const sql = countStatements(t.dataSource);
    try {
      await t.http.get(url).set('Accept-Language', POLISH).expect(200);
      await t.http.get(url).set('Accept-Language', 'pl-PL').expect(200);
      await t.http.get(`${url}?lang=pl`).expect(200);
      await t.http.get(url).set('Accept-Language', 'de, fr').expect(406);
      expect(sql.statements).toEqual([]);
    } finally {
      sql.stop();
    }
  });

  it("diffs two versions per language, and announces the change in the reader's language", async () => {
    // A changed text and its Polish translation together (a base text changed alone loses its translations).
    const current = await t.http
      .get(`/api/v1/processing-activities/${contact.id}`)
      .set(...dpo())
      .expect(200);
    const translations = current.body.translations as Record<string, Record<string, string>>;
    await t.http
      .patch(`/api/v1/processing-activities/${contact.id}`)
      .set(...dpo())
      .send({
        purpose: `${contact.purpose} We also keep a log of the questions asked most often.`,
        translations: {
          ...translations,
          pl: { ...translations.pl, purpose: `${translations.pl.purpose} Prowadzimy też rejestr najczęściej zadawanych pytań.` },
        },
      })
      .expect(200);
    const effectiveFrom = new Date(Date.now() + 31 * DAY).toISOString();
    const second = await publish({ effectiveFrom, changeSummary: 'We keep a log of frequent questions.', material: true });
    expect(second.status).toBe(201);

    const pl = await t.http
      .get(`/api/v1/policies/${policyId}/versions/1/diff/2?lang=pl`)
      .set(...dpo())
      .expect(200);
    const en = await t.http
      .get(`/api/v1/policies/${policyId}/versions/1/diff/2`)
      .set(...dpo())
      .expect(200);
    expect(pl.body.text).toContain('+');
    expect(pl.body.text).toContain('najczęściej zadawanych pytań');
    expect(pl.body.text).not.toContain('questions asked most often');
    expect(en.body.text).toContain('questions asked most often');
    expect(pl.body.text).not.toBe(en.body.text);
    expect(pl.body.changes).toEqual(en.body.changes);
    expect(pl.body.changes).toEqual([
      expect.objectContaining({ entityType: 'processing_activity', entityId: contact.id, kind: 'changed' }),
    ]);
    await t.http
      .get(`/api/v1/policies/${policyId}/versions/1/diff/2?lang=de`)
      .set(...dpo())
      .expect(404);

    const polish = await t.http.get(url).set('Accept-Language', 'pl').expect(200);
    expect(polish.text).toContain('niniejsza polityka ulegnie zmianie');
    expect(polish.headers['x-policy-upcoming-change']).toContain('version=2');
    const english = await t.http.get(url).set('Accept-Language', 'en').expect(200);
    expect(english.text).toContain('This policy will change on');
  });
});
