import { describe, expect, it } from '@jest/globals';
import { art30Rows } from './art30-rows';
import { CONTROLLER_COLUMNS, PROCESSOR_COLUMNS } from './art30-columns';
import { exportSnapshot, fixture } from './testing';

const rowsOf = (role: 'controller' | 'processor', snapshot = exportSnapshot()) => [...art30Rows(snapshot, role)];
const row = (name: string) => {
  const found = rowsOf('controller').find((r) => r.name === name);
  if (!found) throw new Error(`no row ${name}`);
  return found;
};

describe('art30Rows', () => {
  it('gives one row per controller and joint-controller activity, whatever its status, and none for processor ones', () => {
    expect(rowsOf('controller').map((r) => [r.name, r.status])).toEqual([
      ['Background screening', 'draft'],
      ['Fraud scoring', 'retired'],
      ['Health benefits', 'active'],
      ['Orders', 'active'],
    ]);
  });

  it('fills every column of the controller record and no other key', () => {
    for (const r of rowsOf('controller')) expect(Object.keys(r).sort()).toEqual(CONTROLLER_COLUMNS.map((c) => c.key).sort());
    for (const r of rowsOf('processor')) expect(Object.keys(r).sort()).toEqual(PROCESSOR_COLUMNS.map((c) => c.key).sort());
  });

  it('anchors each Art. 30(1) element to a column', () => {
    const articles = CONTROLLER_COLUMNS.map((c) => c.article).join(' ');
    for (const letter of ['b', 'c', 'd', 'e', 'f', 'g']) expect(articles).toContain(`Art. 30(1)(${letter})`);
    const processor = PROCESSOR_COLUMNS.map((c) => c.article).join(' ');
    for (const letter of ['a', 'b', 'c', 'd']) expect(processor).toContain(`Art. 30(2)(${letter})`);
  });

  it('states purpose, basis, data, recipients, transfers, retention per category and measures in readable lists', () => {
    const orders = row('Orders');
    expect(orders).toMatchObject({
      purpose: 'To deliver what you ordered.',
      description: 'Order handling in the shop.',
      legalBasis: 'Art. 6(1)(b) performance of a contract',
      dataSubjects: 'Customers',
      dataCategories: 'E-mail address: How to reach you.; Name: How to reach you.; Phone number: How to reach you.',
      recipients:
        'CRM, Inc. (processor acting on our instructions (Art. 28), United States); Hosting GmbH (processor acting on our instructions (Art. 28), Germany)',
      securityMeasures: 'Encryption in transit (technical): TLS 1.2 or later.; Staff training (organisational): Yearly.',
      services: 'Shop',
      updatedAt: '2026-03-01T10:00:00.000Z',
      version: '3',
    });
    expect(orders.transfers).toBe(
      'CRM, Inc. → United States: Art. 46(2)(c) standard contractual clauses (Decision (EU) 2021/914), Module Two (controller to processor). Encryption in transit and at rest.; ' +
        'CRM, Inc. → United States: Art. 45 EU-US Data Privacy Framework (Decision (EU) 2023/1795), for a certified recipient',
    );
    expect(orders.retention).toBe(
      'E-mail address — 5 years from the time the data are collected — Five years from the end of the tax year. (Ordynacja podatkowa art. 86); ' +
        'Name — 3 years from the end of the contract — Three years after the contract ends.; ' +
        'Phone number — 3 years from the end of the contract — Three years after the contract ends.',
    );
    // The rules' own names ("Tax records", "Contract") are the DPO's labels, not the record's prose.
    expect(orders.retention).not.toMatch(/Tax records|Contract:/);
    expect(orders.sources).toBe('provided by the data subject: E-mail address, Name, Phone number');
    expect(orders.rights).toBe(
      'access (Art. 15); rectification (Art. 16); erasure (Art. 17); restriction of processing (Art. 18); data portability (Art. 20); to lodge a complaint with a supervisory authority (Art. 77)',
    );
    expect(orders.requirement).toBe('contractual requirement. If not provided: We cannot deliver.');
  });

  it('marks special and criminal data and names the Art. 9 condition, Art. 10 authorisation and withdrawal of consent', () => {
    const health = row('Health benefits');
    expect(health.dataCategories).toBe('Health data [special category, Art. 9]: How to reach you.; Name: How to reach you.');
    expect(health.specialCategoryCondition).toBe('Art. 9(2)(a) explicit consent');
    expect(health.consentMechanism).toBe('Signed form');
    expect(health.rights).toContain('to withdraw consent (Art. 7(3))');
    expect([health.dpiaRequired, health.dpiaStatus, health.dpiaReference]).toEqual(['yes', 'in progress', 'DPIA-7']);
    const screening = row('Background screening');
    expect(screening.dataCategories).toMatch(/^Criminal record \[criminal offence data, Art\. 10\]/);
    expect(screening.criminalDataAuthorisation).toContain('art. 23');
    expect(screening.legalObligation).toBe('Act on the protection of classified information');
    expect(screening.sources).toBe('National Criminal Register; obtained from a third party (Art. 14): Criminal record');
  });

  it('writes "Not applicable" with its reason for a where-applicable element deliberately left empty', () => {
    const screening = row('Background screening');
    expect(screening.retention).toBe('Not applicable: Deleted by the register operator.');
    expect(screening.securityMeasures).toBe('Not applicable: Handled on paper by the register.');
    expect(screening.recipients).toBe('Not applicable: Nobody else receives it.');
    expect(screening.transfers).toBe('None (no recipient in a third country)');
  });

  it('names joint controllers, the Art. 49 derogation and the automated decision with its logic and significance', () => {
    const health = row('Health benefits');
    expect(health.role).toBe('joint controller (Art. 26)');
    expect(health.jointControllers).toBe('Partner SA (France, arrangement: JCA 2024) — contact: not recorded');
    expect(health.transfers).toBe('Insurer Ltd → United Kingdom: Art. 45 adequacy decision of the European Commission');
    const fraud = row('Fraud scoring');
    expect(fraud.transfers).toContain(
      'Support Pvt Ltd → India: Art. 49(1), second subparagraph: compelling legitimate interests. Assessment on file',
    );
    expect(fraud.transfers).toContain('Support Pvt Ltd → India: Art. 46(2)(b) and 47 binding corporate rules');
    expect(fraud.automatedDecisions).toBe(
      'Automated decision-making (Art. 22(1)) — logic: A score from order history and IP location.; significance and consequences: Orders above the threshold are refused.; Art. 22(2)(a) necessary for a contract with the person; human intervention: Ask our fraud team to review the order.; expressing a point of view: Reply to the refusal e-mail.; contesting the decision: Write to privacy@example.com.; Profiling',
    );
    expect(fraud.rights).toContain('to object (Art. 21)');
    expect(fraud.rights).toContain('(Art. 22)');
    expect(fraud.legitimateInterest).toBe('Preventing fraud against us and our customers.');
  });

  it('leaves a decision recorded as outside Art. 22(1) out of the automated decisions and the rights, and names the law of Art. 9(2)(b)', () => {
    const snapshot = exportSnapshot();
    const outside = {
      ...snapshot,
      processingActivities: snapshot.processingActivities.map((a) =>
        a.automatedDecision ? { ...a, automatedDecision: { ...a.automatedDecision, art22Applies: false, exception: null } } : a,
      ),
    };
    const fraud = rowsOf('controller', outside).find((r) => r.name === 'Fraud scoring');
    expect(fraud?.automatedDecisions).toBe('Profiling');
    expect(fraud?.rights).not.toContain('Art. 22');
    const payroll = {
      ...snapshot,
      processingActivities: [
        fixture.activity({
          specialCategoryCondition: 'art9_2_b',
          specialCategoryLaw: 'Labour Code, Art. 92',
          specialCategoryLawJurisdiction: 'PL',
        }),
      ],
    };
    expect(rowsOf('controller', payroll)[0].specialCategoryCondition).toBe(
      'Art. 9(2)(b) employment, social security and social protection law, under Labour Code, Art. 92 (law of Poland)',
    );
    const unnamed = { ...payroll, processingActivities: [fixture.activity({ specialCategoryCondition: 'art9_2_b' })] };
    expect(rowsOf('controller', unnamed)[0].specialCategoryCondition).toBe(
      'Art. 9(2)(b) employment, social security and social protection law, law not recorded',
    );
  });

  it('lists the controllers served with contacts, our identity, the processing, transfers and measures in the processor record (Art. 30(2))', () => {
    const [payroll, ...rest] = rowsOf('processor');
    expect(rest).toEqual([]);
    expect(payroll).toMatchObject({
      processorName: 'Przykład Sp. z o.o. (0000123456)',
      dpo: 'None designated: No large-scale monitoring (Art. 37(1)).',
      name: 'Payroll for Acme',
      onBehalfOf: 'Acme Ltd (1 High Street, London, hr@acme.example)',
      controllerRepresentatives: 'Acme Ltd: Acme EU BV, Keizersgracht 1, Amsterdam, eu@acme.example',
      purpose: 'Payroll computation for a client.',
      recipients: "Support Pvt Ltd (our sub-processor, engaged with the controller's authorisation (Art. 28(2), (4)), India)",
      processorContracts: 'Support Pvt Ltd: DPA 2025-01',
      securityMeasures: 'Encryption in transit (technical): TLS 1.2 or later.',
      createdAt: '2026-01-01T00:00:00.000Z',
      retiredAt: '',
    });
  });

  it('gives a transfer to our sub-processor Module Three in the processor record, and keeps a module the transfer states', () => {
    const sccTo = (sccModule: 1 | 2 | 3 | 4 | null) =>
      exportSnapshot({
        transfers: [
          fixture.transfer({ id: 'trf-in', recipientId: 'rcp-india', country: 'IN', mechanism: 'scc', sccModule, safeguards: null }),
        ],
      });
    const [derived] = rowsOf('processor', sccTo(null));
    expect(derived.transfers).toBe(
      'Support Pvt Ltd → India: Art. 46(2)(c) standard contractual clauses (Decision (EU) 2021/914), Module Three (processor to processor) (from the roles of the parties)',
    );
    const [stated] = rowsOf('processor', sccTo(3));
    expect(stated.transfers).toContain('Module Three (processor to processor)');
    expect(stated.transfers).not.toContain('from the roles');
    const [contradicted] = rowsOf('processor', sccTo(2));
    expect(contradicted.transfers).toContain('Module Two (controller to processor)');
  });

  it('tells "None" apart from "Not recorded", and dates a retired activity', () => {
    const snapshot = exportSnapshot({
      processingActivities: [
        fixture.activity({
          status: 'retired',
          retiredAt: '2026-06-30T00:00:00.000Z',
          legalBasis: 'art6_1_f',
          legitimateInterest: 'Security',
          legitimateInterestAssessment: 'https://intranet.example/lia/7',
          requirement: null,
          securityMeasureIds: [],
          retentionRuleId: null,
          retentionByCategory: [],
        }),
      ],
    });
    const [only] = rowsOf('controller', snapshot);
    expect(only.retiredAt).toBe('2026-06-30T00:00:00.000Z');
    expect(only.legitimateInterestAssessment).toBe('https://intranet.example/lia/7');
    expect(only.requirement).toBe('Not recorded');
    expect(only.securityMeasures).toBe('Not recorded');
    expect(only.retention).toMatch(
      /^Retired on 30 June 2026; what was done with its data is not recorded\. Retention while it ran: .*— not recorded/,
    );
    expect(only.automatedDecisions).toBe('None');
    expect(only.consentMechanism).toBe('Not applicable');
    expect(only.specialCategoryCondition).toBe('None (no special-category data)');
    expect(only.controllerName).toBe('Przykład Sp. z o.o. (0000123456)');
  });

  it("says what became of a retired activity's data instead of a running retention, in both records", () => {
    const retired = (role: 'controller' | 'processor') =>
      exportSnapshot({
        processingActivities: [
          fixture.activity({
            role,
            legalBasis: role === 'processor' ? null : 'art6_1_b',
            status: 'retired',
            retiredAt: '2026-06-30T00:00:00.000Z',
            afterRetirement: {
              outcome: role === 'processor' ? 'returned_to_controller' : 'erased',
              details: 'On 15 July 2026, backups included.',
            },
          }),
        ],
      });
    const [controllerRow] = rowsOf('controller', retired('controller'));
    expect(controllerRow.retention).toMatch(
      /^Retired on 30 June 2026; its data were erased \(On 15 July 2026, backups included\)\. Retention while it ran: /,
    );
    const [processorRow] = rowsOf('processor', retired('processor'));
    expect(processorRow.retiredAt).toBe(
      '2026-06-30T00:00:00.000Z; its data were returned to the controller or deleted, as the controller chose (Art. 28(3)(g)) (On 15 July 2026, backups included)',
    );
  });

  it("lists a sub-processor that our processor abroad engaged as that processor's onward transfer, not as ours", () => {
    const snapshot = exportSnapshot({
      recipients: [
        fixture.recipient({ id: 'rcp-us', ref: 'rcp-us', name: 'Helpdesk Inc.', type: 'processor', country: 'US', dpfCertified: true }),
        fixture.recipient({
          id: 'rcp-in',
          ref: 'rcp-in',
          name: 'Support Pvt Ltd',
          type: 'sub_processor',
          country: 'IN',
          engagedBy: 'rcp-us',
        }),
      ],
      transfers: [fixture.transfer({ recipientId: 'rcp-us', country: 'US', mechanism: 'dpf', sccModule: null })],
      processingActivities: [fixture.activity({ recipientIds: ['rcp-us', 'rcp-in'] })],
    });
    const [row] = rowsOf('controller', snapshot);
    expect(row.transfers).toContain(
      'Support Pvt Ltd → India: onward transfer by our processor Helpdesk Inc. (United States), not by us (Art. 44): under the EU–US Data Privacy Framework principle on onward transfers',
    );
    expect(row.transfers).not.toContain('mechanism not recorded');
  });

  it('gives the same rows whatever order an activity lists its references in', () => {
    const base = exportSnapshot();
    const shuffled = exportSnapshot({
      processingActivities: base.processingActivities.map((a) => ({
        ...a,
        dataCategoryIds: [...a.dataCategoryIds].reverse(),
        recipientIds: [...a.recipientIds].reverse(),
        securityMeasureIds: [...a.securityMeasureIds].reverse(),
      })),
    });
    expect(rowsOf('controller', shuffled)).toEqual(rowsOf('controller', base));
  });

  it('shows a dangling reference by its id instead of dropping it', () => {
    const snapshot = exportSnapshot({
      processingActivities: [fixture.activity({ dataCategoryIds: ['cat-gone'], recipientIds: ['rcp-gone'] })],
    });
    const [only] = rowsOf('controller', snapshot);
    expect(only.dataCategories).toBe('cat-gone');
    expect(only.recipients).toBe('rcp-gone');
  });
});
