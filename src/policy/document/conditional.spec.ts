/**
 * The clauses a notice prints only when the record says so (issue 27): whom it is about, Art. 22 when it
 * applies, negative statements only when affirmed, the rights every notice lists, and the facts the law asks
 * for (Art. 9(2) law, marketing channels and soft opt-in, an unnamed source).
 */
import { describe, expect, it } from '@jest/globals';
import type { RegistrySnapshot } from '../../domain/registry-snapshot';
import { make, validSnapshot } from '../../snapshot/testing/snapshot-factory';
import { activitiesInScope } from '../../snapshot/scope';
import { generatePolicy } from './generate';
import type { PolicyScope } from './model';
import { renderPolicy } from './render';
import { restatesMechanism } from './sections/transfers';

const scope: PolicyScope = {
  serviceId: 'svc',
  dataSubjectCategoryIds: [],
  language: 'en',
  title: 'Policy',
  options: { noticeDays: 30, contactEmail: null, minimumAge: null },
};
const txt = (snapshot: RegistrySnapshot, o: Partial<PolicyScope> = {}) => renderPolicy(generatePolicy(snapshot, { ...scope, ...o }), 'txt');
const sectionText = (snapshot: RegistrySnapshot, id: string, o: Partial<PolicyScope> = {}) => {
  const d = generatePolicy(snapshot, { ...scope, ...o });
  return renderPolicy({ ...d, sections: d.sections.filter((s) => s.id === id) }, 'txt');
};

const employees = make.dataSubjectCategory({ id: 'emp', name: 'Employees', usesServices: false, relationship: 'as our employee' });
const payroll = make.activity({ id: 'payroll', name: 'Payroll', dataSubjectCategoryIds: ['emp'], serviceIds: [] });
const withEmployees = (o: Partial<RegistrySnapshot> = {}) =>
  validSnapshot({
    dataSubjectCategories: [make.dataSubjectCategory(), employees],
    processingActivities: [make.activity(), payroll],
    ...o,
  });

describe('the opening says whom the notice is about', () => {
  it('tells people who use the service "when you use <service>", and no one else', () => {
    expect(txt(validSnapshot())).toContain('This notice is for you when you use Shop.');
    const forEmployees = txt(withEmployees(), { dataSubjectCategoryIds: ['emp'] });
    expect(forEmployees).toContain('This notice is for you as our employee.');
    expect(forEmployees).not.toContain('when you use Shop');
  });

  it('states a relationship recorded for users instead of the service, and says nothing it does not know', () => {
    const customers = make.dataSubjectCategory({ relationship: 'when you buy from our shop' });
    expect(txt(validSnapshot({ dataSubjectCategories: [customers] }))).toContain('This notice is for you when you buy from our shop.');
    const unknown = withEmployees({ dataSubjectCategories: [make.dataSubjectCategory(), { ...employees, relationship: null }] });
    expect(txt(unknown, { dataSubjectCategoryIds: ['emp'] })).not.toContain('This notice is for you');
  });

  it('joins several relationships with "or", each once', () => {
    expect(txt(withEmployees(), { dataSubjectCategoryIds: ['ds', 'emp'] })).toContain(
      'This notice is for you when you use Shop or as our employee.',
    );
  });

  it('sets a Polish or German subordinate clause off with a comma, and a phrase without one', () => {
    const visitors = make.dataSubjectCategory({
      id: 'emp',
      name: 'Visitors',
      usesServices: false,
      relationship: 'when you visit our warehouse',
      translations: {
        pl: { name: 'Odwiedzający', relationship: 'gdy odwiedzasz nasz magazyn' },
        de: { name: 'Besucher', relationship: 'als Besucherin oder Besucher unseres Lagers' },
      },
    });
    const snapshot = withEmployees({ dataSubjectCategories: [make.dataSubjectCategory(), visitors] });
    expect(txt(snapshot, { language: 'pl', dataSubjectCategoryIds: ['emp'] })).toContain(
      'Ta informacja jest przeznaczona dla Ciebie, gdy odwiedzasz nasz magazyn.',
    );
    expect(txt(snapshot, { language: 'de', dataSubjectCategoryIds: ['emp'] })).toContain(
      'Diese Hinweise richten sich an Sie als Besucherin oder Besucher unseres Lagers.',
    );
  });

  it('reaches the activities of people who do not use our services whatever the service, and users only on theirs', () => {
    const applicants = make.dataSubjectCategory({ id: 'app', name: 'Applicants', usesServices: true });
    const careers = make.service({ id: 'careers', name: 'Careers', slug: 'careers' });
    const recruiting = make.activity({ id: 'recruiting', name: 'Recruitment', dataSubjectCategoryIds: ['app'], serviceIds: ['careers'] });
    const snapshot = withEmployees({
      services: [make.service(), careers],
      dataSubjectCategories: [make.dataSubjectCategory(), employees, applicants],
      processingActivities: [make.activity(), payroll, recruiting],
    });
    const names = (serviceId: string, ids: string[]) =>
      activitiesInScope(snapshot, { serviceId, dataSubjectCategoryIds: ids }).map((a) => a.name);
    expect(names('svc', ['emp'])).toEqual(['Payroll']);
    expect(names('careers', ['emp'])).toEqual(['Payroll']);
    expect(names('svc', ['app'])).toEqual([]);
    expect(names('careers', ['app'])).toEqual(['Recruitment']);
    expect(names('svc', [])).toEqual(['Orders']);
  });
});

