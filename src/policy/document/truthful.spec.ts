import { describe, expect, it } from '@jest/globals';
import type { RegistrySnapshot } from '../../domain/registry-snapshot';
import { make, validSnapshot } from '../../snapshot/testing/snapshot-factory';
import { generatePolicy } from './generate';
import { en } from './i18n/en';
import type { PolicyDocument, PolicyScope, TableBlock } from './model';
import { renderPolicy } from './render';
import { mentionsPeriod, sentenceOf } from '../../language/sentences';

const scope: PolicyScope = {
  serviceId: 'svc',
  dataSubjectCategoryIds: [],
  language: 'en',
  title: 'Policy',
  options: { noticeDays: 30, contactEmail: null, minimumAge: null },
};
const doc = (snapshot: RegistrySnapshot, o: Partial<PolicyScope> = {}) => generatePolicy(snapshot, { ...scope, ...o });
const txt = (snapshot: RegistrySnapshot, o: Partial<PolicyScope> = {}) => renderPolicy(doc(snapshot, o), 'txt');
const section = (d: PolicyDocument, id: string) => d.sections.find((s) => s.id === id);
const sectionText = (snapshot: RegistrySnapshot, id: string, o: Partial<PolicyScope> = {}) => {
  const d = doc(snapshot, o);
  return renderPolicy({ ...d, sections: d.sections.filter((s) => s.id === id) }, 'txt');
};
const purposeTable = (d: PolicyDocument) => section(d, 'purposes-and-legal-bases')?.blocks.find((b): b is TableBlock => b.kind === 'table');

const health = make.dataCategory({ id: 'health', name: 'Health data', special: true, examples: [] });
const consentHealth = make.activity({
  name: 'Health coaching',
  purpose: 'To coach you on your health goals',
  legalBasis: 'art6_1_a',
  specialCategoryCondition: 'art9_2_a',
  consentMechanism: 'A separate tick box in the app',
  consentWithdrawal: 'Untick it in the app settings',
  dataCategoryIds: ['cat', 'health'],
  requirement: { kind: 'none', consequences: null },
});

describe('sentences from registry text', () => {
  it('adds terminal punctuation only where it is missing', () => {
    expect(sentenceOf('keys held in the EEA')).toBe('keys held in the EEA.');
    expect(sentenceOf('Done (Art. 5).')).toBe('Done (Art. 5).');
    expect(sentenceOf('Why?')).toBe('Why?');
    expect(sentenceOf('  ')).toBe('');
  });

  it('knows when criteria already state the period, in digits or in words', () => {
    expect(mentionsPeriod('Deleted 30 days after the account is closed.', 'P30D')).toBe(true);
    expect(mentionsPeriod('Three years after the contract ends.', 'P3Y')).toBe(true);
    expect(mentionsPeriod('After the contract ends.', 'P3Y')).toBe(false);
    expect(mentionsPeriod('Deleted 300 days later.', 'P30D')).toBe(false);
  });

  it('knows it in Polish and German words too, in the forms a number takes, and only as a word of its own', () => {
    expect(mentionsPeriod('Pięć lat, licząc od początku roku następującego po roku obrotowym.', 'P5Y')).toBe(true);
    expect(mentionsPeriod('Przez dwóch lat od zakończenia umowy.', 'P2Y')).toBe(true);
    expect(mentionsPeriod('Fünf Jahre ab dem Ende des Geschäftsjahres.', 'P5Y')).toBe(true);
    expect(mentionsPeriod('Bis zu einem Jahr nach Ihrer letzten Nachricht.', 'P1Y')).toBe(true);
    expect(mentionsPeriod('Bis zum Ende des Vertrags; ein Widerspruch beendet sie früher.', 'P1Y')).toBe(false);
    expect(mentionsPeriod('Przechowujemy je do zakończenia sprawy.', 'P5Y')).toBe(false);
    expect(mentionsPeriod('Gespeichert, bis ein Streit beigelegt ist.', 'P3Y')).toBe(false);
  });

  it('reads a retention rule with period and criteria once, and both when the criteria do not name the period', () => {
    const once = validSnapshot({
      retentionRules: [make.retentionRule({ period: 'P30D', criteria: 'Deleted 30 days after the account is closed' })],
    });
    const purposes = 'purposes-and-legal-bases';
    expect(sectionText(once, purposes)).toMatch(/How long we keep them: Deleted 30 days after the account is closed\.\n/);
    expect(sectionText(once, purposes)).not.toMatch(/30 days after the contract ends/);
    const both = validSnapshot({ retentionRules: [make.retentionRule({ period: 'P30D', criteria: 'Then anonymised' })] });
    expect(sectionText(both, purposes)).toMatch(/How long we keep them: 30 days after the contract ends\. Then anonymised\./);
    // The retention section points at the table, so the rule is read once.
    expect(sectionText(both, 'retention')).not.toMatch(/Then anonymised/);
  });

  it('joins transfer safeguards and recipient descriptions as sentences', () => {
    const snapshot = validSnapshot({
      recipients: [make.recipient({ country: 'US', description: 'Hosting in Virginia' })],
      transfers: [make.transfer({ safeguards: 'Encryption keys held in the EEA', copyAvailable: true })],
    });
    const text = txt(snapshot);
    expect(text).toMatch(/Encryption keys held in the EEA\. You may obtain a copy/);
    expect(text).toMatch(/Hosting in Virginia\./);
  });
});

