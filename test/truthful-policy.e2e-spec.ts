import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bearer, startTestApp, type TestApp } from './support/app';
import { controllerProfile, Factories } from './support/factories';

/**
 * Issue 15 acceptance: a registry with health data under Art. 9(2)(a), direct marketing under
 * Art. 6(1)(f), prospects from a list broker, a third-party pixel and a joint controller, read back
 * as the notices of its customers, its prospects and its employees.
 */
describe('the policy says only what is true (issue 15)', () => {
  let t: TestApp;
  let f: Factories;
  const ids: Record<string, string> = {};

  const preview = async (subjects: string[], format: 'txt' | 'json' | 'html' = 'txt') => {
    const policy = await f.post<{ id: string }>('policies', {
      title: `Notice ${subjects.join(',')}`,
      serviceId: ids.service,
      dataSubjectCategoryIds: subjects,
      language: 'en',
      options: { noticeDays: 30 },
    });
    const res = await t.http.get(`/api/v1/policies/${policy.id}/preview?format=${format}`).set(...bearer(t.keys.reader));
    expect(res.status).toBe(200);
    return res.text;
  };

  beforeAll(async () => {
    t = await startTestApp();
    f = new Factories(t.http, t.keys.dpo);
    await t.http
      .put('/api/v1/controller')
      .set(...bearer(t.keys.dpo))
      .send({ ...controllerProfile(), minimumAge: 16 })
      .expect(200);
    const service = await f.service({ name: 'Fit App', slug: 'fit-app' });
    ids.service = service.id;
    const customers = await f.dataSubjectCategory({ name: 'App users', usesServices: true });
    const prospects = await f.dataSubjectCategory({
      name: 'Prospects',
      usesServices: false,
      relationship: 'because we bought your business contact details from LeadList Ltd',
    });
    const employees = await f.dataSubjectCategory({ name: 'Employees', usesServices: false, relationship: 'as our employee' });
    Object.assign(ids, { customers: customers.id, prospects: prospects.id, employees: employees.id });
    const contact = await f.dataCategory({
      name: 'Contact details',
      description: 'Your name and e-mail address',
      examples: ['e-mail address'],
    });
    const health = await f.dataCategory({
      name: 'Heart rate readings',
      description: 'Heart rate measured by the watch',
      examples: [],
      special: true,
      collection: 'observed',
    });
    const leads = await f.dataCategory({
      name: 'Purchased business leads',
      description: 'Business contacts bought from a list broker',
      examples: ['company e-mail'],
      collection: 'third_party',
    });
    const payrollData = await f.dataCategory({ name: 'Salary details', description: 'Gross and net pay', examples: ['gross pay'] });
    const usage = await f.dataCategory({
      name: 'Page views',
      description: 'Pages of the website you visit',
      examples: ['pages visited'],
      collection: 'observed',
    });
    const retention = await f.retentionRule({
      name: 'Account',
      period: 'P30D',
      trigger: 'end_of_contract',
      criteria: 'Deleted 30 days after the account is closed',
    });
    const measure = await f.securityMeasure({ name: 'Encryption at rest', description: 'Databases are encrypted' });
    const hosting = await f.recipient({ name: 'Cloud Host GmbH', country: 'DE', description: 'Runs our servers' });
    const ads = await f.recipient({
      name: 'Pixel Ads Ltd',
      type: 'joint_controller',
      country: 'IE',
      jointArrangement:
        'Pixel Ads Ltd answers for the data its pixel collects on our pages and handles requests about them; we answer for placing the pixel and for asking your consent',
      contactPoint: 'Write to privacy@fit.example',
    });
    const common = { serviceIds: [service.id], securityMeasureIds: [measure.id], retentionRuleId: retention.id };
    await f.processingActivity({
      ...common,
      name: 'Heart rate coaching',
      purpose: 'To coach you from your heart rate readings',
      legalBasis: 'art6_1_a',
      specialCategoryCondition: 'art9_2_a',
      consentMechanism: 'A separate switch in the app asks for your explicit consent',
      consentWithdrawal: 'Switch it off in the app settings at any time',
      dataSubjectCategoryIds: [customers.id],
      dataCategoryIds: [contact.id, health.id],
      recipientIds: [hosting.id],
      requirement: { kind: 'none', consequences: 'Without them the coaching feature stays off' },
    });
    const marketing = await f.processingActivity({
      ...common,
      name: 'Newsletter to customers',
      purpose: 'To send you offers for our own products',
      legalBasis: 'art6_1_f',
      legitimateInterest: 'Promoting our products to existing customers',
      directMarketing: true,
      // E-mail to our own customers without consent: the soft opt-in (ePrivacy Art. 13(2)).
      marketingChannels: ['email'],
      softOptIn: { saleContext: true, similarProducts: true, objection: 'The unsubscribe link in every newsletter' },
      dataSubjectCategoryIds: [customers.id],
      dataCategoryIds: [contact.id],
      recipientIds: [hosting.id],
      requirement: { kind: 'none', consequences: null },
    });
    await f.processingActivity({
      ...common,
      name: 'Prospecting',
      purpose: 'To offer our services to businesses that may need them',
      legalBasis: 'art6_1_f',
      legitimateInterest: 'Finding new business customers',
      directMarketing: true,
      marketingChannels: ['post'],
      sources: 'Bought from LeadList Ltd, a list broker',
      dataSubjectCategoryIds: [prospects.id],
      dataCategoryIds: [leads.id],
      recipientIds: [hosting.id],
      requirement: { kind: 'none', consequences: null },
    });
    await f.processingActivity({
      ...common,
      name: 'Payroll',
      purpose: 'To pay salaries',
      legalBasis: 'art6_1_c',
      legalObligation: 'The Labour Code',
      legalObligationJurisdiction: 'PL',
      dataSubjectCategoryIds: [employees.id],
      dataCategoryIds: [payrollData.id],
      recipientIds: [hosting.id],
      requirement: { kind: 'statutory', consequences: 'Without them we cannot pay you' },
    });
    const ad = await f.processingActivity({
      ...common,
      name: 'Ad measurement',
      purpose: 'To measure our advertising',
      legalBasis: 'art6_1_a',
      consentMechanism: 'The cookie banner',
      consentWithdrawal: 'The cookie settings link in the footer',
      dataSubjectCategoryIds: [customers.id],
      dataCategoryIds: [usage.id],
      recipientIds: [hosting.id, ads.id],
      requirement: { kind: 'none', consequences: null },
    });
    await f.tracker({
      name: 'Ads pixel',
      kind: 'pixel',
      category: 'marketing',
      provider: 'Pixel Ads Ltd',
      party: 'third',
      purpose: 'Counts visits that come from our ads',
      duration: 'P90D',
      serviceIds: [service.id],
      processingActivityId: ad.id,
      dataCategoryIds: [usage.id],
    });
    ids.marketing = marketing.id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('names, in the purpose row, the data, the Art. 9(2) condition, the recipients and the retention', async () => {
    const json = JSON.parse(await preview([ids.customers], 'json')) as {
      sections: { id: string; blocks: { kind: string; columns?: string[]; rows?: { cells: string[]; sources: { type: string }[] }[] }[] }[];
    };
    const table = json.sections.find((s) => s.id === 'purposes-and-legal-bases')?.blocks.find((b) => b.kind === 'table');
    expect(table?.columns).toEqual(['Purpose', 'Data', 'Legal basis', 'How long we keep them', 'Who receives them']);
    const row = table?.rows?.find((r) => r.cells[0].startsWith('Heart rate coaching'));
    expect(row?.cells[1]).toContain('Heart rate readings');
    expect(row?.cells[2]).toMatch(/Art\. 9\(2\)\(a\)/);
    expect(row?.cells[2]).toMatch(/How you give consent: A separate switch[^]*How you take it back: Switch it off/);
    expect(row?.cells[3]).toBe('Deleted 30 days after the account is closed.');
    expect(row?.cells[4]).toContain('Cloud Host GmbH');
    expect(row?.sources.map((s) => s.type)).toEqual(
      expect.arrayContaining(['processing_activity', 'data_category', 'retention_rule', 'recipient']),
    );
    const html = await preview([ids.customers], 'html');
    expect(html).toContain('<th scope="col">Who receives them</th>');
  });

  it('says the objection to direct marketing is absolute and keeps it out of the balancing list', async () => {
    const text = await preview([ids.customers]);
    const objection = text.slice(text.indexOf('Your right to object\n'));
    expect(objection).toMatch(/direct marketing \(Newsletter to customers\)[^\n]*without giving reasons[^\n]*Art\. 21\(2\) and \(3\)/);
    expect(objection).not.toMatch(/\([^)]*Newsletter to customers[^)]*\), you may object at any time, on grounds relating/);
    expect(text).not.toMatch(/public interest/);
  });

  it('prints no empty label and ends every sentence built from registry text', async () => {
    for (const subjects of [[ids.customers], [ids.prospects], [ids.employees], []]) {
      const text = await preview(subjects);
      expect(text).not.toMatch(/^ {6}[A-Z][A-Za-z ]*: *$/m);
      const lines = text.split('\n');
      const offenders = lines.filter((line, i) => {
        const body = line.trim();
        if (body === '' || /^[-=]+$/.test(body) || /^[-=]+$/.test((lines[i + 1] ?? '').trim())) return false; // headings
        if (/^ {6}/.test(lines[i + 1] ?? '')) return false; // the name heading a table block
        if (/^ {6}(Kind|Set by|Legal basis|How long|Data it collects): /.test(line) && !/^ {6}Legal basis: [A-Z].*\(Art\./.test(line))
          return false; // tracker table fields are values, not sentences
        return !/[.!?:)]$/.test(body);
      });
      expect(offenders).toEqual([]);
    }
  });

  it("shows the prospects' data and the list broker only in the prospects' notice, with the Art. 14(3) timing", async () => {
    const prospects = await preview([ids.prospects]);
    expect(prospects).toMatch(
      /For Prospecting: Bought from LeadList Ltd, a list broker\. What we obtain this way: Purchased business leads\./,
    );
    expect(prospects).toMatch(/Art\. 14\(3\) GDPR/);
    for (const other of [[ids.customers], [ids.employees]]) {
      const text = await preview(other);
      expect(text).not.toContain('Purchased business leads');
      expect(text).not.toContain('LeadList');
    }
  });

  it("states the joint controller's arrangement and contact point", async () => {
    const text = await preview([ids.customers]);
    expect(text).toMatch(
      /Pixel Ads Ltd answers for the data its pixel collects on our pages[^\n]*\. Where to turn about this processing: Write to privacy@fit\.example\./,
    );
  });

  it('writes the employees notice without a children section, cookies or "stop using our services"', async () => {
    const text = await preview([ids.employees]);
    expect(text).not.toMatch(/\d+\. Children\n/);
    expect(text).not.toMatch(/stop using our services/);
    expect(text).not.toMatch(/cookie/i);
    const customers = await preview([ids.customers]);
    expect(customers).toMatch(/\d+\. Children\n/);
    expect(customers).toMatch(/stop using our services/);
  });

  it('finds no compliance problem in this complete registry, and a joint-controller warning when the pixel provider is not recorded as one', async () => {
    const clean = await t.http.get('/api/v1/compliance/findings').set(...bearer(t.keys.reader));
    expect(clean.body.items).toEqual([]);
    await f.tracker({
      name: 'Other pixel',
      kind: 'pixel',
      category: 'marketing',
      provider: 'Someone Else Inc.',
      party: 'third',
      purpose: 'Counts visits',
      duration: 'P1D',
      serviceIds: [ids.service],
      processingActivityId: ids.marketing,
    });
    const findings = await t.http.get('/api/v1/compliance/findings').set(...bearer(t.keys.reader));
    expect(findings.body.items.map((x: { rule: string }) => x.rule)).toContain('tracker-joint-controller');
  });
});
