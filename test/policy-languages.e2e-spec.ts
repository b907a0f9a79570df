import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bearer, pathOf, startTestApp, type TestApp } from './support/app';
import { exampleService, importExample } from './support/example-registry';

describe('policies in Polish and German', () => {
  let t: TestApp;
  let serviceId: string;
  const dpo = () => bearer(t.keys.dpo);
  const create = async (language: string) =>
    t.http
      .post('/api/v1/policies')
      .set(...dpo())
      .send({
        title: `LiveChat Instagram channel (${language})`,
        serviceId,
        language,
        options: { noticeDays: 30 },
        // The title, like every registry text, is written in the registry's language (English) and translated.
        ...(language === 'en' || language === 'fr' ? {} : { translations: { [language]: { title: `Kanał LiveChat (${language})` } } }),
      });

  beforeAll(async () => {
    t = await startTestApp();
    await importExample(t.http, t.keys.dpo);
    serviceId = (await exampleService(t.http, t.keys.dpo)).id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses a language with no catalogue', async () => {
    const res = await create('fr');
    expect(res.status).toBe(400);
  });

  it('previews a de policy in German, and refuses to publish it: the example registry has no German translations', async () => {
    const policy = await create('de');
    expect(policy.status).toBe(201);
    const preview = await t.http.get(`/api/v1/policies/${policy.body.id}/preview?format=md`).set(...dpo());
    expect(preview.text).toContain('**Inhalt**');
    expect(preview.text).toContain('Art. 6 Abs. 1 lit. a DSGVO');
    const refused = await t.http
      .post(`/api/v1/policies/${policy.body.id}/versions`)
      .set(...dpo())
      .send({ changeSummary: 'First version', material: false });
    expect(refused.status).toBe(422);
    const errors = refused.body.errors as { rule: string; message: string }[];
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.rule === 'translation-missing' && e.message.includes('has no de translation'))).toBe(true);
  });

  it.each([['pl', 'Spis treści', 'art. 6 ust. 1 lit. a RODO', 'Ta wersja obowiązuje od']])(
    'previews, publishes and serves a %s policy in its language',
    async (language, contents, citation, effective) => {
      const policy = await create(language);
      expect(policy.status).toBe(201);
      expect(policy.body.language).toBe(language);
      const preview = await t.http.get(`/api/v1/policies/${policy.body.id}/preview?format=md`).set(...dpo());
      expect(preview.text).toContain(`**${contents}**`);
      expect(preview.text).toContain(citation);
      const published = await t.http
        .post(`/api/v1/policies/${policy.body.id}/versions`)
        .set(...dpo())
        .send({ changeSummary: 'First version', material: false });
      expect(published.status).toBe(201);
      const html = await t.http.get(`${pathOf(policy.body.embedUrl)}?lang=${language}&format=html`);
      expect(html.status).toBe(200);
      expect(html.text).toContain(`lang="${language}"`);
      expect(html.text).toContain(citation);
      expect(html.text).toContain(effective);
      // No English policy was published: asking for one is a 404, never the Polish or German one instead.
      expect((await t.http.get(`${pathOf(policy.body.embedUrl)}?lang=en`)).status).toBe(404);
    },
  );
});