describe('per-purpose notice', () => {
  it('names, for each purpose, its data, legal basis with Art. 9(2) condition, retention, recipients and requirement', () => {
    const snapshot = validSnapshot({ dataCategories: [make.dataCategory(), health], processingActivities: [consentHealth] });
    const table = purposeTable(doc(snapshot));
    expect(table?.columns).toEqual(['Purpose', 'Data', 'Legal basis', 'How long we keep them', 'Who receives them']);
    expect(table?.rows[0].cells).toEqual([
      'Health coaching: To coach you on your health goals.',
      'Contact details, Health data. Giving these data is up to you.',
      'Your consent (Art. 6(1)(a) GDPR). Special categories of data are processed under Art. 9(2)(a) explicit consent GDPR. How you give consent: A separate tick box in the app. How you take it back: Untick it in the app settings.',
      'Three years after the contract ends.',
      'Hosting Ltd (service provider working for us).',
    ]);
    expect(table?.rows[0].sources.map((r) => `${r.type}:${r.id}`)).toEqual([
      'processing_activity:act',
      'data_category:cat',
      'data_category:health',
      'retention_rule:ret',
      'recipient:rcp',
    ]);
    expect(renderPolicy(doc(snapshot), 'md')).toContain('| Purpose | Data | Legal basis | How long we keep them | Who receives them |');
    expect(renderPolicy(doc(snapshot), 'html')).toContain('<th scope="col">Legal basis</th>');
    expect(txt(snapshot)).toMatch(
      /\* Health coaching: [^\n]*\n {6}Data: [^\n]*\n {6}Legal basis: [^\n]*\n {6}How long we keep them: [^\n]*\n {6}Who receives them: /,
    );
  });

  it('keeps the data list short and points at the table', () => {
    const text = sectionText(validSnapshot(), 'data-we-process');
    expect(text).toContain('shown in the table under "Why we use your data and on what legal basis"');
  });
});

describe('nothing invented', () => {
  it('prints no tracker duration it does not have, and no empty label', () => {
    const none = validSnapshot({ trackers: [make.tracker({ duration: null })] });
    const table = section(doc(none), 'cookies-and-similar-technologies')?.blocks.find((b): b is TableBlock => b.kind === 'table');
    expect(table?.columns).not.toContain('How long');
    expect(txt(none)).not.toMatch(/until you delete it|How long: /);
    const some = validSnapshot({ trackers: [make.tracker({ duration: null }), make.tracker({ id: 't2', name: 'Z', duration: 'P1D' })] });
    expect(txt(some)).toMatch(/How long: 1 day/);
    expect(txt(some)).not.toMatch(/^ +[A-Z][A-Za-z ]+: *$/m);
  });

  it('says nothing of an unrecorded requirement instead of "no obligation"', () => {
    const snapshot = validSnapshot({ processingActivities: [make.activity({ requirement: null })] });
    expect(doc(snapshot).sections.map((s) => s.id)).not.toContain('providing-data');
    expect(txt(snapshot)).not.toMatch(/no obligation/i);
  });

  it('says giving data is up to the reader for a consent purpose with no recorded requirement, and for no other basis', () => {
    const consent = make.activity({
      id: 'nl',
      name: 'Newsletter',
      legalBasis: 'art6_1_a',
      consentMechanism: 'Tick box',
      consentWithdrawal: 'Unsubscribe link',
      requirement: null,
    });
    const snapshot = validSnapshot({ processingActivities: [make.activity({ requirement: null }), consent] });
    // Said once, in the purpose's row; the section points at the table.
    expect(sectionText(snapshot, 'providing-data')).toMatch(/is shown for each purpose in the table under/);
    const table = purposeTable(doc(snapshot));
    expect(table?.rows.find((r) => r.cells[0].includes('Newsletter'))?.cells[1]).toMatch(/Giving these data is up to you\./);
    expect(table?.rows.find((r) => r.cells[0].includes('Orders'))?.cells[1]).not.toMatch(/up to you/);
  });

  it('has no children section without a minimum age', () => {
    expect(doc(validSnapshot({ controller: make.controller({ minimumAge: null }) })).sections.map((s) => s.id)).not.toContain('children');
  });
});

