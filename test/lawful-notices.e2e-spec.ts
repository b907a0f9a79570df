import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bearer, startTestApp, type TestApp } from './support/app';
import type { ProcessingActivity } from '../src/domain/registry-snapshot';
import type { RetentionTrigger } from '../src/domain/vocabulary';
import { controllerProfile, Factories, type Input } from './support/factories';

/**
 * Issue 27 acceptance: one organisation with customers on its shop (and a credit check that decides alone),
 * employees (payroll with sick notes under Art. 9(2)(b)), visitors of its warehouse under CCTV, applicants on
 * their own careers site and prospects bought from a list broker, built through the API as a DPO would, and
 * read back as the notice of each audience.
 */
describe('notices about someone, with the facts the law asks for (issue 27)', () => {
  let t: TestApp;
  let f: Factories;
  const ids: Record<string, string> = {};
  /** Registry texts written below, each for one item, so that each may be read once in a notice. */
  const registryTexts: string[] = [];
  const text = <T extends string>(s: T): T => (registryTexts.push(s), s);

  const dpo = () => bearer(t.keys.dpo);
  const policyFor = async (serviceId: string, subjects: string[]) =>
    (
      await f.post<{ id: string }>('policies', {
        title: `Notice ${subjects.join(',')}`,
        serviceId,
        dataSubjectCategoryIds: subjects,
        language: 'en',
        options: { noticeDays: 30 },
      })
    ).id;
  const publish = (policyId: string) =>
    t.http
      .post(`/api/v1/policies/${policyId}/versions`)
      .set(...dpo())
      .send({ changeSummary: 'First version', material: false });
  const published = async (policyId: string) => {
    const res = await publish(policyId);
    expect({ status: res.status, errors: res.body.errors }).toEqual({ status: 201, errors: undefined });
    const version = await t.http.get(`/api/v1/policies/${policyId}/versions/1?format=txt`).set(...dpo());
    expect(version.status).toBe(200);
    return version.text;
  };
  const rulesRefusing = async (policyId: string) => {
    const res = await publish(policyId);
    expect(res.status).toBe(422);
    return (res.body.errors as { rule: string; entityId: string }[]).map((e) => e.rule);
  };
  /** Each registry text in the notice appears there once. */
  const readOnce = (notice: string) => {
    const counts = registryTexts.map((s) => [s, notice.split(s).length - 1] as const).filter(([, n]) => n > 0);
    expect(counts.filter(([, n]) => n !== 1)).toEqual([]);
    expect(counts.length).toBeGreaterThan(3);
  };

  beforeAll(async () => {
    t = await startTestApp();
    f = new Factories(t.http, t.keys.dpo);
    await t.http
      .put('/api/v1/controller')
      .set(...dpo())
      .send(controllerProfile({ legalName: 'Nordlager Sp. z o.o.', minimumAge: 16 }))
      .expect(200);
    const shop = await f.service({ name: 'Nordlager Shop', slug: 'shop' });
    const careers = await f.service({ name: 'Nordlager Careers', slug: 'careers' });
    Object.assign(ids, { shop: shop.id, careers: careers.id });

    const subject = (name: string, usesServices: boolean, relationship: string) =>
      f.dataSubjectCategory({ name, usesServices, relationship: text(relationship) });
    const customers = await subject('Customers', true, 'when you buy from our shop');
    const employees = await subject('Employees', false, 'as our employee');
    const visitors = await subject('Warehouse visitors', false, 'when you visit our warehouse');
    const applicants = await subject('Applicants', true, 'when you apply for a job with us');
    const prospects = await subject('Prospects', false, 'because we obtained your business contact details from LeadList Ltd');
    Object.assign(ids, {
      customers: customers.id,
      employees: employees.id,
      visitors: visitors.id,
      applicants: applicants.id,
      prospects: prospects.id,
    });

    const category = (name: string, o: Record<string, unknown> = {}) =>
      f.dataCategory({ name, description: text(`${name}, as we record them`), examples: [], ...o });
    const contact = await category('Contact details');
    const payments = await category('Payment history');
    const footage = await category('CCTV footage', { collection: 'observed' });
    const cv = await category('CV');
    const sickNotes = await category('Sick notes', { special: true });
    const salary = await category('Salary');
    const leads = await category('Business contact details', { collection: 'third_party' });

    const rule = (name: string, period: string, trigger: RetentionTrigger, criteria: string) =>
      f.retentionRule({ name, period, trigger, criteria: text(criteria) });
    const contract = await rule('Contract', 'P3Y', 'end_of_contract', 'Kept three years after the contract ends');
    const scores = await rule('Scores', 'P1Y', 'collection', 'A score is kept one year from when it is made');
    const cctv = await rule('CCTV', 'P3D', 'collection', 'Recordings are overwritten after three days');
    const recruitment = await rule('Recruitment', 'P6M', 'other', 'Kept six months after the recruitment ends');
    const payrollRule = await rule('Payroll', 'P10Y', 'end_of_contract', 'Kept ten years after employment ends, as the law requires');
    const leadsRule = await rule('Leads', 'P1Y', 'last_activity', 'Deleted one year after our last contact');
    const measure = await f.securityMeasure({ name: 'Encryption', description: text('Data are encrypted at rest and in transit') });

    const hosting = await f.recipient({ name: 'Cloud Host GmbH', country: 'DE', description: text('Runs our servers') });
    const bureau = await f.recipient({
      name: 'Credit Bureau S.A.',
      type: 'independent_controller',
      country: 'PL',
      description: text('Gives us your payment history with other businesses'),
    });
    const taxOffice = await f.recipient({ name: 'Tax Office Gdańsk', type: 'public_authority', country: 'PL' });

    const activity = (o: Input<ProcessingActivity>) =>
      f.processingActivity({ securityMeasureIds: [measure.id], recipientIds: [hosting.id], ...o });
    await activity({
      name: 'Orders',
      purpose: text('To deliver what you buy in our shop'),
      serviceIds: [shop.id],
      dataSubjectCategoryIds: [customers.id],
      dataCategoryIds: [contact.id],
      retentionRuleId: contract.id,
      requirement: { kind: 'contractual', consequences: text('Without them we cannot deliver your order') },
    });
    await activity({
      name: 'Credit check',
      purpose: text('To decide whether you may pay by invoice'),
      serviceIds: [shop.id],
      dataSubjectCategoryIds: [customers.id],
      dataCategoryIds: [payments.id],
      recipientIds: [hosting.id, bureau.id],
      retentionRuleId: scores.id,
      requirement: { kind: 'contract_precondition', consequences: text('Without a check you can pay only in advance') },
      automatedDecision: {
        logic: text('A score computed from your payment history at the credit bureau'),
        significance: text('Below the threshold you cannot pay by invoice'),
        art22Applies: true,
        exception: 'contract',
        exceptionLaw: null,
        humanIntervention: text('Call 0800 100 200 and one of our credit staff reviews the decision'),
        expressView: text('Reply to the decision e-mail with anything we should know'),
        contest: text('Write to credit@nordlager.example; a manager decides within 14 days'),
      },
    });
    await activity({
      name: 'Warehouse CCTV',
      purpose: text('To protect our warehouse, the goods in it and the people there'),
      legalBasis: 'art6_1_f',
      legitimateInterest: text('Keeping the warehouse and the people in it safe'),
      dataSubjectCategoryIds: [visitors.id, employees.id],
      dataCategoryIds: [footage.id],
      recipientIds: [],
      notApplicable: { recipients: text('Recordings stay on our own recorder and no one else receives them') },
      retentionRuleId: cctv.id,
      requirement: { kind: 'none', consequences: text('Entering the warehouse means passing the cameras') },
    });
    await activity({
      name: 'Recruitment',
      purpose: text('To choose whom to hire'),
      serviceIds: [careers.id],
      dataSubjectCategoryIds: [applicants.id],
      dataCategoryIds: [contact.id, cv.id],
      retentionRuleId: recruitment.id,
      requirement: { kind: 'contract_precondition', consequences: text('Without a CV we cannot consider your application') },
    });
    await activity({
      name: 'Prospecting',
      purpose: text('To offer our warehouse services to businesses that may need them'),
      legalBasis: 'art6_1_f',
      legitimateInterest: text('Finding new business customers'),
      directMarketing: true,
      marketingChannels: ['post', 'phone'],
      sources: text('LeadList Ltd, a list broker in Berlin'),
      dataSubjectCategoryIds: [prospects.id],
      dataCategoryIds: [leads.id],
      retentionRuleId: leadsRule.id,
      requirement: { kind: 'none', consequences: text('You are not asked for any data') },
    });
    const payroll = await activity({
      name: 'Payroll',
      purpose: text('To pay salaries and sick pay'),
      legalBasis: 'art6_1_c',
      legalObligation: text('Labour Code and Personal Income Tax Act'),
      legalObligationJurisdiction: 'PL',
      specialCategoryCondition: 'art9_2_b',
      dataSubjectCategoryIds: [employees.id],
      dataCategoryIds: [salary.id, sickNotes.id],
      recipientIds: [hosting.id, taxOffice.id],
      retentionRuleId: payrollRule.id,
      requirement: { kind: 'statutory', consequences: text('Without them we cannot pay you') },
    });
    ids.payroll = payroll.id;
  });
  afterAll(async () => {
    await t.close();
  });

  it("opens the warehouse visitors' notice with their relationship, and reaches their CCTV activity from any service", async () => {
    const notice = await published(await policyFor(ids.shop, [ids.visitors]));
    expect(notice).toContain('This notice is for you when you visit our warehouse.');
    expect(notice).not.toContain('when you use Nordlager Shop');
    expect(notice).toContain('Warehouse CCTV: To protect our warehouse');
    expect(notice).toContain('We do not disclose your data to anyone else.');
    expect(notice).not.toMatch(/Orders|Credit check|children/);
    readOnce(notice);
  });

  it("opens the applicants' notice on their own service with their relationship", async () => {
    const notice = await published(await policyFor(ids.careers, [ids.applicants]));
    expect(notice).toContain('This notice is for you when you apply for a job with us.');
    expect(notice).toContain('Recruitment: To choose whom to hire.');
    readOnce(notice);
  });

  it("refuses an applicants' notice on a service that holds none of their activities", async () => {
    expect(await rulesRefusing(await policyFor(ids.shop, [ids.applicants]))).toEqual(['policy-scope-empty']);
  });

  it("states the credit check's Art. 22(2) exception and its three Art. 22(3) safeguards, and lists Art. 22 among the rights", async () => {
    const notice = await published(await policyFor(ids.shop, [ids.customers]));
    expect(notice).toContain('This notice is for you when you buy from our shop.');
    const decisions = notice.slice(notice.indexOf('Automated decisions and profiling\n'));
    expect(decisions).toContain(
      'Credit check: A score computed from your payment history at the credit bureau. Below the threshold you cannot pay by invoice.',
    );
    expect(decisions).toContain('necessary for entering into or performing a contract with you (Art. 22(2)(a) GDPR)');
    expect(decisions).toContain('To have one of our staff step in: Call 0800 100 200 and one of our credit staff reviews the decision.');
    expect(decisions).toContain('To put your point of view: Reply to the decision e-mail with anything we should know.');
    expect(decisions).toContain('To contest the decision: Write to credit@nordlager.example; a manager decides within 14 days.');
    const rights = notice.slice(notice.indexOf('Your rights\n'), notice.indexOf('Complaints to a supervisory authority\n'));
    expect(rights).toMatch(/Not to be subject to a decision based solely on automated processing[^\n]*\(Art\. 22\)\./);
    for (const article of ['(Art. 15)', '(Art. 16)', '(Art. 17)', '(Art. 18)', '(Art. 77)']) expect(rights).toContain(article);
    readOnce(notice);
  });

  it('refuses payroll with sick notes under Art. 9(2)(b) until the law is named, then names it', async () => {
    const policyId = await policyFor(ids.shop, [ids.employees]);
    expect(await rulesRefusing(policyId)).toEqual(['special-category-law']);
    await t.http
      .patch(`/api/v1/processing-activities/${ids.payroll}`)
      .set(...dpo())
      .send({ specialCategoryLaw: text('Labour Code, Art. 92 (sick pay)'), specialCategoryLawJurisdiction: 'PL' })
      .expect(200);
    const notice = await published(policyId);
    expect(notice).toContain('This notice is for you as our employee.');
    expect(notice).toContain('The law that provides for it: Labour Code, Art. 92 (sick pay).');
    expect(notice).toContain('Public authorities, when the law requires it:\n  * Tax Office Gdańsk');
    expect(notice).toContain('Warehouse CCTV');
    readOnce(notice);
  });

  it("names the prospects' source and marketing channels, and speaks to them as people who do not use the shop", async () => {
    const notice = await published(await policyFor(ids.shop, [ids.prospects]));
    expect(notice).toContain('This notice is for you because we obtained your business contact details from LeadList Ltd.');
    expect(notice).toContain('For Prospecting: LeadList Ltd, a list broker in Berlin.');
    expect(notice).toContain('This is direct marketing (by phone and by post)');
    expect(notice).not.toMatch(/children|stop using our services/);
    readOnce(notice);
  });

  it('refuses, with a 400 naming the field and nothing written, what no DPO can mean', async () => {
    const before = await t.http.get(`/api/v1/processing-activities/${ids.payroll}`).set(...dpo());
    const cases: [Record<string, unknown>, string][] = [
      [{ marketingChannels: ['email'] }, 'marketingChannels'],
      [{ specialCategoryCondition: 'art9_2_f' }, 'specialCategoryLaw'],
      [
        { automatedDecision: { logic: 'A score', significance: 'A refusal', art22Applies: false, exception: 'contract' } },
        'automatedDecision.exception',
      ],
      [{ marketingChannels: ['fax'] }, 'marketingChannels'],
    ];
    for (const [body, field] of cases) {
      const res = await t.http
        .patch(`/api/v1/processing-activities/${ids.payroll}`)
        .set(...dpo())
        .send(body);
      expect({ status: res.status, type: res.headers['content-type'] }).toEqual({
        status: 400,
        type: expect.stringContaining('problem+json'),
      });
      expect(JSON.stringify(res.body)).toContain(field);
    }
    const after = await t.http.get(`/api/v1/processing-activities/${ids.payroll}`).set(...dpo());
    expect(after.body).toEqual(before.body);
  });
});