describe('Art. 22 when it applies', () => {
  const safeguards = {
    humanIntervention: 'Call 0800 100 200.',
    expressView: 'Reply to the decision e-mail.',
    contest: 'Write to credit@example.com.',
  };
  const credit = (o: Parameters<typeof make.automatedDecision>[0]) =>
    validSnapshot({ processingActivities: [make.activity({ name: 'Credit check', automatedDecision: make.automatedDecision(o) })] });

  it('prints the exception and the three safeguards, and lists the Art. 22 right', () => {
    const snapshot = credit({ art22Applies: true, exception: 'contract', ...safeguards });
    const section = sectionText(snapshot, 'automated-decisions');
    expect(section).toContain('Credit check: A score from the payment history. Decides whether you may pay later.');
    expect(section).toContain('necessary for entering into or performing a contract with you (Art. 22(2)(a) GDPR)');
    expect(section).toContain(
      '(Art. 22(3) GDPR). To have one of our staff step in: Call 0800 100 200. To put your point of view: Reply to the decision e-mail. To contest the decision: Write to credit@example.com.',
    );
    expect(section).toContain('Apart from the decisions described above');
    expect(sectionText(snapshot, 'your-rights')).toContain('Not to be subject to a decision based solely on automated processing');
  });

  it('cites the law and Recital 71 for a decision the law allows', () => {
    const section = sectionText(
      credit({ art22Applies: true, exception: 'law', exceptionLaw: 'Banking Act, Art. 105a', ...safeguards }),
      'automated-decisions',
    );
    expect(section).toContain('The law allows this decision (Art. 22(2)(b) GDPR): Banking Act, Art. 105a.');
    expect(section).toContain('(Art. 22(2)(b) and Recital 71 GDPR)');
  });

  it('leaves out a decision recorded as outside Art. 22(1), and its right', () => {
    const snapshot = credit({ art22Applies: false });
    expect(sectionText(snapshot, 'automated-decisions')).not.toContain('Credit check');
    expect(sectionText(snapshot, 'automated-decisions')).toContain(
      'We take no decision about you based solely on automated processing, including profiling, that has legal effects',
    );
    expect(sectionText(snapshot, 'your-rights')).not.toContain('Art. 22');
  });
});

describe('negative statements only when the record affirms them', () => {
  const none = make.activity({ recipientIds: [], notApplicable: { recipients: 'Our own staff only.' } });
  const unrecorded = make.activity({ id: 'act-2', name: 'Newsletter', recipientIds: [] });

  it('says that no one receives the data, and that they stay in the EEA, only when every activity records none', () => {
    const confirmed = validSnapshot({ recipients: [], processingActivities: [none] });
    expect(sectionText(confirmed, 'recipients')).toContain('We do not disclose your data to anyone else.');
    expect(sectionText(confirmed, 'international-transfers')).toContain('Your data stay within the European Economic Area');
    const open = validSnapshot({ recipients: [], processingActivities: [none, unrecorded] });
    expect(sectionText(open, 'recipients')).toContain(
      'We have not yet recorded who receives your data for Newsletter; ask us at privacy@example.com and we will tell you.',
    );
    expect(txt(open)).not.toMatch(/do not disclose your data to anyone|stay within the European Economic Area/);
  });

  it('says nothing of recipients, transfers or decisions for a scope that holds no activity', () => {
    const empty = txt(validSnapshot({ processingActivities: [] }));
    expect(empty).not.toMatch(/do not disclose|stay within|take no decision/);
  });

  it('lists an authority "when the law requires it" only where an activity on a legal obligation discloses to it', () => {
    const court = make.recipient({ id: 'court', name: 'District Court', type: 'public_authority', country: 'PL' });
    const claims = make.activity({
      name: 'Legal claims',
      legalBasis: 'art6_1_f',
      legitimateInterest: 'Defending claims',
      recipientIds: ['court'],
    });
    expect(sectionText(validSnapshot({ recipients: [court], processingActivities: [claims] }), 'recipients')).toContain(
      'Public authorities, for the purposes shown in the table above:\n  * District Court',
    );
    const tax = make.activity({ id: 'tax', name: 'Tax', legalBasis: 'art6_1_c', legalObligation: 'Tax Act', recipientIds: ['court'] });
    expect(sectionText(validSnapshot({ recipients: [court], processingActivities: [claims, tax] }), 'recipients')).toContain(
      'Public authorities, when the law requires it:\n  * District Court',
    );
  });
});

