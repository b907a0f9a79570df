import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bearer, startTestApp, type TestApp } from './support/app';
import { Factories } from './support/factories';

const paths = (res: { body: { errors?: { path: string }[] } }) => (res.body.errors ?? []).map((e) => e.path).sort();

describe('registry resources', () => {
  let t: TestApp;
  let f: Factories;
  const dpo = () => bearer(t.keys.dpo);

  beforeAll(async () => {
    t = await startTestApp();
    f = new Factories(t.http, t.keys.dpo);
  });
  afterAll(async () => {
    await t.close();
  });

  const auditEvents = async (entityId: string) =>
    (await t.http.get(`/api/v1/audit-events?entityId=${entityId}`).set(...bearer(t.keys.auditor))).body.items as {
      action: string;
      version: number;
      actorRole: string;
      actorKeyId: string;
      before: unknown;
      after: { name?: string } | null;
    }[];

  const dpoKeyId = async (): Promise<string> =>
    ((await t.http.get('/api/v1/api-keys').set(...dpo())).body as { id: string; label: string }[]).find((k) =>
      k.label.startsWith('bootstrap'),
    )!.id;

  describe.each<[string, Record<string, unknown> | (() => Promise<Record<string, unknown>>), Record<string, unknown>]>([
    ['services', { name: 'Shop', slug: 'shop-crud' }, { description: 'Our web shop' }],
    [
      'transfers',
      async () => ({ recipientId: (await f.recipient({ country: 'IN' })).id, country: 'IN', mechanism: 'scc', sccModule: 2 }),
      { safeguards: 'Module 2 clauses, encryption at rest.' },
    ],
    ['data-categories', { name: 'Health data', collection: 'provided', special: true }, { examples: ['allergies'] }],
    ['data-subject-categories', { name: 'Applicants' }, { description: 'People applying for a job' }],
    ['recipients', { name: 'Cloud Inc.', type: 'processor', country: 'US', dpfCertified: true }, { dpaReference: 'DPA 2026' }],
    ['retention-rules', { name: 'Six months', period: 'P6M', trigger: 'collection', criteria: 'Six months.' }, { period: 'P1Y' }],
    ['security-measures', { name: 'Backups', kind: 'technical', description: 'Daily encrypted backups.' }, { kind: 'organisational' }],
    [
      'trackers',
      { name: 'Analytics', kind: 'pixel', category: 'analytics', provider: 'Us', party: 'first', purpose: 'Counts visits.' },
      { duration: 'P13M' },
    ],
    [
      'processing-activities',
      { name: 'Recruitment', purpose: 'To hire people.', role: 'controller', status: 'draft', legalBasis: 'art6_1_b' },
      { status: 'active' },
    ],
  ])('%s', (path, makeBody, patch) => {
    const bodyOf = async () => (typeof makeBody === 'function' ? makeBody() : makeBody);

    it('creates (201, Location, ETag), reads, patches (version + 1), deletes (204), and audits each write', async () => {
      const body = await bodyOf();
      const created = await t.http
        .post(`/api/v1/${path}`)
        .set(...dpo())
        .send(body);
      expect(created.status).toBe(201);
      expect(created.headers.location).toBe(`/api/v1/${path}/${created.body.id}`);
      expect(created.headers.etag).toBe('"1"');
      expect(created.body).toMatchObject({ ...body, version: 1 });

      const read = await t.http.get(created.headers.location).set(...bearer(t.keys.reader));
      expect(read.status).toBe(200);
      expect(read.headers.etag).toBe('"1"');

      const patched = await t.http
        .patch(created.headers.location)
        .set(...dpo())
        .set('If-Match', '"1"')
        .send(patch);
      expect(patched.status).toBe(200);
      expect(patched.body).toMatchObject({ ...body, ...patch, version: 2 });
      expect(patched.headers.etag).toBe('"2"');

      const stale = await t.http
        .patch(created.headers.location)
        .set(...dpo())
        .set('If-Match', '"1"')
        .send(patch);
      expect(stale.status).toBe(412);

      await t.http
        .delete(created.headers.location)
        .set(...dpo())
        .expect(204);
      await t.http
        .get(created.headers.location)
        .set(...dpo())
        .expect(404);

      const events = await auditEvents(created.body.id);
      expect(events.map((e) => [e.action, e.version])).toEqual([
        ['create', 1],
        ['update', 2],
        ['delete', 2],
      ]);
      const actorKeyId = await dpoKeyId();
      for (const event of events) expect(event).toMatchObject({ actorRole: 'dpo', actorKeyId });
      expect(events[0]).toMatchObject({ before: null, after: { ...body, id: created.body.id, version: 1 } });
      expect(events[1]).toMatchObject({ before: { ...body, version: 1 }, after: { ...body, ...patch, version: 2 } });
      expect(events[2]).toMatchObject({ before: { ...patch, version: 2 }, after: null });
    });

    it('refuses id, version, createdAt and updatedAt in a POST body (mass assignment), and in a PATCH body unless unchanged, and writes nothing', async () => {
      const body = await bodyOf();
      const existing = await f.post(path, path === 'services' ? { ...body, slug: `mass-${Date.now()}` } : body);
      for (const field of ['id', 'version', 'createdAt', 'updatedAt']) {
        const value = field === 'version' ? 7 : field === 'id' ? '00000000-0000-4000-8000-000000000001' : '2020-01-01T00:00:00Z';
        const post = await t.http
          .post(`/api/v1/${path}`)
          .set(...dpo())
          .send({ ...body, [field]: value });
        expect(post.status).toBe(400);
        expect(paths(post)).toEqual([field]);
        // A PATCH may carry them back as read (issue 22): a different value is refused, an older version as a conflict.
        const patched = await t.http
          .patch(`/api/v1/${path}/${existing.id}`)
          .set(...dpo())
          .send({ [field]: value });
        expect(patched.status).toBe(field === 'version' ? 409 : 422);
        expect(paths(patched)).toEqual([field]);
      }
      const after = await t.http.get(`/api/v1/${path}/${existing.id}`).set(...dpo());
      expect(after.body).toMatchObject({ id: existing.id, version: 1 });
      expect((await auditEvents(existing.id)).map((e) => e.action)).toEqual(['create']);
    });

    it('refuses a DELETE with a stale If-Match with 412 and keeps the item', async () => {
      const body = await bodyOf();
      const existing = await f.post(path, path === 'services' ? { ...body, slug: `stale-${Date.now()}` } : body);
      await t.http
        .patch(`/api/v1/${path}/${existing.id}`)
        .set(...dpo())
        .send(patch)
        .expect(200);
      const res = await t.http
        .delete(`/api/v1/${path}/${existing.id}`)
        .set(...dpo())
        .set('If-Match', '"1"');
      expect(res.status).toBe(412);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.currentVersion).toBe(2);
      await t.http
        .get(`/api/v1/${path}/${existing.id}`)
        .set(...dpo())
        .expect(200);
      await t.http
        .delete(`/api/v1/${path}/${existing.id}`)
        .set(...dpo())
        .set('If-Match', '"2"')
        .expect(204);
    });

    it('answers 404 for an unknown id and 400 for a malformed one', async () => {
      await t.http
        .get(`/api/v1/${path}/00000000-0000-4000-8000-000000000000`)
        .set(...dpo())
        .expect(404);
      await t.http
        .get(`/api/v1/${path}/not-a-uuid`)
        .set(...dpo())
        .expect(400);
    });
  });

  describe('lists', () => {
    it('filters activities by legal basis, status, role, service, recipient and data category', async () => {
      const [service, recipient, category] = await Promise.all([f.service(), f.recipient(), f.dataCategory()]);
      const match = await f.processingActivity({
        legalBasis: 'art6_1_f',
        legitimateInterest: 'Security',
        status: 'draft',
        serviceIds: [service.id],
        recipientIds: [recipient.id],
        dataCategoryIds: [category.id],
      });
      await f.processingActivity({ legalBasis: 'art6_1_b' });
      const processor = await f.processingActivity({
        role: 'processor',
        onBehalfOf: [{ name: 'Acme', email: 'privacy@acme.example', address: null, phone: null, representative: null }],
      });
      const list = async (query: string) =>
        (
          (await t.http.get(`/api/v1/processing-activities?${query}&limit=200`).set(...bearer(t.keys.reader))).body.items as {
            id: string;
          }[]
        ).map((i) => i.id);
      for (const query of [
        `legalBasis=art6_1_f`,
        `status=draft`,
        `serviceId=${service.id}`,
        `recipientId=${recipient.id}`,
        `dataCategoryId=${category.id}`,
      ]) {
        expect(await list(query)).toContain(match.id);
      }
      expect(await list(`serviceId=${service.id}`)).toEqual([match.id]);
      expect(await list(`recipientId=${recipient.id}`)).toEqual([match.id]);
      expect(await list(`dataCategoryId=${category.id}`)).toEqual([match.id]);
      expect(await list(`serviceId=${service.id}&status=active`)).toEqual([]);
      expect(await list('role=processor')).toContain(processor.id);
      expect(await list('role=processor')).not.toContain(match.id);
      expect(await list('role=controller')).not.toContain(processor.id);
      expect(await list('status=draft')).not.toContain(processor.id);
      expect(await list('legalBasis=art6_1_b')).not.toContain(match.id);
    });

    it('filters recipients by country and type, and transfers by country and mechanism', async () => {
      const jp = await f.recipient({ country: 'JP', type: 'joint_controller' });
      await f.transfer(jp.id, { country: 'JP', mechanism: 'adequacy', sccModule: null });
      const recipients = (await t.http.get('/api/v1/recipients?country=JP&type=joint_controller').set(...dpo())).body;
      expect(recipients.items.map((r: { id: string }) => r.id)).toEqual([jp.id]);
      const transfers = (await t.http.get('/api/v1/transfers?country=JP&mechanism=adequacy').set(...dpo())).body;
      expect(transfers.items).toHaveLength(1);
      expect(transfers.items[0].recipient).toEqual({ id: jp.id, ref: jp.ref, name: jp.name });
      await t.http
        .get('/api/v1/transfers?q=x')
        .set(...dpo())
        .expect(400);
    });

    it('searches names, sorts, pages and bounds the page size', async () => {
      const marker = `Zebra ${Date.now()}`;
      await f.dataSubjectCategory({ name: `${marker} B` });
      await f.dataSubjectCategory({ name: `${marker} A` });
      const asc = await t.http.get(`/api/v1/data-subject-categories?q=${encodeURIComponent(marker)}&sort=name&total=true`).set(...dpo());
      expect(asc.body.items.map((i: { name: string }) => i.name)).toEqual([`${marker} A`, `${marker} B`]);
      expect(asc.body).toMatchObject({ total: 2, limit: 50, offset: 0 });
      expect(asc.body.nextCursor).toBeUndefined();
      const desc = await t.http
        .get(`/api/v1/data-subject-categories?q=${encodeURIComponent(marker)}&sort=-name&limit=1&offset=0&total=true`)
        .set(...dpo());
      expect(desc.body.items.map((i: { name: string }) => i.name)).toEqual([`${marker} B`]);
      expect(desc.body.total).toBe(2);
      // The total is counted only when asked for.
      const uncounted = await t.http
        .get(`/api/v1/data-subject-categories?q=${encodeURIComponent(marker)}&sort=-name&limit=1`)
        .set(...dpo());
      expect(uncounted.body).not.toHaveProperty('total');
      // The cursor of the first page gives the second, and the last page has none.
      const next = await t.http
        .get(`/api/v1/data-subject-categories?q=${encodeURIComponent(marker)}&sort=-name&limit=1&cursor=${uncounted.body.nextCursor}`)
        .set(...dpo());
      expect(next.body.items.map((i: { name: string }) => i.name)).toEqual([`${marker} A`]);
      expect(next.body.nextCursor).toBeUndefined();
      const otherSort = await t.http.get(`/api/v1/data-subject-categories?sort=name&cursor=${uncounted.body.nextCursor}`).set(...dpo());
      expect(otherSort.status).toBe(400);
      expect(paths(otherSort)).toEqual(['cursor']);
      expect((await t.http.get('/api/v1/data-subject-categories?cursor=garbage').set(...dpo())).status).toBe(400);
      const tooMany = await t.http.get('/api/v1/data-subject-categories?limit=1000').set(...dpo());
      expect(tooMany.status).toBe(400);
      expect(paths(tooMany)).toEqual(['limit']);
      expect((await t.http.get('/api/v1/data-subject-categories?sort=colour').set(...dpo())).status).toBe(400);
    });
  });

  describe('references', () => {
    it('returns related ids with {id, ref, name} summaries', async () => {
      const { activity, category, subject, service } = await f.completeActivity();
      const read = await t.http.get(`/api/v1/processing-activities/${activity.id}`).set(...bearer(t.keys.reader));
      expect(read.body.dataCategoryIds).toEqual([category.id]);
      expect(read.body.dataCategories).toEqual([{ id: category.id, ref: category.ref, name: category.name }]);
      expect(read.body.dataSubjectCategories).toEqual([{ id: subject.id, ref: subject.ref, name: subject.name }]);
      expect(read.body.services).toEqual([{ id: service.id, ref: service.ref, name: service.name }]);
      expect(read.body.retentionRule).toMatchObject({ name: expect.any(String) });
    });

    it('answers 422 naming unknown ids, and writes nothing', async () => {
      const ghost = '00000000-0000-4000-8000-00000000beef';
      const category = await f.dataCategory();
      const res = await t.http
        .post('/api/v1/processing-activities')
        .set(...dpo())
        .send({
          name: 'Ghost refs',
          purpose: 'x',
          role: 'controller',
          status: 'draft',
          legalBasis: 'art6_1_b',
          dataCategoryIds: [category.id, ghost],
          retentionByCategory: [{ dataCategoryId: category.id, retentionRuleId: ghost }],
        });
      expect(res.status).toBe(422);
      expect(res.body.errors).toEqual(
        expect.arrayContaining([
          { path: 'dataCategoryIds[1]', message: `No data category with id ${ghost}` },
          { path: 'retentionByCategory[0].retentionRuleId', message: `No retention rule with id ${ghost}` },
        ]),
      );
      expect((await t.http.get('/api/v1/processing-activities?q=Ghost%20refs&total=true').set(...dpo())).body.total).toBe(0);
    });

    it('refuses to delete what is still referenced with 409 naming every referrer, then deletes once they let go', async () => {
      const category = await f.dataCategory();
      const rule = await f.retentionRule();
      const a = await f.processingActivity({ dataCategoryIds: [category.id] });
      const b = await f.processingActivity({
        dataCategoryIds: [category.id],
        retentionByCategory: [{ dataCategoryId: category.id, retentionRuleId: rule.id }],
      });
      const tracker = await f.tracker({ dataCategoryIds: [category.id] });
      const res = await t.http.delete(`/api/v1/data-categories/${category.id}`).set(...dpo());
      expect(res.status).toBe(409);
      expect(res.body.errors).toEqual(
        expect.arrayContaining([
          { type: 'processing_activity', id: a.id, ref: a.ref, name: a.name },
          { type: 'processing_activity', id: b.id, ref: b.ref, name: b.name },
          { type: 'tracker', id: tracker.id, ref: tracker.ref, name: tracker.name },
        ]),
      );
      expect(res.body.errors).toHaveLength(3);
      const ruleRes = await t.http.delete(`/api/v1/retention-rules/${rule.id}`).set(...dpo());
      expect(ruleRes.body.errors).toEqual([{ type: 'processing_activity', id: b.id, ref: b.ref, name: b.name }]);

      await t.http
        .delete(`/api/v1/trackers/${tracker.id}`)
        .set(...dpo())
        .expect(204);
      await t.http
        .patch(`/api/v1/processing-activities/${a.id}`)
        .set(...dpo())
        .send({ dataCategoryIds: [] })
        .expect(200);
      await t.http
        .patch(`/api/v1/processing-activities/${b.id}`)
        .set(...dpo())
        .send({ dataCategoryIds: [], retentionByCategory: [] })
        .expect(200);
      await t.http
        .delete(`/api/v1/data-categories/${category.id}`)
        .set(...dpo())
        .expect(204);
    });

    it('refuses to delete a recipient a transfer and an activity name, with 409 naming both', async () => {
      const recipient = await f.recipient({ country: 'US' });
      const transfer = await f.transfer(recipient.id);
      const activity = await f.processingActivity({ recipientIds: [recipient.id] });
      const res = await t.http.delete(`/api/v1/recipients/${recipient.id}`).set(...dpo());
      expect(res.status).toBe(409);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.errors).toEqual(
        expect.arrayContaining([
          { type: 'transfer', id: transfer.id, ref: transfer.ref, name: 'Transfer to US (scc)' },
          { type: 'processing_activity', id: activity.id, ref: activity.ref, name: activity.name },
        ]),
      );
      expect(res.body.errors).toHaveLength(2);
      expect((await auditEvents(recipient.id)).map((e) => e.action)).toEqual(['create']);
    });

    it('answers 422 naming an unknown id given on PATCH, and leaves the item as it was', async () => {
      const transfer = await f.transfer();
      const ghost = '00000000-0000-4000-8000-0000000000aa';
      const res = await t.http
        .patch(`/api/v1/transfers/${transfer.id}`)
        .set(...dpo())
        .send({ recipientId: ghost });
      expect(res.status).toBe(422);
      expect(res.body.errors).toEqual([{ path: 'recipientId', message: `No recipient with id ${ghost}` }]);
      const after = await t.http.get(`/api/v1/transfers/${transfer.id}`).set(...dpo());
      expect(after.body).toMatchObject({ recipientId: transfer.recipientId, version: 1 });
    });

    it('returns {id, ref, name} summaries on trackers and transfers too', async () => {
      const [service, category] = [await f.service(), await f.dataCategory()];
      const activity = await f.processingActivity({ dataCategoryIds: [category.id] });
      const tracker = await f.tracker({ serviceIds: [service.id], processingActivityId: activity.id, dataCategoryIds: [category.id] });
      expect(tracker).toMatchObject({
        services: [{ id: service.id, name: service.name }],
        processingActivity: { id: activity.id, name: activity.name },
        dataCategories: [{ id: category.id, name: category.name }],
      });
      const recipient = await f.recipient({ name: 'Summarised Inc.' });
      const transfer = await f.transfer(recipient.id);
      const read = await t.http.get(`/api/v1/transfers/${transfer.id}`).set(...bearer(t.keys.reader));
      expect(read.body.recipient).toEqual({ id: recipient.id, ref: 'summarised-inc', name: 'Summarised Inc.' });
    });

    it('answers 409 when a slug is already taken', async () => {
      const service = await f.service();
      const res = await t.http
        .post('/api/v1/services')
        .set(...dpo())
        .send({ name: 'Copy', slug: service.slug });
      expect(res.status).toBe(409);
    });
  });

  describe('validation that carries GDPR meaning', () => {
    const activity = { name: 'Rule check', purpose: 'x', role: 'controller', status: 'draft' };

    it.each([
      [{ ...activity, legalBasis: 'art6_1_b', legitimateInterest: 'x' }, 'legitimateInterest'],
      [{ ...activity, legalBasis: 'art6_1_b', legalObligation: 'x' }, 'legalObligation'],
      [{ ...activity, legalBasis: 'art6_1_f', consentMechanism: 'x' }, 'consentMechanism'],
      [{ ...activity, legalBasis: 'art6_1_b', onBehalfOf: [{ name: 'Acme', email: 'privacy@acme.example' }] }, 'onBehalfOf'],
      [{ ...activity, role: 'processor', legalBasis: 'art6_1_b' }, 'legalBasis'],
      [{ ...activity, legalBasis: null }, 'legalBasis'],
      [{ ...activity, legalBasis: 'art6_1_b', legalObligationJurisdiction: 'PL' }, 'legalObligationJurisdiction'],
      [{ ...activity, legalBasis: 'art6_1_b', retiredAt: '2026-01-01T00:00:00Z' }, 'retiredAt'],
      [{ ...activity, legalBasis: 'art6_1_b', afterRetirement: { outcome: 'erased', details: null } }, 'afterRetirement'],
      [{ ...activity, legalBasis: 'art6_1_b', status: 'retired', afterRetirement: { outcome: 'shredded' } }, 'afterRetirement.outcome'],
      [{ ...activity, legalBasis: 'art6_1_x' }, 'legalBasis'],
    ])('refuses %j at %s', async (body, field) => {
      const res = await t.http
        .post('/api/v1/processing-activities')
        .set(...dpo())
        .send(body);
      expect(res.status).toBe(400);
      expect(paths(res)).toEqual([field]);
    });

    it("records what became of a retired activity's data, and forgets it when the activity runs again", async () => {
      const created = await t.http
        .post('/api/v1/processing-activities')
        .set(...dpo())
        .send({ ...activity, legalBasis: 'art6_1_b' });
      expect(created.status).toBe(201);
      const retired = await t.http
        .patch(`/api/v1/processing-activities/${created.body.id}`)
        .set(...dpo())
        .send({ status: 'retired', afterRetirement: { outcome: 'anonymised', details: 'Aggregated into yearly figures.' } });
      expect(retired.status).toBe(200);
      expect(retired.body.afterRetirement).toEqual({ outcome: 'anonymised', details: 'Aggregated into yearly figures.' });
      const again = await t.http
        .patch(`/api/v1/processing-activities/${created.body.id}`)
        .set(...dpo())
        .send({ status: 'active' });
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ retiredAt: null, afterRetirement: null });
    });

    it('refuses an SCC module or an Art. 49 ground with the wrong mechanism', async () => {
      const recipient = await f.recipient();
      const scc = await t.http
        .post('/api/v1/transfers')
        .set(...dpo())
        .send({ recipientId: recipient.id, country: 'US', mechanism: 'bcr', sccModule: 2 });
      expect(paths(scc)).toEqual(['sccModule']);
      const derogation = await t.http
        .post('/api/v1/transfers')
        .set(...dpo())
        .send({ recipientId: recipient.id, country: 'US', mechanism: 'scc', derogation: 'a' });
      expect(paths(derogation)).toEqual(['derogation']);
    });

    it('refuses a PATCH that leaves a legitimate interest behind when the basis changes, and accepts clearing it', async () => {
      const a = await f.processingActivity({ legalBasis: 'art6_1_f', legitimateInterest: 'Security' });
      const res = await t.http
        .patch(`/api/v1/processing-activities/${a.id}`)
        .set(...dpo())
        .send({ legalBasis: 'art6_1_b' });
      expect(res.status).toBe(400);
      expect(paths(res)).toEqual(['legitimateInterest']);
      const ok = await t.http
        .patch(`/api/v1/processing-activities/${a.id}`)
        .set(...dpo())
        .send({ legalBasis: 'art6_1_b', legitimateInterest: null });
      expect(ok.status).toBe(200);
      expect(ok.body).toMatchObject({ legalBasis: 'art6_1_b', legitimateInterest: null, version: 2 });
    });

    it('refuses null for a required field on PATCH', async () => {
      const service = await f.service();
      const res = await t.http
        .patch(`/api/v1/services/${service.id}`)
        .set(...dpo())
        .send({ name: null });
      expect(res.status).toBe(400);
      expect(paths(res)).toEqual(['name']);
    });

    // Bug: optional fields whose column is NOT NULL accept null in validation and fail in the database (500).
    it.each([
      ['data-categories', { name: 'Null examples', collection: 'provided', examples: null }, 'examples'],
      ['data-categories', { name: 'Null special', collection: 'provided', special: null }, 'special'],
      ['processing-activities', { ...activity, legalBasis: 'art6_1_b', profiling: null }, 'profiling'],
      ['processing-activities', { ...activity, legalBasis: 'art6_1_b', dataCategoryIds: null }, 'dataCategoryIds'],
      ['processing-activities', { ...activity, legalBasis: 'art6_1_b', retentionByCategory: null }, 'retentionByCategory'],
      ['processing-activities', { ...activity, legalBasis: 'art6_1_b', notApplicable: null }, 'notApplicable'],
      [
        'trackers',
        { name: 'T', kind: 'cookie', category: 'functional', provider: 'p', party: 'first', purpose: 'p', serviceIds: null },
        'serviceIds',
      ],
      ['recipients', { name: 'Null DPF', type: 'processor', country: 'US', dpfCertified: null }, 'dpfCertified'],
    ])('POST /%s with %j answers 400 at %s, not 500', async (path, body, field) => {
      const res = await t.http
        .post(`/api/v1/${path}`)
        .set(...dpo())
        .send(body);
      expect(res.status).toBe(400);
      expect(paths(res)).toEqual([field]);
    });

    it('refuses null for an optional field that cannot be empty on PATCH with 400, not 500', async () => {
      const recipient = await f.recipient();
      const transfer = await f.transfer(recipient.id);
      const res = await t.http
        .patch(`/api/v1/transfers/${transfer.id}`)
        .set(...dpo())
        .send({ copyAvailable: null });
      expect(res.status).toBe(400);
      expect(paths(res)).toEqual(['copyAvailable']);
    });

    // Bug: PostgreSQL text cannot hold U+0000; the string passes validation and the INSERT fails (500).
    it('refuses a NUL character in a text field with 400, not 500', async () => {
      const res = await t.http
        .post('/api/v1/services')
        .set(...dpo())
        .send({ name: 'Shop\u0000', slug: 'nul-char' });
      expect(res.status).toBe(400);
      expect(paths(res)).toEqual(['name']);
    });

    it('checks ISO countries and durations with nested field paths', async () => {
      const recipient = await t.http
        .post('/api/v1/recipients')
        .set(...dpo())
        .send({ name: 'X', type: 'processor', country: 'USA' });
      expect(paths(recipient)).toEqual(['country']);
      const rule = await t.http
        .post('/api/v1/retention-rules')
        .set(...dpo())
        .send({ name: 'X', period: '5 years', trigger: 'other', criteria: 'x' });
      expect(paths(rule)).toEqual(['period']);
      const nested = await t.http
        .post('/api/v1/processing-activities')
        .set(...dpo())
        .send({ ...activity, legalBasis: 'art6_1_b', retentionByCategory: [{ dataCategoryId: 'Nope!' }] });
      expect(paths(nested)).toEqual(['retentionByCategory[0].dataCategoryId', 'retentionByCategory[0].retentionRuleId']);
    });
  });

  describe('audit trail', () => {
    it('filters by entity type, actor and time, and verifies the chain', async () => {
      const before = new Date().toISOString();
      const service = await f.service();
      const byType = await t.http.get(`/api/v1/audit-events?entityType=service&from=${before}`).set(...bearer(t.keys.auditor));
      expect(byType.body.items.map((e: { entityId: string }) => e.entityId)).toContain(service.id);
      const keys = await t.http.get('/api/v1/api-keys').set(...dpo());
      const dpoKey = keys.body.find((k: { role: string; label: string }) => k.role === 'dpo');
      const byActor = await t.http.get(`/api/v1/audit-events?actor=${dpoKey.id}&entityId=${service.id}`).set(...bearer(t.keys.auditor));
      expect(byActor.body.total).toBe(1);
      const none = await t.http.get(`/api/v1/audit-events?entityId=${service.id}&to=${before}`).set(...bearer(t.keys.auditor));
      expect(none.body.total).toBe(0);
      const verify = await t.http.get('/api/v1/audit-events/verify').set(...bearer(t.keys.auditor));
      expect(verify.body).toMatchObject({ ok: true });
      expect(verify.body.events).toBeGreaterThan(0);
    });
  });
});
