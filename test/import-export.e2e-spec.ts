import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bearer, startTestApp, type TestApp } from './support/app';
import { exampleRegistry } from './support/example-registry';

const example = exampleRegistry();
type Doc = Record<string, unknown> & { controller: Record<string, unknown> | null };
type Item = Record<string, unknown> & { ref: string };

/** A document with every ref replaced by the item's name (or its position), so two exports can be compared apart from ids. */
function withoutIds(doc: Doc): Doc {
  const names = new Map<string, string>();
  const collections = Object.entries(doc).filter(([, v]) => Array.isArray(v)) as [string, Item[]][];
  for (const [key, items] of collections)
    items.forEach((item, i) => names.set(item.ref, `${key}:${String(item.name ?? item.country ?? i)}`));
  const swap = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(swap)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, swap(v)]))
        : typeof value === 'string' && names.has(value)
          ? names.get(value)
          : value;
  const out = swap(doc) as Doc;
  // Items without a name (two transfers to one country) keep their database order, which is by id: order them by content.
  const key = (item: Item) => `${String(item.ref)}\u0000${JSON.stringify(item)}`;
  for (const [name] of collections) (out[name] as Item[]).sort((a, b) => (key(a) < key(b) ? -1 : 1));
  return out;
}

describe('import and export of the whole registry', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const importDoc = (doc: unknown, query = '') =>
    t.http
      .post(`/api/v1/imports/ropa${query}`)
      .set(...bearer(t.keys.dpo))
      .send(doc as object);
  const exportJson = async (query = ''): Promise<Doc> =>
    (await t.http.get(`/api/v1/exports/ropa?format=json${query}`).set(...bearer(t.keys.auditor))).body as Doc;
  const count = async () => Number(((await t.dataSource.query('SELECT count(*)::text AS n FROM audit_event')) as { n: string }[])[0].n);

  it('checks a document without writing in a dry run, and names each error by path, ref and field', async () => {
    const dry = await importDoc(example, '?dryRun=true');
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({
      dryRun: true,
      created: { controller: 1, services: 1, processingActivities: 14, trackers: 5, transfers: 2 },
      deleted: 0,
    });
    expect(await count()).toBe(0);

    const broken = structuredClone(example) as { processingActivities: Item[]; services: Item[] };
    broken.services[0].slug = 'Not A Slug';
    broken.processingActivities[2].legalBasis = 'art6_1_z';
    const bad = await importDoc(broken);
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'services[0].slug', ref: 'svc-instagram' }),
        expect.objectContaining({ path: 'processingActivities[2].legalBasis', ref: broken.processingActivities[2].ref }),
      ]),
    );

    const dangling = structuredClone(example) as { processingActivities: Item[] };
    dangling.processingActivities[0].dataCategoryIds = ['cat-nowhere'];
    const unknown = await importDoc(dangling);
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors[0]).toMatchObject({
      path: 'processingActivities[0].dataCategoryIds[0]',
      message: 'no data category with ref "cat-nowhere" in this document',
    });
    expect(await count()).toBe(0);
  });

  it('imports the example all at once, with every fact of the reference policy in the registry', async () => {
    const res = await importDoc(example);
    expect(res.status).toBe(200);
    const doc = await exportJson();
    const text = JSON.stringify(doc);
    const controller = doc.controller as {
      legalName: string;
      registrationNumber: string;
      email: string;
      minimumAge: number;
      registeredAddress: { street: string; postalCode: string; city: string };
    };
    expect(controller).toMatchObject({
      legalName: 'LiveChat Integrations',
      registrationNumber: '0001013695',
      email: 'contact@livechat-integrations.com',
      minimumAge: 16,
    });
    expect(controller.registeredAddress).toMatchObject({ street: 'Hiacyntowa 14', postalCode: '55-095', city: 'Mirków' });
    const activities = doc.processingActivities as {
      name: string;
      legalBasis: string;
      legitimateInterest: string | null;
      legalObligation: string | null;
      profiling: boolean;
    }[];
    const basis = (name: string) => activities.find((a) => a.name === name)?.legalBasis;
    expect(basis('Answering enquiries')).toBe('art6_1_f');
    expect(basis('Providing the service')).toBe('art6_1_b');
    expect(basis('Accounting and archiving')).toBe('art6_1_c');
    expect(activities.find((a) => a.name === 'Accounting and archiving')?.legalObligation).toContain('Accounting Act');
    for (const interest of ['reports, summaries and analyses', 'fraud', 'claims', 'representatives', 'debts']) {
      expect(activities.some((a) => a.legalBasis === 'art6_1_f' && a.legitimateInterest?.toLowerCase().includes(interest))).toBe(true);
    }
    expect(activities.find((a) => a.name === 'Marketing and advertising')?.profiling).toBe(true);
    expect(basis('Location (opt-in)')).toBe('art6_1_a');
    expect(basis('Server log files')).toBe('art6_1_f');
    for (const fact of [
      'LiveChat Instagram channel',
      'device ID',
      'user preferences',
      'IP address',
      'browser type',
      'referrer URL',
      'Our personnel',
      'Suppliers',
      'Subcontractors',
      'https://www.livechat.com/legal/privacy-policy/',
      'Public authorities and law enforcement',
      'Encryption in transit',
    ]) {
      expect(text).toContain(fact);
    }
    // The reference transfers to the controller's partners in the USA, none certified under the Data Privacy Framework.
    const transfers = doc.transfers as { country: string; mechanism: string; recipientId: string; copyAvailable: boolean }[];
    const usTransfer = expect.objectContaining({ country: 'US', mechanism: 'scc', copyAvailable: true });
    expect(transfers).toEqual([usTransfer, usTransfer]);
    const recipients = doc.recipients as { ref: string; dpfCertified: boolean }[];
    for (const transfer of transfers) expect(recipients.find((r) => r.ref === transfer.recipientId)?.dpfCertified).toBe(false);
    // Issue 15's facts survive the import and come back in the export.
    expect(text).toContain('"directMarketing":true');
    expect(text).toContain('"usesServices":true');
    expect(text).toContain(
      '"consentWithdrawal":"Click the unsubscribe link in any of our e-mails, or write to us at contact@livechat-integrations.com."',
    );
    const kinds = (doc.trackers as { kind: string }[]).map((tr) => tr.kind);
    expect(kinds).toEqual(expect.arrayContaining(['cookie', 'web_beacon']));
    const findings = await t.http.get('/api/v1/compliance/findings').set(...bearer(t.keys.reader));
    expect(findings.body.errors).toBe(0);
  });

  it('refuses to import into a non-empty registry unless asked to replace it, and replacing is audited', async () => {
    const again = await importDoc(example);
    expect(again.status).toBe(409);
    expect((await importDoc(example, '?dryRun=true')).status).toBe(409);
    const before = await count();
    const replaced = await importDoc(example, '?replace=true');
    expect(replaced.status).toBe(200);
    expect(replaced.body.deleted).toBeGreaterThan(40);
    const deletes = await t.http.get('/api/v1/audit-events?limit=500&offset=0').set(...bearer(t.keys.auditor));
    expect(deletes.body.total).toBeGreaterThan(before);
  });

  it('round-trips: export, import into an empty database, export again gives the same document apart from ids', async () => {
    const first = await exportJson();
    const other = await startTestApp();
    try {
      await other.http
        .post('/api/v1/imports/ropa')
        .set(...bearer(other.keys.dpo))
        .send(first)
        .expect(200);
      const second = (await other.http.get('/api/v1/exports/ropa?format=json').set(...bearer(other.keys.auditor))).body as Doc;
      expect(withoutIds(second)).toEqual(withoutIds(first));
    } finally {
      await other.close();
    }
  });

  it('accepts on the import route a body larger than ordinary routes take', async () => {
    const big = {
      format: 'ropa-registry/1',
      dataSubjectCategories: Array.from({ length: 700 }, (_, i) => ({
        ref: `ds${i}`,
        name: `Subject ${i}`,
        description: 'd'.repeat(1800),
      })),
    };
    const size = JSON.stringify(big).length;
    expect(size).toBeGreaterThan(t.config.bodyLimitBytes);
    const dry = await importDoc(big, '?dryRun=true&replace=true');
    expect(dry.status).toBe(200);
    expect(dry.body.created.dataSubjectCategories).toBe(700);
    const ordinary = await t.http
      .post('/api/v1/data-subject-categories')
      .set(...bearer(t.keys.dpo))
      .send({ name: 'x', description: 'd'.repeat(size) });
    expect(ordinary.status).toBe(413);
  });
});