describe('the rights every notice lists', () => {
  it('lists Art. 15-18 and 77 even for a legal obligation alone, with the limit of Art. 17(3)(b) and no portability', () => {
    const accounting = make.activity({ legalBasis: 'art6_1_c', legalObligation: 'Accounting Act' });
    const rights = sectionText(validSnapshot({ processingActivities: [accounting] }), 'your-rights');
    for (const article of ['(Art. 15)', '(Art. 16)', '(Art. 17)', '(Art. 18)', '(Art. 77)']) expect(rights).toContain(article);
    expect(rights).toContain('we delete them once that obligation or task no longer requires them (Art. 17(3)(b))');
    expect(rights).not.toMatch(/Art\. 20|Art\. 7\(3\)|withdraw your consent/);
    expect(rights).toContain('in any event within one month of receiving your request');
  });

  it('gives as erasure examples the grounds the bases in scope make possible', () => {
    const interests = make.activity({ legalBasis: 'art6_1_f', legitimateInterest: 'Fraud prevention' });
    expect(sectionText(validSnapshot({ processingActivities: [interests] }), 'your-rights')).toContain(
      'when, for example, we no longer need them or you object to their use and we have no overriding grounds to go on (Art. 17).',
    );
    expect(sectionText(validSnapshot(), 'your-rights')).toContain('when, for example, we no longer need them (Art. 17).');
  });
});

describe('facts the law asks for, printed', () => {
  it('cites the law that obliges keeping the data only for a purpose that rests on law', () => {
    const rule = make.retentionRule({
      period: 'P5Y',
      trigger: 'other',
      criteria: 'Counted from the end of the year of the invoice',
      legalReference: 'Accounting Act, Art. 74',
    });
    const invoices = make.activity({ id: 'inv', name: 'Invoices', legalBasis: 'art6_1_c', legalObligation: 'Accounting Act' });
    const text = sectionText(
      validSnapshot({ retentionRules: [rule], processingActivities: [make.activity(), invoices] }),
      'purposes-and-legal-bases',
    );
    expect(text).toMatch(/\* Invoices:[^*]*How long we keep them: [^\n]*\(Accounting Act, Art\. 74\)/);
    expect(text).toMatch(/\* Orders:[^*]*How long we keep them: 5 years\. Counted from the end of the year of the invoice\.\n/);
  });

  it('names the law an Art. 9(2)(b) condition rests on', () => {
    const sickNotes = make.activity({
      specialCategoryCondition: 'art9_2_b',
      specialCategoryLaw: 'Labour Code, Art. 92',
      specialCategoryLawJurisdiction: 'PL',
    });
    expect(sectionText(validSnapshot({ processingActivities: [sickNotes] }), 'purposes-and-legal-bases')).toContain(
      'Special categories of data are processed under Art. 9(2)(b) employment, social security and social protection law GDPR. The law that provides for it: Labour Code, Art. 92.',
    );
  });

  it('names the channels of direct marketing and, for e-mail without consent, the soft opt-in and how to refuse', () => {
    const offers = make.activity({
      legalBasis: 'art6_1_f',
      legitimateInterest: 'Offers to customers',
      directMarketing: true,
      marketingChannels: ['email', 'post'],
      softOptIn: { saleContext: true, similarProducts: true, objection: 'The unsubscribe link in every e-mail' },
    });
    const purposes = sectionText(validSnapshot({ processingActivities: [offers] }), 'purposes-and-legal-bases');
    expect(purposes).toContain('This is direct marketing (by e-mail and by post)');
    expect(purposes).toContain(
      'We send you these messages by e-mail without asking for your consent only because you bought from us: they are about our own products or services similar to those you bought (Art. 13(2) of Directive 2002/58/EC). You may refuse them at any time, free of charge: The unsubscribe link in every e-mail.',
    );
  });

  it('says why a source cannot be named, with the general information given', () => {
    const prospects = make.activity({ sourceUnnamedReason: 'We combine many public business directories, such as chambers of commerce' });
    expect(sectionText(validSnapshot({ processingActivities: [prospects] }), 'sources')).toContain(
      'For Orders: We cannot name every source. We combine many public business directories, such as chambers of commerce.',
    );
  });
});

