import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PutControllerProfileDto } from '../src/registry/controller/dto/put-controller-profile.dto';
import { RESOURCE_DEFINITIONS } from '../src/registry/shared/resource-registry';
import { translatableSpec } from '../src/registry/shared/translations';
import { TRANSLATABLE } from '../src/domain/translations';
import { bearer, startTestApp, type TestApp } from './support/app';
import { createExamplePolicy, importExample } from './support/example-registry';

type Activity = {
  id: string;
  ref: string;
  version: number;
  name: string;
  purpose: string;
  translations: Record<string, Record<string, string>>;
};

describe('translations of registry text', () => {
  let t: TestApp;
  let activity: Activity;
  const dpo = () => bearer(t.keys.dpo);
  const getActivity = async (): Promise<Activity> =>
    (
      await t.http
        .get(`/api/v1/processing-activities/${activity.id}`)
        .set(...dpo())
        .expect(200)
    ).body as Activity;

  beforeAll(async () => {
    t = await startTestApp();
    await importExample(t.http, t.keys.dpo);
    const found = await t.http.get('/api/v1/processing-activities?q=Answering').set(...dpo());
    activity = found.body.items[0] as Activity;
  });
  afterAll(async () => {
    await t.close();
  });

  it('declares only text fields of each DTO as translatable, each with the limits of the field itself', () => {
    for (const def of RESOURCE_DEFINITIONS) {
      const spec = translatableSpec(def.label, def.createDto, def.translatable);
      for (const field of def.translatable) expect(spec.fieldSpec(field).maxLength).toBeGreaterThan(0);
    }
    const controller = translatableSpec('controller profile', PutControllerProfileDto, TRANSLATABLE.controller);
    expect(controller.fieldSpec('notApplicable.dpo')).toEqual({ maxLength: 2000, array: null });
    const categories = RESOURCE_DEFINITIONS.find((d) => d.entityType === 'data_category');
    expect(categories && translatableSpec(categories.label, categories.createDto, categories.translatable).fieldSpec('examples')).toEqual({
      maxLength: 200,
      array: { maxSize: 100 },
    });
  });

  it('writes translations through PATCH, replacing the whole value, shows them on GET and audits the change', async () => {
    const before = await getActivity();
    const translations = { de: { name: 'Beantwortung Ihrer Anfragen', purpose: 'Um Ihre Fragen zu beantworten.' } };
    const patched = await t.http
      .patch(`/api/v1/processing-activities/${activity.id}`)
      .set(...dpo())
      .send({ translations })
      .expect(200);
    // PATCH replaces `translations` whole: the Polish ones the example carried are gone.
    expect(patched.body.translations).toEqual(translations);
    expect(patched.body.version).toBe(before.version + 1);
    const read = await getActivity();
    expect(read.translations).toEqual(translations);
    const events = await t.http.get(`/api/v1/audit-events?entityId=${activity.id}`).set(...bearer(t.keys.auditor));
    const last = (events.body.items as { version: number; before: Activity; after: Activity }[]).find((e) => e.version === read.version);
    expect(last?.before.translations).toEqual(before.translations);
    expect(last?.after.translations).toEqual(translations);
    // Back as it was, for the tests below.
    await t.http
      .patch(`/api/v1/processing-activities/${activity.id}`)
      .set(...dpo())
      .send({ translations: before.translations })
      .expect(200);
  });

  it.each([
    [{ fr: { purpose: 'Pour répondre.' } }, 'translations.fr', 'not a policy language'],
    [
      { pl: { purpos: 'Aby odpowiedzieć.' } },
      'translations.pl.purpos',
      'is not a translatable field of processing activity; translatable: name, purpose',
    ],
    [{ pl: { purpose: '  ' } }, 'translations.pl.purpose', 'must be a non-empty text'],
    [{ pl: { purpose: ['Aby odpowiedzieć.'] } }, 'translations.pl.purpose', 'must be a non-empty text'],
    [{ pl: { name: 'x'.repeat(201) } }, 'translations.pl.name', 'at most 200 characters'],
    [{ pl: 'Cześć' }, 'translations.pl', 'must be an object'],
  ])('refuses %j with a 400 naming the key, and changes nothing', async (translations, path, message) => {
    const before = await getActivity();
    const res = await t.http
      .patch(`/api/v1/processing-activities/${activity.id}`)
      .set(...dpo())
      .send({ translations });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.errors).toEqual([expect.objectContaining({ path, message: expect.stringContaining(message) })]);
    expect(await getActivity()).toEqual(before);
  });

  it('drops the translations of a text changed without them, so the notice in that language reports them missing', async () => {
    const before = await getActivity();
    const pl = (before.translations as Record<string, Record<string, unknown>>).pl;
    expect(pl.purpose).toBeDefined();
    expect(pl.name).toBeDefined();
    const changed = await t.http
      .patch(`/api/v1/processing-activities/${activity.id}`)
      .set(...dpo())
      .send({ purpose: `${before.purpose} Changed in English only.` })
      .expect(200);
    const after = changed.body.translations as Record<string, Record<string, unknown>>;
    // The Polish purpose translated the old text: gone. The Polish name still translates the name: kept.
    expect(after.pl.purpose).toBeUndefined();
    expect(after.pl.name).toEqual(pl.name);
    const events = await t.http.get(`/api/v1/audit-events?entityId=${activity.id}`).set(...bearer(t.keys.auditor));
    const last = (events.body.items as { version: number; after: Activity }[]).find((e) => e.version === changed.body.version);
    expect((last?.after.translations as Record<string, Record<string, unknown>>).pl.purpose).toBeUndefined();
    // Sent together, a text and its translations are kept as sent.
    const both = await t.http
      .patch(`/api/v1/processing-activities/${activity.id}`)
      .set(...dpo())
      .send({ purpose: before.purpose, translations: before.translations })
      .expect(200);
    expect(both.body.translations).toEqual(before.translations);
  });

  it('checks list fields as lists, and the controller profile with the same rules', async () => {
    const categories = await t.http.get('/api/v1/data-categories?q=Contact').set(...dpo());
    const category = categories.body.items[0] as { id: string };
    const wrong = await t.http
      .patch(`/api/v1/data-categories/${category.id}`)
      .set(...dpo())
      .send({ translations: { pl: { examples: 'adres e-mail' } } });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].path).toBe('translations.pl.examples');
    const controller = (await t.http.get('/api/v1/controller').set(...dpo())).body as Record<string, unknown>;
    const body = Object.fromEntries(
      Object.entries(controller).filter(([key]) => !['id', 'version', 'createdAt', 'updatedAt'].includes(key)),
    );
    expect(controller.language).toBe('en');
    const bad = await t.http
      .put('/api/v1/controller')
      .set(...dpo())
      .send({ ...body, translations: { pl: { legalName: 'Integracje LiveChat' } } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]).toMatchObject({
      path: 'translations.pl.legalName',
      message: expect.stringContaining('not a translatable field of controller profile; translatable: supervisoryAuthority.name'),
    });
    const badLanguage = await t.http
      .put('/api/v1/controller')
      .set(...dpo())
      .send({ ...body, language: 'fr' });
    expect(badLanguage.status).toBe(400);
    expect((await t.http.get('/api/v1/controller').set(...dpo())).body).toEqual(controller);
  });

  it('blocks publishing a Polish policy while one text lacks its Polish translation, and publishes it in Polish once translated', async () => {
    const policy = await createExamplePolicy(t.http, t.keys.dpo, {
      title: 'Privacy Policy',
      language: 'pl',
      translations: { pl: { title: 'Polityka prywatności' } },
    });
    const polish = (await getActivity()).translations.pl;
    const findings = async () =>
      ((await t.http.get(`/api/v1/compliance/findings?policyId=${policy.id}`).set(...dpo())).body.items as { rule: string }[]).filter(
        (f) => f.rule === 'translation-missing',
      );
    expect(await findings()).toEqual([]);

    const { purpose: polishPurpose, ...withoutPurpose } = polish;
    await t.http
      .patch(`/api/v1/processing-activities/${activity.id}`)
      .set(...dpo())
      .send({ translations: { pl: withoutPurpose } })
      .expect(200);
    const missing = {
      rule: 'translation-missing',
      severity: 'error',
      article: 'Art. 12(1)',
      law: 'gdpr',
      entityType: 'processing_activity',
      entityId: activity.id,
      entityRef: activity.ref,
      entityName: activity.name,
      message: `Processing activity "${activity.name}" has no pl translation of purpose; a pl notice cannot use the English text.`,
    };
    expect(await findings()).toEqual([missing]);
    // The preview still renders, the untranslated purpose as written; the finding says why it cannot be published.
    const preview = await t.http.get(`/api/v1/policies/${policy.id}/preview?format=txt`).set(...dpo());
    expect(preview.text).toContain(activity.purpose.split(',')[0]);
    expect(preview.text).toContain(polish.name);
    const publish = () =>
      t.http
        .post(`/api/v1/policies/${policy.id}/versions`)
        .set(...dpo())
        .send({ changeSummary: 'Pierwsza wersja', material: false });
    const refused = await publish();
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([missing]);

    await t.http
      .patch(`/api/v1/processing-activities/${activity.id}`)
      .set(...dpo())
      .send({ translations: { pl: { ...withoutPurpose, purpose: polishPurpose } } })
      .expect(200);
    expect(await findings()).toEqual([]);
    const published = await publish();
    expect(published.status).toBe(201);
    const text = await t.http.get(`/api/v1/policies/${policy.id}/versions/1?format=txt`).set(...dpo());
    expect(text.text).toContain(polish.name);
    expect(text.text).not.toContain(activity.name);
  });

  it('round-trips translations and the base language through the JSON export and import', async () => {
    type Doc = Record<string, unknown> & { controller: { language: string; translations: object } };
    // Refs are ids, which a fresh registry gives anew: compare each item's translations by its name (a transfer by its recipient's).
    const translationsOf = (doc: Doc) =>
      Object.fromEntries(
        Object.entries(doc)
          .filter(([, value]) => Array.isArray(value))
          .map(([key, items]) => [
            key,
            (items as { name?: string; country?: string; translations: object }[])
              .map((item) => [item.name ?? item.country, item.translations] as const)
              .sort(([a], [b]) => String(a).localeCompare(String(b))),
          ]),
      );
    const first = (await t.http.get('/api/v1/exports/ropa?format=json').set(...bearer(t.keys.auditor))).body as Doc & {
      processingActivities: { translations: object }[];
    };
    expect(first.controller.language).toBe('en');
    expect(first.processingActivities.some((a) => Object.keys(a.translations).length > 0)).toBe(true);
    const other = await startTestApp();
    try {
      await other.http
        .post('/api/v1/imports/ropa')
        .set(...bearer(other.keys.dpo))
        .send(first)
        .expect(200);
      const second = (await other.http.get('/api/v1/exports/ropa?format=json').set(...bearer(other.keys.auditor))).body as Doc;
      expect(second.controller).toEqual(first.controller);
      expect(translationsOf(second)).toEqual(translationsOf(first));
    } finally {
      await other.close();
    }
  });
});