describe('transfers', () => {
  it('gives each recipient in a country its own item, in the order the heading names them, and says shared text once', () => {
    const snapshot = validSnapshot({
      recipients: [
        make.recipient({ id: 'a', name: 'Alpha Inc.', country: 'US' }),
        make.recipient({ id: 'b', name: 'Beta LLC', country: 'US', dpfCertified: true }),
      ],
      transfers: [
        make.transfer({ id: 'ta', recipientId: 'a', sccModule: null }),
        make.transfer({ id: 'tb', recipientId: 'b', sccModule: null }),
      ],
      processingActivities: [make.activity({ recipientIds: ['a', 'b'] })],
    });
    const text = sectionText(snapshot, 'international-transfers');
    expect(text).toMatch(
      /United States \(Alpha Inc\. and Beta LLC\)\. [^\n]*\n {2}\* Alpha Inc\. — not certified[^\n]*\n {2}\* Beta LLC — certified/,
    );
    expect(text.split(en.mechanism.scc).length - 1).toBe(1);
  });
});

describe('right to object (Art. 21)', () => {
  const marketing = make.activity({
    id: 'dm',
    name: 'Newsletter',
    legalBasis: 'art6_1_f',
    legitimateInterest: 'Telling customers about our products',
    directMarketing: true,
  });
  const fraud = make.activity({ id: 'fr', name: 'Fraud checks', legalBasis: 'art6_1_f', legitimateInterest: 'Preventing fraud' });

  it('says the objection to direct marketing is absolute and keeps it out of the balancing test', () => {
    const text = sectionText(validSnapshot({ processingActivities: [marketing, fraud] }), 'right-to-object');
    expect(text).toMatch(/direct marketing \(Newsletter\)[^\n]*without giving reasons[^\n]*Art\. 21\(2\) and \(3\)/);
    expect(text).toMatch(/legitimate interests \(Fraud checks\)[^\n]*Art\. 21\(1\)/);
    expect(text).not.toMatch(/\(Fraud checks and Newsletter\)|Newsletter[^\n]*Art\. 21\(1\)/);
  });

  it('speaks of a task in the public interest only with an Art. 6(1)(e) activity in scope', () => {
    expect(sectionText(validSnapshot({ processingActivities: [fraud] }), 'right-to-object')).not.toMatch(/public interest/);
    const task = make.activity({ id: 'pt', name: 'Registry duties', legalBasis: 'art6_1_e' });
    expect(sectionText(validSnapshot({ processingActivities: [task] }), 'right-to-object')).toMatch(/task in the public interest/);
  });

  it('does not take a profiling flag for direct marketing', () => {
    const profiling = make.activity({ legalBasis: 'art6_1_b', profiling: true });
    expect(doc(validSnapshot({ processingActivities: [profiling] })).sections.map((s) => s.id)).not.toContain('right-to-object');
  });
});

