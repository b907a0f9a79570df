import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bearer, startTestApp, type TestApp } from './support/app';
import { controllerProfile, Factories } from './support/factories';

/**
 * Issue 24 acceptance: three controllers, each in its own registry, built through the API as a DPO would.
 * A Zurich company with EU users (FADP and GDPR), a London company with EU users (UK GDPR and GDPR), a Munich
 * shop (GDPR only). Each notice answers to its laws, and each law's gate refuses what that law forbids.
 */
const euRep = { name: 'EU Rep GmbH', email: 'rep@example.eu', address: 'Unter den Linden 1, 10117 Berlin' };

async function registry(controller: object) {
  const t = await startTestApp();
  const f = new Factories(t.http, t.keys.dpo);
  await t.http
    .put('/api/v1/controller')
    .set(...bearer(t.keys.dpo))
    .send(controllerProfile(controller))
    .expect(200);
  return { t, f };
}

const policyOf = async (f: Factories, serviceId: string, options: object = {}) =>
  (
    await f.post<{ id: string }>('policies', {
      title: 'Privacy notice',
      serviceId,
      language: 'en',
      options: { noticeDays: 0, ...options },
    })
  ).id;

function client(t: TestApp) {
  const dpo = () => bearer(t.keys.dpo);
  const publish = () =>
    t.http
      .post(`/api/v1/policies/${policyId}/versions`)
      .set(...dpo())
      .send({ changeSummary: 'First version', material: false });
  let policyId = '';
  return {
    use: (id: string) => (policyId = id),
    refusedBy: async () => {
      const res = await publish();
      expect(res.status).toBe(422);
      return (res.body.errors as { rule: string; law: string }[]).map((e) => `${e.law}:${e.rule}`);
    },
    published: async () => {
      const res = await publish();
      expect({ status: res.status, errors: res.body.errors }).toEqual({ status: 201, errors: undefined });
      const version = await t.http.get(`/api/v1/policies/${policyId}/versions/1?format=txt`).set(...dpo());
      expect(version.status).toBe(200);
      return version.text;
    },
    laws: async () =>
      ((await t.http.get(`/api/v1/policies/${policyId}/preview?format=json`).set(...dpo())).body as { laws: string[] }).laws,
    patch: (path: string, body: object) =>
      t.http
        .patch(`/api/v1/${path}`)
        .set(...dpo())
        .send(body),
  };
}

describe('a Zurich company with EU users and recipients in the US and India: FADP and GDPR (issue 24)', () => {
  let t: TestApp;
  let c: ReturnType<typeof client>;
  let india = '';
  let serviceId = '';

  beforeAll(async () => {
    const r = await registry({
      legalName: 'Alpenpost AG',
      registeredAddress: { street: 'Bahnhofstrasse 1', postalCode: '8001', city: 'Zürich', country: 'CH' },
      representative: euRep,
      supervisoryAuthority: { name: 'Federal Data Protection and Information Commissioner (FDPIC)', country: 'CH', website: null },
      notApplicable: { dpo: 'Not required under Art. 37(1).' },
    });
    t = r.t;
    c = client(t);
    const cloud = await r.f.recipient({ name: 'Cloud Inc.', country: 'US', dpfCertified: true, swissDpfCertified: true });
    const support = await r.f.recipient({ name: 'Support Pvt Ltd', country: 'IN' });
    await r.f.transfer(cloud.id, { mechanism: 'dpf', sccModule: null, copyAvailable: false });
    india = (await r.f.transfer(support.id, { country: 'IN' })).id;
    const { service } = await r.f.completeActivity({ recipientIds: [cloud.id, support.id] });
    serviceId = service.id;
    c.use(await policyOf(r.f, service.id));
  });
  afterAll(() => t?.close());

  it('derives FADP and GDPR, and refuses India on EU SCCs alone until an Art. 16(2) guarantee is recorded', async () => {
    expect(await c.laws()).toEqual(['gdpr', 'ch_fadp']);
    expect(await c.refusedBy()).toEqual(['ch_fadp:fadp-disclosure-abroad']);
    expect((await c.patch(`transfers/${india}`, { localTools: ['ch_scc'] })).status).toBe(200);
  });

  it('names the laws, the FDPIC, the EU representative and each state with its ground', async () => {
    const notice = await c.published();
    expect(notice).toContain('the Swiss Federal Act on Data Protection ("FADP")');
    expect(notice).toContain('Federal Data Protection and Information Commissioner (FDPIC)');
    expect(notice).toContain('EU Rep GmbH');
    expect(notice).toContain('India (Support Pvt Ltd): standard data protection clauses, a guarantee under Art. 16(2) FADP.');
    expect(notice).toContain('United States (Cloud Inc.): the recipient is certified under the Swiss–US Data Privacy Framework.');
    expect(notice).not.toMatch(/worldwide|Europe\b/);
  });

  it('says the Swiss part in German in the terms of the DSG (the preview of a German policy)', async () => {
    const german = await t.http
      .post('/api/v1/policies')
      .set(...bearer(t.keys.dpo))
      .send({ title: 'Datenschutzerklärung', serviceId, language: 'de', options: { noticeDays: 0 } })
      .expect(201);
    const de = (await t.http.get(`/api/v1/policies/${german.body.id}/preview?format=txt`).set(...bearer(t.keys.dpo))).text;
    expect(de).toContain('EDÖB');
    expect(de).toContain('Bekanntgabe ins Ausland nach dem DSG');
    expect(de).toContain('Garantie nach Art. 16 Abs. 2 DSG');
  });
});

