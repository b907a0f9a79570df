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
      expect(pl.body).toMatchObject({ language: 'pl', version: 2, contentHash: hashes.pl, draft: true });
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
      expect(html.text).toMatch(/^<aside class="ropa-draft" role="note"><strong>Draft — not published\./);
      const md = await t.http
        .get(`${draft}?format=md`)
        .set(...bearer(t.keys.reader))
        .expect(200);
      expect(md.headers['content-type']).toMatch(/^text\/markdown/);
      expect(md.text).toMatch(/^> Draft — not published\..*\n\n# /);
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

  it('serves the TCF device storage disclosure of the version in effect, citing its version and hashes', async () => {
    const res = await t.http.get('/api/v1/public/policies/livechat-instagram/consent/tcf-disclosure').expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers.etag).toMatch(new RegExp(`^"${hashes.en}\\.consent-tcf-disclosure(\\.gzip|\\.br)?"$`));
    expect(res.body.disclosures).toEqual([{ identifier: 'Preference cookies', type: 'cookie', maxAgeSeconds: 31536000, purposes: [1] }]);
    expect(res.body.ropa).toMatchObject({ version: 1, contentHashes: hashes, generator: 'tcf-disclosure' });
  });

  describe('the notice at collection', () => {
    const notice = (ref: string) => `/api/v1/public/collection-points/${ref}/notice`;

    it('is a registry list on the one CRUD mechanism: refs resolve to ids, names are summarised, the example holds two forms', async () => {
      const list = await t.http
        .get('/api/v1/collection-points?sort=name')
        .set(...bearer(t.keys.reader))
        .expect(200);
      expect((list.body.items as { ref: string }[]).map((c) => c.ref)).toEqual(['contact-form', 'cookie-settings']);
      const contact = (list.body.items as { ref: string; serviceId: string; translations: object }[])[0];
      expect(contact.serviceId).toBe(exampleId('service', 'svc-instagram'));
      expect(contact.translations).toEqual({ pl: { name: 'Formularz kontaktowy' } });
      const bad = await t.http
        .post('/api/v1/collection-points')
        .set(...bearer(t.keys.dpo))
        .send({ name: 'Checkout', serviceId: 'svc-instagram', processingActivityIds: ['act-nowhere'] })
        .expect(422);
      expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
      const missing = await t.http
        .post('/api/v1/collection-points')
        .set(...bearer(t.keys.dpo))
        .send({ name: 'Checkout' })
        .expect(400);
      expect(missing.body.errors.map((e: { path: string }) => e.path)).toContain('serviceId');
      const after = await t.http
        .get('/api/v1/collection-points')
        .set(...bearer(t.keys.reader))
        .expect(200);
      expect(after.body.items).toHaveLength(2);
    });

    it("tells who, what for, on what basis, whether required and the consequence, in the long notice's words, with the version and hash", async () => {
      const en = await t.http.get(`${notice('contact-form')}?format=json&lang=en`).expect(200);
      expect(en.headers['content-language']).toBe('en');
      expect(en.body).toMatchObject({
        language: 'en',
        version: 1,
        contentHash: hashes.en,
        collectionPoint: { ref: 'contact-form', name: 'Contact form' },
      });
      expect(en.body.fullNotice.url).toMatch(/^http:\/\/[^/]+\/api\/v1\/public\/policies\/livechat-instagram\?lang=en$/);
      const ids = (en.body.parts as { id: string }[]).map((p) => p.id);
      expect(ids).toEqual(['who', 'purposes', 'data', 'required']);
      const long = await t.http.get('/api/v1/public/policies/livechat-instagram?format=txt&lang=en').expect(200);
      const text = long.text.replace(/\s+/g, ' ');
      const purposes = (en.body.parts as { id: string; lines: { text: string }[] }[]).find((p) => p.id === 'purposes')!.lines;
      for (const part of purposes[0].text.split(' — ')) expect(text).toContain(part.replace(/\s+/g, ' '));
      const required = (en.body.parts as { id: string; lines: { text: string }[] }[]).find((p) => p.id === 'required')!.lines;
      expect(required[0].text).toContain('without a way to reach you we cannot answer');
    });

    it('says where to withdraw consent, in Polish when asked in Polish, as html beside the form', async () => {
      const pl = await t.http.get(notice('cookie-settings')).set('Accept-Language', 'pl-PL,pl;q=0.9').expect(200);
      expect(pl.headers['content-type']).toMatch(/^text\/html/);
      expect(pl.headers['content-language']).toBe('pl');
      expect(pl.text).toContain('Ustawienia plików cookie');
      expect(pl.text).toContain('Twoja zgoda');
      expect(pl.text).toContain(`data-content-hash="${hashes.pl}"`);
      await t.http.get(notice('cookie-settings')).set('If-None-Match', pl.headers.etag).set('Accept-Language', 'pl').expect(304);
    });

    it('answers 404 for an unknown ref, a language the policy lacks and a service with no published policy; 400 for a bad query', async () => {
      await t.http.get(notice('no-such-form')).expect(404);
      await t.http.get(`${notice('contact-form')}?lang=de`).expect(404);
      const bad = await t.http.get(`${notice('contact-form')}?format=pdf`).expect(400);
      expect(bad.body.errors[0].path).toBe('format');
      const service = await t.http
        .post('/api/v1/services')
        .set(...bearer(t.keys.dpo))
        .send({ name: 'Unpublished', slug: 'unpublished' })
        .expect(201);
      await t.http
        .post('/api/v1/collection-points')
        .set(...bearer(t.keys.dpo))
        .send({ name: 'Draft form', ref: 'draft-form', serviceId: service.body.id, processingActivityIds: ['act-contact'] })
        .expect(201);
      const none = await t.http.get(notice('draft-form')).expect(404);
      expect(none.headers['content-type']).toMatch(/^application\/problem\+json/);
    });

    it('refuses (409) a form serving an activity the version in effect does not state', async () => {
      const activity = await t.http
        .post('/api/v1/processing-activities')
        .set(...bearer(t.keys.dpo))
        .send({
          name: 'Surveys',
          ref: 'act-surveys',
          purpose: 'To ask you what you think of us.',
          role: 'controller',
          status: 'active',
          legalBasis: 'art6_1_a',
        })
        .expect(201);
      await t.http
        .post('/api/v1/collection-points')
        .set(...bearer(t.keys.dpo))
        .send({ name: 'Survey form', ref: 'survey-form', serviceId: 'svc-instagram', processingActivityIds: ['act-surveys'] })
        .expect(201);
      const refused = await t.http.get(notice('survey-form')).expect(409);
      expect(refused.body.errors).toEqual([{ entityType: 'processing_activity', entityId: activity.body.id }]);
      // The record says so before anyone opens the form: a warning on the collection point.
      const findings = await t.http
        .get('/api/v1/compliance/findings')
        .set(...bearer(t.keys.reader))
        .expect(200);
      const onPoints = (findings.body as { items: { rule: string; entityType: string; message: string }[] }).items.filter(
        (f) => f.rule === 'collection-point-purposes',
      );
      // The example's two forms pass; the two made above do not (the draft form serves another service's activity).
      expect(onPoints.map((f) => f.message).sort()).toEqual([
        expect.stringContaining('"Draft form": "Answering enquiries" is not an active activity of its service'),
        expect.stringContaining('"Survey form": "Surveys" is not an active activity of its service'),
      ]);
    });
  });

  describe('the camera sign', () => {
    const sign = '/api/v1/public/policies/office/signs/act-office-cctv';

    beforeAll(async () => {
      const post = async (path: string, body: object) =>
        (
          await t.http
            .post(`/api/v1/${path}`)
            .set(...bearer(t.keys.dpo))
            .send(body)
            .expect(201)
        ).body as { id: string };
      await post('services', { name: 'Office', ref: 'svc-office', slug: 'office', translations: { pl: { name: 'Biuro' } } });
      await post('data-categories', {
        name: 'Camera images',
        ref: 'cat-cctv',
        collection: 'observed',
        videoSurveillance: true,
        translations: { pl: { name: 'Obraz z kamer' } },
      });
      await post('retention-rules', {
        name: 'CCTV',
        ref: 'ret-cctv',
        period: 'PT72H',
        trigger: 'collection',
        criteria: 'Recordings are overwritten after 72 hours unless needed as evidence.',
        translations: { pl: { criteria: 'Nagrania są nadpisywane po 72 godzinach, chyba że są potrzebne jako dowód.' } },
      });
      await post('processing-activities', {
        name: 'Video surveillance of the office',
        ref: 'act-office-cctv',
        purpose: 'To protect the people in our office and our property.',
        role: 'controller',
        status: 'active',
        legalBasis: 'art6_1_f',
        legitimateInterest: 'Keeping the people and property in our office safe',
        dataSubjectCategoryIds: ['ds-visitors'],
        dataCategoryIds: ['cat-cctv'],
        recipientIds: ['rcp-personnel'],
        retentionRuleId: 'ret-cctv',
        securityMeasureIds: ['sec-access'],
        serviceIds: ['svc-office'],
        requirement: { kind: 'none', consequences: 'Without being recorded you cannot enter the office.' },
        translations: {
          pl: {
            name: 'Monitoring wizyjny biura',
            purpose: 'Ochrona osób przebywających w naszym biurze i naszego mienia.',
            legitimateInterest: 'Bezpieczeństwo osób i mienia w naszym biurze',
            'requirement.consequences': 'Bez nagrania nie można wejść do biura.',
          },
        },
      });
      await post('processing-activities', {
        name: 'Visitor book',
        ref: 'act-office-visitors',
        purpose: 'To know who is in the office.',
        role: 'controller',
        status: 'active',
        legalBasis: 'art6_1_f',
        legitimateInterest: 'Knowing who is in the office',
        dataSubjectCategoryIds: ['ds-visitors'],
        dataCategoryIds: ['cat-identity'],
        recipientIds: ['rcp-personnel'],
        retentionRuleId: 'ret-cctv',
        securityMeasureIds: ['sec-access'],
        serviceIds: ['svc-office'],
        requirement: { kind: 'none', consequences: 'Without your name you cannot enter the office.' },
        translations: {
          pl: {
            name: 'Książka gości',
            purpose: 'Wiedza o tym, kto przebywa w biurze.',
            legitimateInterest: 'Wiedza o tym, kto przebywa w biurze',
            'requirement.consequences': 'Bez podania nazwiska nie można wejść do biura.',
          },
        },
      });
      const policy = await post('policies', {
        title: 'Office privacy notice',
        serviceId: 'svc-office',
        language: 'en',
        languages: ['en', 'pl'],
        translations: { pl: { title: 'Informacja o prywatności w biurze' } },
      });
      const published = await t.http
        .post(`/api/v1/policies/${policy.id}/versions`)
        .set(...bearer(t.keys.dpo))
        .send({ changeSummary: 'First version', material: false });
      expect(published.body.errors ?? []).toEqual([]);
      expect(published.status).toBe(201);
    });

    it('prints the first layer at the camera: controller, purpose, basis and interest, retention, rights, and a QR-ready URL', async () => {
      const en = await t.http.get(`${sign}?format=json&lang=en`).expect(200);
      expect(en.body).toMatchObject({ language: 'en', version: 1, activity: { ref: 'act-office-cctv' } });
      expect(en.body.qr.url).toMatch(/^http:\/\/[^/]+\/api\/v1\/public\/policies\/office\?lang=en$/);
      const text = JSON.stringify(en.body.parts);
      for (const fact of [
        'LiveChat Integrations',
        'protect the people in our office',
        'in our office safe',
        '72 hours',
        'object to the recording',
      ])
        expect(text).toContain(fact);
      const pl = await t.http.get(sign).set('Accept-Language', 'pl').expect(200);
      expect(pl.headers['content-type']).toMatch(/^text\/html/);
      expect(pl.text).toContain('Monitoring wizyjny: ten teren');
      expect(pl.text).toContain('Bezpieczeństwo osób i mienia');
      await t.http.get(sign).set('Accept-Language', 'pl').set('If-None-Match', pl.headers.etag).expect(304);
    });

    it('answers 404 for an activity that films no one, an unknown activity or a language the policy lacks', async () => {
      const none = await t.http.get('/api/v1/public/policies/office/signs/act-office-visitors').expect(404);
      expect(none.headers['content-type']).toMatch(/^application\/problem\+json/);
      await t.http.get('/api/v1/public/policies/office/signs/act-nowhere').expect(404);
      await t.http.get(`${sign}?lang=de`).expect(404);
      await t.http.get(`${sign}?format=pdf`).expect(400);
    });
  });

  describe('/.well-known/gpc.json', () => {
    it('is 404 while the controller records no GPC support, and {gpc, lastUpdate} once it does', async () => {
      const none = await t.http.get('/.well-known/gpc.json').expect(404);
      expect(none.headers['content-type']).toMatch(/^application\/problem\+json/);
      const current = await t.http
        .get('/api/v1/controller')
        .set(...bearer(t.keys.reader))
        .expect(200);
      expect(current.body.gpcHonouredSince).toBeNull();
      const { id: _id, version: _v, createdAt: _c, updatedAt: _u, ...profile } = current.body as Record<string, unknown>;
      const bad = await t.http
        .put('/api/v1/controller')
        .set(...bearer(t.keys.dpo))
        .send({ ...profile, gpcHonouredSince: '1 December 2026' })
        .expect(400);
      expect(bad.body.errors[0].path).toBe('gpcHonouredSince');
      await t.http.get('/.well-known/gpc.json').expect(404);
      await t.http
        .put('/api/v1/controller')
        .set(...bearer(t.keys.dpo))
        .set('If-Match', current.headers.etag)
        .send({ ...profile, gpcHonouredSince: '2026-12-01' })
        .expect(200);
      const gpc = await t.http.get('/.well-known/gpc.json').expect(200);
      expect(gpc.headers['content-type']).toMatch(/^application\/json/);
      expect(gpc.body).toEqual({ gpc: true, lastUpdate: '2026-12-01' });
    });
  });
});
