import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bearer, startTestApp, type TestApp } from './support/app';
import { exampleRegistry, importExample } from './support/example-registry';

/** The ref made from a name, as the registry makes it (enough of it for the example's plain names). */
const refBaseOf = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const REF = /^[a-z0-9][a-z0-9-]{0,62}$/;

const RESOURCES = [
  'services',
  'data-categories',
  'data-subject-categories',
  'recipients',
  'transfers',
  'retention-rules',
  'security-measures',
  'trackers',
  'processing-activities',
];

type Item = Record<string, unknown> & { id: string; ref: string; version: number };
type Link = { id: string; ref: string | null; name: string };

/** A new activity of the example registry, its links written as refs. */
const survey = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  name: 'Customer satisfaction survey',
  purpose: 'To ask customers how satisfied they were.',
  role: 'controller',
  status: 'active',
  legalBasis: 'art6_1_f',
  legitimateInterest: 'Improving the service',
  dataSubjectCategoryIds: ['ds-users'],
  dataCategoryIds: ['cat-contact', 'cat-identity'],
  recipientIds: ['rcp-personnel'],
  retentionRuleId: 'ret-reports',
  retentionByCategory: [{ dataCategoryId: 'cat-contact', retentionRuleId: 'ret-contract' }],
  serviceIds: ['svc-instagram'],
  ...overrides,
});