describe('Art. 14 and the audience', () => {
  const prospects = make.dataSubjectCategory({ id: 'pros', name: 'Prospects', usesServices: false });
  const employees = make.dataSubjectCategory({ id: 'emp', name: 'Employees', usesServices: false });
  const leads = make.dataCategory({ id: 'leads', name: 'Business contact from list', collection: 'third_party' });
  const snapshot = validSnapshot({
    dataSubjectCategories: [make.dataSubjectCategory(), prospects, employees],
    dataCategories: [make.dataCategory(), leads],
    processingActivities: [
      make.activity(),
      make.activity({
        id: 'prospecting',
        name: 'Prospecting',
        legalBasis: 'art6_1_f',
        legitimateInterest: 'Finding customers',
        dataSubjectCategoryIds: ['pros'],
        dataCategoryIds: ['leads'],
        sources: 'Bought from Lists Ltd, a list broker',
      }),
      make.activity({
        id: 'payroll',
        name: 'Payroll',
        legalBasis: 'art6_1_c',
        legalObligation: 'Labour Code',
        dataSubjectCategoryIds: ['emp'],
      }),
    ],
  });

  it('names the source, the data obtained from it and the purpose, with the Art. 14(3) timing in the prospects notice', () => {
    const text = sectionText(snapshot, 'sources', { dataSubjectCategoryIds: ['pros'] });
    expect(text).toMatch(/For Prospecting: Bought from Lists Ltd, a list broker\. What we obtain this way: Business contact from list\./);
    expect(text).toMatch(/Art\. 14\(3\) GDPR/);
    expect(sectionText(snapshot, 'sources')).not.toMatch(/Art\. 14\(3\)/);
  });

  it('shows a category obtained about prospects only in notices whose scope includes them', () => {
    expect(txt(snapshot, { dataSubjectCategoryIds: ['pros'] })).toContain('Business contact from list');
    expect(txt(snapshot, { dataSubjectCategoryIds: ['ds'] })).not.toContain('Business contact from list');
    expect(txt(snapshot, { dataSubjectCategoryIds: ['emp'] })).not.toContain('Business contact from list');
  });

  it('writes an employees notice without children, cookies or "stop using our services"', () => {
    const employeesNotice = doc(snapshot, { dataSubjectCategoryIds: ['emp'] });
    expect(employeesNotice.sections.map((s) => s.id)).not.toEqual(expect.arrayContaining(['children']));
    expect(employeesNotice.sections.map((s) => s.id)).not.toContain('cookies-and-similar-technologies');
    expect(renderPolicy(employeesNotice, 'txt')).not.toMatch(/stop using our services|recorded as you use our website/);
    const customers = doc(snapshot, { dataSubjectCategoryIds: ['ds'] });
    expect(customers.sections.map((s) => s.id)).toContain('children');
    expect(renderPolicy(customers, 'txt')).toMatch(/stop using our services/);
  });

  it('speaks of the representative only for a controller established outside the EEA', () => {
    expect(txt(validSnapshot())).not.toMatch(/representative in the European Union/);
    const abroad = validSnapshot({
      controller: make.controller({
        registeredAddress: { street: '1 Main St', postalCode: '10001', city: 'New York', country: 'US' },
        representative: { name: 'Rep GmbH', email: 'rep@example.de', address: 'Berlin' },
      }),
    });
    expect(txt(abroad)).toMatch(/Our representative in the European Union is Rep GmbH/);
  });
});

describe('joint controllers, consent and automated decisions', () => {
  it('states the essence of the arrangement and the contact point of a joint controller', () => {
    const snapshot = validSnapshot({
      recipients: [
        make.recipient({
          type: 'joint_controller',
          name: 'Ads Ltd',
          jointArrangement: 'Ads Ltd answers for what its pixel collects',
          contactPoint: 'Write to privacy@example.com',
        }),
      ],
      trackers: [make.tracker({ party: 'third', provider: 'Ads Ltd', category: 'marketing', kind: 'pixel', processingActivityId: 'act' })],
    });
    const text = txt(snapshot);
    expect(text).toMatch(
      /on our respective responsibilities: Ads Ltd answers for what its pixel collects\. Where to turn about this processing: Write to privacy@example\.com\./,
    );
    expect(text).not.toMatch(/set by other companies \(Ads Ltd\)/);
  });

  it('says the Art. 22 closing sentence rightly whether or not an activity decides automatically', () => {
    const deciding = make.activity({
      automatedDecision: make.automatedDecision({ logic: 'Scores orders', significance: 'May refuse an order' }),
    });
    expect(sectionText(validSnapshot({ processingActivities: [deciding] }), 'automated-decisions')).toMatch(
      /Apart from the decisions described above/,
    );
    const profiling = make.activity({ profiling: true });
    const text = sectionText(validSnapshot({ processingActivities: [profiling] }), 'automated-decisions');
    expect(text).toMatch(/We take no decision about you based solely/);
    expect(text).not.toMatch(/Apart from/);
  });
});