describe('the fixed clauses the law words', () => {
  it('asks for consent where a change needs it, in every language', () => {
    expect(sectionText(validSnapshot(), 'changes')).toContain('Where a change needs your consent, we will ask for it.');
    expect(sectionText(validSnapshot(), 'changes', { language: 'pl' })).toContain(
      'Jeżeli zmiana wymaga Twojej zgody, poprosimy Cię o nią.',
    );
    expect(sectionText(validSnapshot(), 'changes', { language: 'de' })).toContain(
      'Erfordert eine Änderung Ihre Einwilligung, holen wir sie ein.',
    );
  });

  it('names the three places of Art. 77: habitual residence, place of work, place of the alleged infringement', () => {
    expect(sectionText(validSnapshot(), 'complaints')).toContain(
      'where you habitually live, where you work or where the alleged infringement took place (Art. 77 GDPR)',
    );
    expect(sectionText(validSnapshot(), 'complaints', { language: 'de' })).toContain(
      'Ihres gewöhnlichen Aufenthaltsorts, Ihres Arbeitsplatzes oder des Orts des mutmaßlichen Verstoßes (Art. 77 Abs. 1 DSGVO)',
    );
  });

  it('says with a joint controller that the rights hold against each controller (Art. 26(3)), and only then', () => {
    const partner = make.recipient({
      type: 'joint_controller',
      jointArrangement: 'We run the shop together.',
      contactPoint: 'joint@example.com',
    });
    expect(sectionText(validSnapshot({ recipients: [partner] }), 'recipients')).toContain(
      'you may exercise your rights under the GDPR in respect of and against each of us (Art. 26(3) GDPR)',
    );
    expect(sectionText(validSnapshot(), 'recipients')).not.toContain('Art. 26(3)');
  });
});

describe('the cookie wording follows the trackers in scope', () => {
  const intro = (snapshot: RegistrySnapshot, o: Partial<PolicyScope> = {}) =>
    sectionText(snapshot, 'cookies-and-similar-technologies', o).split('\n')[6];

  it('speaks of files only, and of strictly necessary ones only, for a session cookie on the website', () => {
    expect(intro(validSnapshot())).toBe(
      'Our website uses small files that store or read information on your device. We use only those that are strictly necessary to provide what you ask for.',
    );
  });

  it('speaks of e-mails only when a beacon serves an activity that reaches people by e-mail, and of consent when one is not necessary', () => {
    const newsletter = make.activity({
      id: 'nl',
      name: 'Newsletter',
      legalBasis: 'art6_1_a',
      consentMechanism: 'A box to tick',
      consentWithdrawal: 'The unsubscribe link',
      directMarketing: true,
      marketingChannels: ['email'],
    });
    const beacon = make.tracker({
      id: 'b',
      name: 'Open beacon',
      kind: 'web_beacon',
      category: 'marketing',
      duration: null,
      processingActivityId: 'nl',
    });
    expect(intro(validSnapshot({ processingActivities: [make.activity(), newsletter], trackers: [make.tracker(), beacon] }))).toBe(
      'Our website and e-mails use small files and images that store or read information on your device. Those that are not strictly necessary are used only with your consent.',
    );
    const onSite = { ...beacon, processingActivityId: null, category: 'strictly_necessary' as const };
    expect(intro(validSnapshot({ trackers: [onSite] }))).toBe(
      'Our website uses small images that read information from your device when they load. We use only those that are strictly necessary to provide what you ask for.',
    );
    expect(intro(validSnapshot({ trackers: [onSite] }), { language: 'de' })).toBe(
      'Unsere Website verwendet kleine Bilder, die beim Laden Informationen von Ihrem Endgerät auslesen. Wir setzen nur ein, was unbedingt erforderlich ist, um Ihnen den gewünschten Dienst bereitzustellen.',
    );
  });
});

describe('transfer safeguards', () => {
  const abroad = (safeguards: string) =>
    sectionText(
      validSnapshot({ recipients: [make.recipient({ country: 'US' })], transfers: [make.transfer({ safeguards })] }),
      'international-transfers',
    );

  it('leaves out safeguards text that only restates the mechanism, and prints what adds to it', () => {
    expect(abroad('Standard contractual clauses (Module Two), Commission Decision (EU) 2021/914')).not.toContain(
      'Standard contractual clauses (Module Two)',
    );
    expect(abroad('Standard contractual clauses, module 2')).not.toContain('Standard contractual clauses, module 2');
    expect(abroad('Standard contractual clauses, with encryption keys held in the EEA')).toContain(
      'Standard contractual clauses, with encryption keys held in the EEA.',
    );
    expect(restatesMechanism('Standardowe klauzule umowne, moduł 2', 'scc')).toBe(true);
    expect(restatesMechanism('Standard contractual clauses', 'bcr')).toBe(false);
  });
});