describe('a London company with EU users and a US processor: UK GDPR and GDPR (issue 24)', () => {
  let t: TestApp;
  let c: ReturnType<typeof client>;
  let transferId = '';

  beforeAll(async () => {
    const r = await registry({
      legalName: 'Thames Widgets Ltd',
      registeredAddress: { street: '1 Fleet Street', postalCode: 'EC4A 2AB', city: 'London', country: 'GB' },
      representative: euRep,
      supervisoryAuthority: { name: "Information Commissioner's Office", country: 'GB', website: 'https://ico.org.uk' },
      notApplicable: { dpo: 'Not required under Art. 37(1).' },
    });
    t = r.t;
    c = client(t);
    const cloud = await r.f.recipient({ name: 'Cloud Inc.', country: 'US' });
    transferId = (await r.f.transfer(cloud.id)).id;
    const { service } = await r.f.completeActivity({ recipientIds: [cloud.id] });
    c.use(await policyOf(r.f, service.id));
  });
  afterAll(() => t?.close());

  it('refuses a US processor on EU SCCs only, and a tool that is no UK tool', async () => {
    expect(await c.laws()).toEqual(['gdpr', 'uk_gdpr']);
    expect(await c.refusedBy()).toEqual(['uk_gdpr:uk-transfer-tool']);
    const bad = await c.patch(`transfers/${transferId}`, { localTools: ['uk_idta_v2'] });
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(await c.refusedBy()).toEqual(['uk_gdpr:uk-transfer-tool']);
  });

  it('publishes once the IDTA is recorded, naming the ICO, the UK GDPR, the IDTA and the EU representative', async () => {
    expect((await c.patch(`transfers/${transferId}`, { localTools: ['uk_idta'] })).status).toBe(200);
    const notice = await c.published();
    expect(notice).toContain('the UK GDPR together with the Data Protection Act 2018');
    expect(notice).toContain("Information Commissioner's Office (ICO)");
    expect(notice).toContain('Cloud Inc. (United States): the International Data Transfer Agreement (IDTA)');
    expect(notice).toContain('EU Rep GmbH');
  });
});

describe('a Munich shop: the GDPR alone, § 25 TDDDG on its cookies (issue 24)', () => {
  let t: TestApp;
  let f: Factories;
  let c: ReturnType<typeof client>;
  let serviceId = '';

  beforeAll(async () => {
    const r = await registry({
      legalName: 'Isar Laden GmbH',
      registeredAddress: { street: 'Marienplatz 1', postalCode: '80331', city: 'München', country: 'DE' },
      supervisoryAuthority: { name: 'BayLDA', country: 'DE', website: 'https://www.lda.bayern.de' },
    });
    ({ t, f } = r);
    c = client(t);
    const subject = await f.dataSubjectCategory({ usesServices: true });
    const { service } = await f.completeActivity({ dataSubjectCategoryIds: [subject.id] });
    serviceId = service.id;
    await f.tracker({ serviceIds: [service.id] });
    c.use(await policyOf(f, service.id));
  });
  afterAll(() => t?.close());

  it('refuses a laws setting that names no law, with nothing changed', async () => {
    const res = await t.http
      .post('/api/v1/policies')
      .set(...bearer(t.keys.dpo))
      .send({ title: 'UK notice', serviceId, language: 'en', options: { noticeDays: 0, laws: ['ccpa'] } });
    expect(res.status).toBe(400);
    expect((await t.http.get('/api/v1/policies').set(...bearer(t.keys.dpo))).body.items).toHaveLength(1);
  });

  it('gates a policy that targets the UK on the UK representative', async () => {
    const uk = await policyOf(f, serviceId, { laws: ['uk_gdpr'] });
    const other = client(t);
    other.use(uk);
    expect(await other.laws()).toEqual(['gdpr', 'uk_gdpr']);
    expect(await other.refusedBy()).toEqual(['uk_gdpr:uk-representative']);
  });

  it('answers to the GDPR alone and cites § 25 TDDDG for its cookies', async () => {
    expect(await c.laws()).toEqual(['gdpr']);
    const notice = await c.published();
    expect(notice).toContain('§ 25(1) TDDDG');
    expect(notice).toContain('§ 25(2) No. 2 TDDDG');
    expect(notice).not.toMatch(/FADP|UK GDPR|ICO|FDPIC/);
  });
});