describe('refs: names instead of UUIDs (issue 22, item 1)', () => {
  let t: TestApp;
  const dpo = () => bearer(t.keys.dpo);
  const count = async (table: string): Promise<number> =>
    Number(((await t.dataSource.query(`SELECT count(*)::int AS n FROM "${table}"`)) as { n: number }[])[0].n);
  const list = async (path: string): Promise<Item[]> =>
    (
      await t.http
        .get(`/api/v1/${path}?limit=200`)
        .set(...dpo())
        .expect(200)
    ).body.items;
  const byRef = async (path: string, ref: string): Promise<Item> => {
    const item = (await list(path)).find((i) => i.ref === ref);
    if (!item) throw new Error(`no ${path} with ref ${ref}`);
    return item;
  };

  beforeAll(async () => {
    t = await startTestApp();
    await importExample(t.http, t.keys.dpo);
  });
  afterAll(async () => {
    await t.close();
  });

  it.each(RESOURCES)('GET /%s answers every item with its ref, the one the import document gave it', async (path) => {
    const items = await list(path);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item.ref).toMatch(REF);
    expect(new Set(items.map((i) => i.ref)).size).toBe(items.length);
    const collection = path.replace(/-(\w)/g, (_m, c: string) => c.toUpperCase()) as keyof ReturnType<typeof exampleRegistry>;
    const documentRefs = (exampleRegistry()[collection] as { ref: string }[]).map((i) => i.ref).sort();
    expect(items.map((i) => i.ref).sort()).toEqual(documentRefs);
    const one = await t.http
      .get(`/api/v1/${path}/${items[0].id}`)
      .set(...dpo())
      .expect(200);
    expect(one.body.ref).toBe(items[0].ref);
  });

  it('creates an activity linking by ref: ids are stored, and every link answers {id, ref, name}', async () => {
    const created = await t.http
      .post('/api/v1/processing-activities')
      .set(...dpo())
      .send(survey());
    expect(created.status).toBe(201);
    const contact = await byRef('data-categories', 'cat-contact');
    const identity = await byRef('data-categories', 'cat-identity');
    const rule = await byRef('retention-rules', 'ret-reports');
    const contract = await byRef('retention-rules', 'ret-contract');
    expect(created.body.ref).toBe('customer-satisfaction-survey');
    expect(created.body.dataCategoryIds).toEqual([contact.id, identity.id]);
    expect(created.body.retentionRuleId).toBe(rule.id);
    expect(created.body.retentionByCategory).toEqual([{ dataCategoryId: contact.id, retentionRuleId: contract.id }]);
    expect(created.body.dataCategories).toEqual([
      { id: contact.id, ref: 'cat-contact', name: contact.name },
      { id: identity.id, ref: 'cat-identity', name: identity.name },
    ]);
    expect(created.body.retentionRule).toEqual({ id: rule.id, ref: 'ret-reports', name: rule.name });
    const read = await t.http
      .get(`/api/v1/processing-activities/${created.body.id}`)
      .set(...dpo())
      .expect(200);
    for (const member of ['dataCategories', 'retentionRule', 'recipients', 'services', 'dataSubjectCategories', 'securityMeasures']) {
      expect({ member, value: read.body[member] }).toEqual({ member, value: created.body[member] });
    }
    const page = await list('processing-activities');
    expect(page.find((a) => a.id === created.body.id)?.recipients).toEqual(created.body.recipients);
    for (const link of [...(read.body.recipients as Link[]), ...(read.body.services as Link[])]) expect(link.ref).toMatch(REF);
  });

  it('takes ids and refs side by side, in every body that links: transfers, trackers, policies, webhooks', async () => {
    const livechat = await byRef('recipients', 'rcp-livechat');
    const transfer = await t.http
      .post('/api/v1/transfers')
      .set(...dpo())
      .send({ recipientId: 'rcp-livechat', country: 'US', mechanism: 'scc', sccModule: 1, copyAvailable: true });
    expect(transfer.status).toBe(201);
    expect(transfer.body.recipientId).toBe(livechat.id);
    expect(transfer.body.recipient).toEqual({ id: livechat.id, ref: 'rcp-livechat', name: livechat.name });
    expect(transfer.body.ref).toBe('transfer-to-us-scc');
    const device = await byRef('data-categories', 'cat-device-id');
    const tracker = await t.http
      .post('/api/v1/trackers')
      .set(...dpo())
      .send({
        name: 'Chat session cookie',
        kind: 'cookie',
        category: 'strictly_necessary',
        provider: 'Us',
        party: 'first',
        purpose: 'Keeps the chat connected.',
        serviceIds: ['svc-instagram'],
        processingActivityId: 'act-contact',
        dataCategoryIds: [device.id, 'cat-ip'],
      });
    expect(tracker.status).toBe(201);
    expect((tracker.body.dataCategories as Link[]).map((l) => l.ref)).toEqual(['cat-device-id', 'cat-ip']);
    expect(tracker.body.processingActivity.ref).toBe('act-contact');
    const policy = await t.http
      .post('/api/v1/policies')
      .set(...dpo())
      .send({
        title: 'Notice',
        language: 'en',
        serviceId: 'svc-instagram',
        dataSubjectCategoryIds: ['ds-users'],
        options: { noticeDays: 30 },
      });
    expect(policy.status).toBe(201);
    expect(policy.body.service.ref).toBe('svc-instagram');
    expect(policy.body.serviceId).toMatch(UUID);
    const webhook = await t.http
      .post('/api/v1/webhooks')
      .set(...dpo())
      .send({ url: 'https://cms.example.com/hooks/ropa', events: ['policy.version.effective'], serviceIds: ['svc-instagram'] });
    expect(webhook.status).toBe(201);
    expect(webhook.body.serviceIds).toEqual([policy.body.serviceId]);
  });

  it('filters lists by a link given as a ref as by its id', async () => {
    const contact = await byRef('data-categories', 'cat-contact');
    const ids = async (query: string): Promise<string[]> =>
      (
        (
          await t.http
            .get(`/api/v1/${query}`)
            .set(...dpo())
            .expect(200)
        ).body.items as Item[]
      )
        .map((i) => i.id)
        .sort();
    const byId = await ids(`processing-activities?limit=200&dataCategoryId=${contact.id}`);
    expect(byId.length).toBeGreaterThan(0);
    expect(await ids('processing-activities?limit=200&dataCategoryId=cat-contact')).toEqual(byId);
    expect(await ids('processing-activities?dataCategoryId=cat-nothing')).toEqual([]);
    expect(await ids('transfers?recipientId=rcp-livechat')).toEqual(
      await ids(`transfers?recipientId=${(await byRef('recipients', 'rcp-livechat')).id}`),
    );
    await t.http
      .get('/api/v1/trackers?serviceId=Not%20a%20ref')
      .set(...dpo())
      .expect(400);
  });

  it('answers a ref that names nothing with 422 naming the field and the ref, and writes nothing', async () => {
    const [activities, events] = [await count('processing_activity'), await count('audit_event')];
    const res = await t.http
      .post('/api/v1/processing-activities')
      .set(...dpo())
      .send(survey({ name: 'Ghost links', recipientIds: ['rcp-personnel', 'rcp-nobody'], retentionRuleId: 'ret-never' }));
    expect(res.status).toBe(422);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.errors).toEqual([
      { path: 'recipientIds[1]', message: 'no recipient with ref "rcp-nobody"' },
      { path: 'retentionRuleId', message: 'no retention rule with ref "ret-never"' },
    ]);
    expect([await count('processing_activity'), await count('audit_event')]).toEqual([activities, events]);
  });

  it('refuses with 400 a link or a ref that is neither an id nor a ref', async () => {
    const link = await t.http
      .post('/api/v1/processing-activities')
      .set(...dpo())
      .send(survey({ recipientIds: ['Not A Ref'] }));
    expect(link.status).toBe(400);
    expect(JSON.stringify(link.body.errors)).toContain('recipientIds');
    for (const ref of ['Contact', 'a_b', '6f1c2a52-2a4f-4f59-9d1f-6c2d7a0e8b11']) {
      const res = await t.http
        .post('/api/v1/data-categories')
        .set(...dpo())
        .send({ name: 'X', collection: 'provided', ref });
      expect({ ref, status: res.status, path: res.body.errors?.[0]?.path }).toEqual({ ref, status: 400, path: 'ref' });
    }
  });

  it('makes a ref from the name when none is given, numbering a name used before', async () => {
    const make = async (): Promise<string> =>
      (
        await t.http
          .post('/api/v1/data-categories')
          .set(...dpo())
          .send({ name: 'Łódź visitors’ badges', collection: 'provided' })
          .expect(201)
      ).body.ref;
    expect([await make(), await make(), await make()]).toEqual([
      'lodz-visitors-badges',
      'lodz-visitors-badges-2',
      'lodz-visitors-badges-3',
    ]);
  });

  it('answers a ref another item of the type holds with 409 naming ref, on POST and on PATCH, and writes nothing', async () => {
    const events = await count('audit_event');
    const posted = await t.http
      .post('/api/v1/data-categories')
      .set(...dpo())
      .send({ name: 'Copy', collection: 'provided', ref: 'cat-contact' });
    expect(posted.status).toBe(409);
    expect(posted.body.errors).toEqual([
      { path: 'ref', message: expect.stringMatching(/ref "cat-contact" is already the ref of data category/) },
    ]);
    const identity = await byRef('data-categories', 'cat-identity');
    const patched = await t.http
      .patch(`/api/v1/data-categories/${identity.id}`)
      .set(...dpo())
      .send({ ref: 'cat-contact' });
    expect(patched.status).toBe(409);
    expect(patched.body.errors[0].path).toBe('ref');
    expect(await count('audit_event')).toBe(events);
    // Another type may hold the same ref.
    const service = await t.http
      .post('/api/v1/services')
      .set(...dpo())
      .send({ name: 'Contact', slug: 'contact-page', ref: 'cat-contact' });
    expect(service.status).toBe(201);
  });

  it('lets a PATCH change a ref: links then name the item by its new ref, and the old one names nothing', async () => {
    const rule = await byRef('retention-rules', 'ret-enquiry');
    const renamed = await t.http
      .patch(`/api/v1/retention-rules/${rule.id}`)
      .set(...dpo())
      .send({ ref: 'enquiries' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ ref: 'enquiries', version: rule.version + 1 });
    const activity = await t.http
      .post('/api/v1/processing-activities')
      .set(...dpo())
      .send(survey({ name: 'Enquiry follow-up', retentionRuleId: 'enquiries', retentionByCategory: [] }));
    expect(activity.status).toBe(201);
    expect(activity.body.retentionRule).toEqual({ id: rule.id, ref: 'enquiries', name: rule.name });
    const old = await t.http
      .patch(`/api/v1/processing-activities/${activity.body.id}`)
      .set(...dpo())
      .send({ retentionRuleId: 'ret-enquiry' });
    expect(old.status).toBe(422);
    const cleared = await t.http
      .patch(`/api/v1/retention-rules/${rule.id}`)
      .set(...dpo())
      .send({ ref: null });
    expect(cleared.status).toBe(400);
  });

  it('names the entry of every finding by type, id, ref and name', async () => {
    const findings = await t.http
      .get('/api/v1/compliance/findings')
      .set(...dpo())
      .expect(200);
    const items = findings.body.items as { entityType: string; entityId: string; entityRef: string | null; entityName: string | null }[];
    expect(items.length).toBeGreaterThan(0);
    for (const finding of items) {
      if (finding.entityType === 'controller') expect(finding.entityRef).toBeNull();
      else expect(finding.entityRef).toMatch(REF);
      expect(typeof finding.entityName).toBe('string');
    }
    const activity = items.find((f) => f.entityType === 'processing_activity');
    if (activity) {
      const read = await t.http
        .get(`/api/v1/processing-activities/${activity.entityId}`)
        .set(...dpo())
        .expect(200);
      expect([activity.entityRef, activity.entityName]).toEqual([read.body.ref, read.body.name]);
    }
  });

  it('exports the refs, links written as refs, and an import of the export keeps them', async () => {
    const refsOf = async (): Promise<Record<string, string[]>> =>
      Object.fromEntries(await Promise.all(RESOURCES.map(async (path) => [path, (await list(path)).map((i) => i.ref).sort()])));
    const before = await refsOf();
    const exported = await t.http
      .get('/api/v1/exports/ropa?format=json')
      .set(...bearer(t.keys.auditor))
      .expect(200);
    const document = JSON.parse(exported.text) as Record<string, Record<string, unknown>[]>;
    const survey = document.processingActivities.find((a) => a.ref === 'customer-satisfaction-survey');
    expect(survey?.dataCategoryIds).toEqual(['cat-contact', 'cat-identity']);
    expect(survey?.retentionByCategory).toEqual([{ dataCategoryId: 'cat-contact', retentionRuleId: 'ret-contract' }]);
    const imported = await t.http
      .post('/api/v1/imports/ropa?replace=true')
      .set(...dpo())
      .send(document);
    expect(imported.status).toBe(200);
    expect(await refsOf()).toEqual(before);
  });

  it('imports a document whose refs are not refs: ids (an export made before refs were stored) and free text', async () => {
    const document = exampleRegistry() as unknown as Record<string, Record<string, unknown>[]>;
    const renamed = new Map<string, string>([
      ['cat-contact', '6f1c2a52-2a4f-4f59-9d1f-6c2d7a0e8b11'],
      ['cat-identity', 'Cat_Identity'],
    ]);
    const swap = (value: unknown): unknown => (typeof value === 'string' ? (renamed.get(value) ?? value) : value);
    for (const item of document.dataCategories) item.ref = swap(item.ref);
    for (const activity of document.processingActivities) {
      activity.dataCategoryIds = (activity.dataCategoryIds as string[]).map(swap);
      activity.retentionByCategory = (activity.retentionByCategory as Record<string, unknown>[] | undefined)?.map((entry) => ({
        ...entry,
        dataCategoryId: swap(entry.dataCategoryId),
      }));
    }
    for (const tracker of document.trackers) tracker.dataCategoryIds = (tracker.dataCategoryIds as string[]).map(swap);
    for (const point of document.collectionPoints) point.dataCategoryIds = (point.dataCategoryIds as string[]).map(swap);
    const imported = await t.http
      .post('/api/v1/imports/ropa?replace=true')
      .set(...dpo())
      .send(document);
    expect(imported.status).toBe(200);
    const contact = document.dataCategories.find((c) => c.ref === renamed.get('cat-contact'));
    expect((await byRef('data-categories', 'cat-identity')).ref).toBe('cat-identity');
    expect((await byRef('data-categories', refBaseOf(String(contact?.name)))).name).toBe(contact?.name);
  });
});
