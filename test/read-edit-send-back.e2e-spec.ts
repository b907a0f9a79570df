import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { canonicalJson } from '../src/common/canonical-json';
import { bearer, startTestApp, type TestApp } from './support/app';
import { createExamplePolicy, importExample } from './support/example-registry';

type Body = Record<string, unknown> & { id: string; version: number };

/** The members of two reads of one item that differ (jsonb orders an object's keys its own way), but for what every write moves. */
const changedMembers = (before: Record<string, unknown>, after: Record<string, unknown>): string[] =>
  [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((key) => key !== 'version' && key !== 'updatedAt')
    .filter((key) => canonicalJson(before[key] ?? null) !== canonicalJson(after[key] ?? null))
    .sort();

describe('read, edit, send back (issue 22, item 5)', () => {
  let t: TestApp;
  const dpo = () => bearer(t.keys.dpo);
  const read = async (path: string): Promise<Body> =>
    (
      await t.http
        .get(`/api/v1/${path}`)
        .set(...dpo())
        .expect(200)
    ).body as Body;
  const events = async (): Promise<number> =>
    Number(((await t.dataSource.query('SELECT count(*)::int AS n FROM audit_event')) as { n: number }[])[0].n);

  beforeAll(async () => {
    t = await startTestApp();
    await importExample(t.http, t.keys.dpo);
    await createExamplePolicy(t.http, t.keys.dpo);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('PUT /controller', () => {
    it('takes back everything GET answered, one field edited: 200, and only that field changed', async () => {
      const before = await read('controller');
      const put = await t.http
        .put('/api/v1/controller')
        .set(...dpo())
        .set('If-Match', `"${before.version}"`)
        .send({ ...before, phone: '+48 22 000 00 00' });
      expect(put.status).toBe(200);
      expect(put.body.version).toBe(before.version + 1);
      expect(changedMembers(before, put.body)).toEqual(['phone']);
      expect(changedMembers(before, await read('controller'))).toEqual(['phone']);
    });

    it.each([
      ['id', '00000000-0000-4000-8000-000000000000'],
      ['createdAt', '2020-01-01T00:00:00.000Z'],
      ['updatedAt', 'yesterday'],
    ])('refuses a changed %s with 422 naming it, and changes nothing', async (member, value) => {
      const before = await read('controller');
      const count = await events();
      const put = await t.http
        .put('/api/v1/controller')
        .set(...dpo())
        .send({ ...before, legalName: 'Renamed', [member]: value });
      expect(put.status).toBe(422);
      expect(put.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(put.body.errors).toEqual([{ path: member, message: expect.stringContaining(`${member} is read-only`) }]);
      expect(await read('controller')).toEqual(before);
      expect(await events()).toBe(count);
    });

    it('refuses a body read at an older version with 409 naming version', async () => {
      const before = await read('controller');
      const put = await t.http
        .put('/api/v1/controller')
        .set(...dpo())
        .send({ ...before, legalName: 'Renamed', version: before.version - 1 });
      expect(put.status).toBe(409);
      expect(put.body.errors).toEqual([{ path: 'version', message: expect.stringContaining(`current version ${before.version}`) }]);
      expect(await read('controller')).toEqual(before);
    });
  });

  describe('PATCH of a registry item with everything GET answered', () => {
    it('changes only the field edited (a data category)', async () => {
      const [first] = (await read('data-categories?sort=name')).items as Body[];
      const before = await read(`data-categories/${first.id}`);
      const patched = await t.http
        .patch(`/api/v1/data-categories/${first.id}`)
        .set(...dpo())
        .send({ ...before, description: 'Edited in place.' });
      expect(patched.status).toBe(200);
      expect(patched.body.version).toBe(before.version + 1);
      expect(changedMembers(before, patched.body)).toEqual(['description']);
    });

    it('changes only the field edited (an activity, its link summaries sent back as read)', async () => {
      const [first] = (await read('processing-activities?sort=name')).items as Body[];
      const before = await read(`processing-activities/${first.id}`);
      expect((before.dataCategories as unknown[]).length).toBeGreaterThan(0);
      const patched = await t.http
        .patch(`/api/v1/processing-activities/${first.id}`)
        .set(...dpo())
        .send({ ...before, description: 'Edited in place.' });
      expect(patched.status).toBe(200);
      expect(changedMembers(before, patched.body)).toEqual(['description']);
    });

    it('changes links through the ids, the summaries sent back as they were read', async () => {
      const [first] = (await read('processing-activities?sort=name')).items as Body[];
      const before = await read(`processing-activities/${first.id}`);
      const patched = await t.http
        .patch(`/api/v1/processing-activities/${first.id}`)
        .set(...dpo())
        .send({ ...before, securityMeasureIds: ['sec-encryption'] });
      expect(patched.status).toBe(200);
      expect((patched.body.securityMeasures as { ref: string }[]).map((s) => s.ref)).toEqual(['sec-encryption']);
    });

    it('refuses a changed link summary with 422 naming it and saying which field links, and writes nothing', async () => {
      const [first] = (await read('processing-activities?sort=name')).items as Body[];
      const before = await read(`processing-activities/${first.id}`);
      const count = await events();
      const patched = await t.http
        .patch(`/api/v1/processing-activities/${first.id}`)
        .set(...dpo())
        .send({ ...before, dataCategories: [], description: 'Never written.' });
      expect(patched.status).toBe(422);
      expect(patched.body.errors).toEqual([{ path: 'dataCategories', message: expect.stringMatching(/read-only.*dataCategoryIds/) }]);
      expect(await read(`processing-activities/${first.id}`)).toEqual(before);
      expect(await events()).toBe(count);
    });

    it('refuses a changed id with 422 and an older version with 409', async () => {
      const [first] = (await read('recipients?sort=name')).items as Body[];
      const before = await read(`recipients/${first.id}`);
      const moved = await t.http
        .patch(`/api/v1/recipients/${first.id}`)
        .set(...dpo())
        .send({ ...before, id: '00000000-0000-4000-8000-000000000000' });
      expect([moved.status, moved.body.errors?.[0]?.path]).toEqual([422, 'id']);
      const stale = await t.http
        .patch(`/api/v1/recipients/${first.id}`)
        .set(...dpo())
        .send({ ...before, version: before.version + 5 });
      expect([stale.status, stale.body.errors?.[0]?.path]).toEqual([409, 'version']);
      expect(await read(`recipients/${first.id}`)).toEqual(before);
    });

    it.each([
      'services',
      'data-categories',
      'data-subject-categories',
      'recipients',
      'transfers',
      'retention-rules',
      'security-measures',
      'trackers',
      'processing-activities',
      'policies',
    ])('takes back every item of /%s exactly as read: 200, nothing changed, the version kept', async (path) => {
      const { items } = (await read(`${path}?limit=200`)) as unknown as { items: Body[] };
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) {
        const before = await read(`${path}/${item.id}`);
        const patched = await t.http
          .patch(`/api/v1/${path}/${item.id}`)
          .set(...dpo())
          .send(before);
        expect({ path, id: item.id, status: patched.status, errors: patched.body.errors }).toEqual({
          path,
          id: item.id,
          status: 200,
          errors: undefined,
        });
        expect(patched.body).toEqual(before);
      }
    });
  });
});
