import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import type { EntityType } from '../domain/entity-types';
import type { LegalBasis } from '../domain/vocabulary';
import type { ProcessingActivity, Recipient, RegistrySnapshot, Transfer } from '../domain/registry-snapshot';
import { make, validSnapshot } from '../snapshot/testing/snapshot-factory';
import { translatedInto, withoutTranslation } from '../snapshot/testing/translate';
import { checkCompliance, COMPLIANCE_RULES, type ComplianceOptions, type Finding } from './compliance';
import { browserOnlyWithdrawal } from './rules/transparency.rules';

const withActivity = (o: Partial<ProcessingActivity>, rest: Partial<RegistrySnapshot> = {}) =>
  validSnapshot({ processingActivities: [make.activity(o)], ...rest });

/** The default activity discloses to recipient `rcp`; here it is in the US and the transfer `trf` is as given. */
const withUsTransfer = (t: Partial<Transfer>, r: Partial<Recipient> = {}, rest: Partial<RegistrySnapshot> = {}) =>
  validSnapshot({
    recipients: [make.recipient({ name: 'Cloud Inc.', country: 'US', ...r })],
    transfers: [make.transfer(t)],
    ...rest,
  });

const CLIENT = [{ name: 'Client AG', email: 'privacy@client.example', address: null, phone: null, representative: null }];

/** A Swiss controller with its EU representative, recording the given authority. */
const swiss = (supervisoryAuthority: { name: string; country: string; website: null }) =>
  make.controller({
    registeredAddress: { street: 'Bahnhofstrasse 1', postalCode: '8001', city: 'Zürich', country: 'CH' },
    representative: { name: 'EU Rep GmbH', email: 'rep@example.eu', address: 'Berlin' },
    supervisoryAuthority,
    notApplicable: {},
  });

const consentActivity = make.activity({
  id: 'mkt',
  name: 'Marketing',
  legalBasis: 'art6_1_a',
  consentMechanism: 'Cookie banner',
  consentWithdrawal: 'The cookie panel linked in the footer.',
});

const jointController = (o: Partial<Recipient> = {}) =>
  make.recipient({
    id: 'jc',
    name: 'Ads Platform Ltd',
    type: 'joint_controller',
    country: 'IE',
    jointArrangement: 'Ads Platform answers for what its pixel collects; we answer for placing it and asking consent.',
    contactPoint: 'privacy@example.com',
    ...o,
  });

/** A third-party pixel on a consent activity whose recipients are as given. */
const withPixel = (recipients: Recipient[], recipientIds: string[]) =>
  validSnapshot({
    recipients: [make.recipient(), ...recipients],
    processingActivities: [make.activity(), { ...consentActivity, recipientIds }],
    trackers: [
      make.tracker({ category: 'marketing', kind: 'pixel', party: 'third', provider: 'Ads Platform Ltd', processingActivityId: 'mkt' }),
    ],
  });

interface Case {
  rule: string;
  entity: [EntityType, string];
  /** One fact broken: the rule fires, and only it */
  broken: () => RegistrySnapshot;
  /** The same feature done right: no finding at all */
  fixed: () => RegistrySnapshot;
  /** How both are checked, when a rule needs more than the whole registry (a policy's languages) */
  options?: ComplianceOptions;
}

const CASES: Case[] = [
  {
    rule: 'controller-identity',
    entity: ['controller', 'controller'],
    broken: () => validSnapshot({ controller: null }),
    fixed: () => validSnapshot(),
  },
  {
    rule: 'controller-dpo',
    entity: ['controller', 'controller'],
    broken: () => validSnapshot({ controller: make.controller({ dpo: null }) }),
    fixed: () =>
      validSnapshot({
        controller: make.controller({
          dpo: null,
          notApplicable: { dpo: 'No core activity requires one (Art. 37(1)).', representative: 'Established in the EU.' },
        }),
      }),
  },
  {
    rule: 'controller-representative',
    entity: ['controller', 'controller'],
    broken: () =>
      validSnapshot({
        controller: make.controller({
          registeredAddress: { street: '1 Main St', postalCode: '10001', city: 'New York', country: 'US' },
          supervisoryAuthority: { name: 'Federal Trade Commission', country: 'US', website: null },
          notApplicable: {},
        }),
      }),
    fixed: () =>
      validSnapshot({
        controller: make.controller({
          registeredAddress: { street: '1 Main St', postalCode: '10001', city: 'New York', country: 'US' },
          representative: { name: 'EU Rep GmbH', email: 'rep@example.eu', address: 'Berlin' },
          supervisoryAuthority: { name: 'Federal Trade Commission', country: 'US', website: null },
          notApplicable: {},
        }),
      }),
  },
  {
    rule: 'activity-purpose',
    entity: ['processing_activity', 'act'],
    broken: () => withActivity({ purpose: '  ' }),
    fixed: () => validSnapshot(),
  },
  {
    rule: 'activity-legal-basis',
    entity: ['processing_activity', 'act'],
    broken: () => withActivity({ legalBasis: null as unknown as LegalBasis }),
    fixed: () => validSnapshot(),
  },
  {
    rule: 'activity-data-subjects',
    entity: ['processing_activity', 'act'],
    broken: () => withActivity({ dataSubjectCategoryIds: [] }),
    fixed: () => validSnapshot(),
  },
  {
    rule: 'activity-data-categories',
    entity: ['processing_activity', 'act'],
    broken: () => withActivity({ dataCategoryIds: [] }),
    fixed: () => validSnapshot(),
  },
  {
    rule: 'activity-retention',
    entity: ['processing_activity', 'act'],
    broken: () => withActivity({ retentionRuleId: null }),
    fixed: () => withActivity({ retentionRuleId: null, notApplicable: { retention: 'Deleted as soon as the reply is sent.' } }),
  },
  {
    rule: 'activity-security',
    entity: ['processing_activity', 'act'],
    broken: () => withActivity({ securityMeasureIds: [] }),
    fixed: () => withActivity({ securityMeasureIds: [], notApplicable: { securityMeasures: 'Covered by the group policy.' } }),
  },
  {
    rule: 'legitimate-interest-stated',
    entity: ['processing_activity', 'act'],
    broken: () => withActivity({ legalBasis: 'art6_1_f', legitimateInterest: ' ' }),
    fixed: () => withActivity({ legalBasis: 'art6_1_f', legitimateInterest: 'Preventing fraud.' }),
  },
  {
    rule: 'legal-obligation-named',
    entity: ['processing_activity', 'act'],
    broken: () => withActivity({ legalBasis: 'art6_1_c', legalObligationJurisdiction: 'PL' }),
    fixed: () => withActivity({ legalBasis: 'art6_1_c', legalObligation: 'Accounting Act, Art. 74', legalObligationJurisdiction: 'PL' }),
  },
  {
    rule: 'legal-obligation-jurisdiction',
    entity: ['processing_activity', 'act'],
    broken: () =>
      withActivity({
        legalBasis: 'art6_1_c',
        legalObligation: 'Swiss Federal Act on Direct Federal Tax',
        legalObligationJurisdiction: 'CH',
      }),
    fixed: () => withActivity({ legalBasis: 'art6_1_c', legalObligation: 'Accounting Act, Art. 74', legalObligationJurisdiction: 'PL' }),
  },
  {
    rule: 'legal-obligation-jurisdiction-recorded',
    entity: ['processing_activity', 'act'],
    broken: () => withActivity({ legalBasis: 'art6_1_c', legalObligation: 'VAT Directive 2006/112/EC, Art. 242' }),
    fixed: () =>
      withActivity({ legalBasis: 'art6_1_c', legalObligation: 'VAT Directive 2006/112/EC, Art. 242', legalObligationJurisdiction: 'EU' }),
  },
  {
    rule: 'child-consent-age',
    entity: ['controller', 'controller'],
    broken: () =>
      validSnapshot({ controller: make.controller({ minimumAge: 13 }), processingActivities: [make.activity(), consentActivity] }),
    fixed: () =>
      validSnapshot({ controller: make.controller({ minimumAge: 16 }), processingActivities: [make.activity(), consentActivity] }),
  },
  {
    rule: 'dpia-high-risk',
    entity: ['processing_activity', 'act'],
    broken: () => withActivity({ profiling: true, automatedDecision: { logic: 'A score from order history.', significance: 'Refusal.' } }),
    fixed: () =>
      withActivity({
        profiling: true,
        automatedDecision: { logic: 'A score from order history.', significance: 'Refusal.' },
        dpia: { required: true, status: 'completed', reference: 'DPIA-1' },
      }),
  },
  {
    rule: 'data-category-description',
    entity: ['data_category', 'cat'],
    broken: () => validSnapshot({ dataCategories: [make.dataCategory({ description: '  ' })] }),
    fixed: () => validSnapshot(),
  },
  {
    rule: 'tracker-duration',
    entity: ['tracker', 'trk'],
    broken: () => validSnapshot({ trackers: [make.tracker({ duration: null })] }),
    fixed: () => validSnapshot({ trackers: [make.tracker({ kind: 'pixel', duration: null })] }),
  },
  {
    rule: 'controller-lead-authority',
    entity: ['controller', 'controller'],
    broken: () => validSnapshot({ controller: swiss({ name: 'UODO', country: 'PL', website: null }) }),
    fixed: () => validSnapshot({ controller: swiss({ name: 'FDPIC', country: 'CH', website: null }) }),
  },
  {
    rule: 'consent-mechanism',
    entity: ['processing_activity', 'act'],
    broken: () => withActivity({ legalBasis: 'art6_1_a', consentWithdrawal: 'The unsubscribe link in every e-mail.' }),
    fixed: () =>
      withActivity({
        legalBasis: 'art6_1_a',
        consentMechanism: 'Unticked box in the sign-up form.',
        consentWithdrawal: 'The unsubscribe link in every e-mail.',
      }),
  },
  {
    rule: 'special-category-condition',
    entity: ['processing_activity', 'act'],
    broken: () => validSnapshot({ dataCategories: [make.dataCategory({ special: true })] }),
    fixed: () => withActivity({ specialCategoryCondition: 'art9_2_b' }, { dataCategories: [make.dataCategory({ special: true })] }),
  },
  {
    rule: 'criminal-data-authorisation',
    entity: ['processing_activity', 'act'],
    broken: () => validSnapshot({ dataCategories: [make.dataCategory({ criminal: true })] }),
    fixed: () =>
      withActivity({ criminalDataAuthorisation: 'Labour Code, Art. 22(1b)' }, { dataCategories: [make.dataCategory({ criminal: true })] }),
  },
  {
    rule: 'activity-source',
    entity: ['processing_activity', 'act'],
    broken: () => validSnapshot({ dataCategories: [make.dataCategory({ collection: 'third_party' })] }),
    fixed: () => withActivity({ sources: 'Your employer' }, { dataCategories: [make.dataCategory({ collection: 'third_party' })] }),
  },
  {
    rule: 'automated-decision-information',
    entity: ['processing_activity', 'act'],
    broken: () => withActivity({ automatedDecision: { logic: ' ', significance: 'Orders may be refused.' } }),
    fixed: () => withActivity({ automatedDecision: { logic: 'A fraud score from order data.', significance: 'Orders may be refused.' } }),
  },
  {
    rule: 'processor-on-behalf-of',
    entity: ['processing_activity', 'proc'],
    broken: () => validSnapshot({ processingActivities: [make.activity(), make.activity({ id: 'proc', role: 'processor' })] }),
    fixed: () =>
      validSnapshot({ processingActivities: [make.activity(), make.activity({ id: 'proc', role: 'processor', onBehalfOf: CLIENT })] }),
  },
  {
    rule: 'dpia-incomplete',
    entity: ['processing_activity', 'act'],
    broken: () => withActivity({ dpia: { required: true, status: 'in_progress', reference: null } }),
    fixed: () => withActivity({ dpia: { required: true, status: 'completed', reference: 'DPIA-7' } }),
  },
  {
    rule: 'recipient-transfer-missing',
    entity: ['recipient', 'rcp'],
    broken: () => validSnapshot({ recipients: [make.recipient({ country: 'US' })] }),
    fixed: () => withUsTransfer({}),
  },
  {
    rule: 'transfer-adequacy',
    entity: ['transfer', 'trf'],
    broken: () =>
      validSnapshot({
        recipients: [make.recipient({ country: 'IN' })],
        transfers: [make.transfer({ country: 'IN', mechanism: 'adequacy' })],
      }),
    fixed: () =>
      validSnapshot({
        recipients: [make.recipient({ country: 'JP' })],
        transfers: [make.transfer({ country: 'JP', mechanism: 'adequacy' })],
      }),
  },
  {
    rule: 'transfer-adequacy-lapsed',
    entity: ['transfer', 'trf'],
    broken: () => withUsTransfer({ mechanism: 'adequacy' }, {}, { asOf: '2021-06-01T00:00:00.000Z' }),
    fixed: () => withUsTransfer({}, {}, { asOf: '2021-06-01T00:00:00.000Z' }),
  },
  {
    rule: 'transfer-dpf',
    entity: ['transfer', 'trf'],
    broken: () => withUsTransfer({ mechanism: 'dpf' }),
    fixed: () => withUsTransfer({ mechanism: 'dpf' }, { dpfCertified: true }),
  },
  {
    rule: 'transfer-scc-module',
    entity: ['transfer', 'trf'],
    broken: () => withUsTransfer({ sccModule: null }, { type: 'internal' }),
    fixed: () => withUsTransfer({ sccModule: null }),
  },
  {
    rule: 'transfer-scc-module-roles',
    entity: ['transfer', 'trf'],
    broken: () => withUsTransfer({ sccModule: 1 }),
    fixed: () => withUsTransfer({ sccModule: 2 }),
  },
  {
    rule: 'transfer-derogation-ground',
    entity: ['transfer', 'trf'],
    broken: () => withUsTransfer({ mechanism: 'derogation' }),
    fixed: () => withUsTransfer({ mechanism: 'derogation', derogation: 'b' }),
  },
  {
    rule: 'transfer-derogation-safeguards',
    entity: ['transfer', 'trf'],
    broken: () => withUsTransfer({ mechanism: 'derogation', derogation: 'compelling_legitimate_interests' }),
    fixed: () =>
      withUsTransfer({
        mechanism: 'derogation',
        derogation: 'compelling_legitimate_interests',
        safeguards: 'One-off transfer of a few records, assessed on 2026-03-01; pseudonymised; authority informed.',
      }),
  },
  {
    rule: 'transfer-copy-of-safeguards',
    entity: ['transfer', 'trf'],
    broken: () => withUsTransfer({ copyAvailable: false }),
    fixed: () => withUsTransfer({ copyAvailable: false, copyInstructions: 'Write to privacy@example.com.' }),
  },
  {
    rule: 'transfer-inside-eea',
    entity: ['transfer', 'trf'],
    broken: () => validSnapshot({ transfers: [make.transfer({ country: 'DE', mechanism: 'adequacy' })] }),
    fixed: () => validSnapshot(),
  },
  {
    rule: 'transfer-country-mismatch',
    entity: ['transfer', 'trf'],
    broken: () =>
      validSnapshot({
        recipients: [make.recipient({ name: 'Cloud Inc.', country: 'US' })],
        transfers: [make.transfer({ id: 'trf-us' }), make.transfer({ country: 'GB', mechanism: 'adequacy' })],
      }),
    fixed: () => withUsTransfer({ country: 'us' }),
  },
  {
    rule: 'consent-withdrawal',
    entity: ['processing_activity', 'act'],
    broken: () => withActivity({ legalBasis: 'art6_1_a', consentMechanism: 'Tick box on the form.' }),
    fixed: () =>
      withActivity({ legalBasis: 'art6_1_a', consentMechanism: 'Tick box on the form.', consentWithdrawal: 'Untick it in your account.' }),
  },
  {
    rule: 'consent-withdrawal-browser-only',
    entity: ['processing_activity', 'act'],
    broken: () =>
      withActivity({
        legalBasis: 'art6_1_a',
        consentMechanism: 'Cookie banner.',
        consentWithdrawal: 'Block images in your e-mail program or change your browser settings.',
      }),
    fixed: () =>
      withActivity({
        legalBasis: 'art6_1_a',
        consentMechanism: 'Cookie banner.',
        consentWithdrawal: 'Reopen the cookie panel from the footer link, or block images in your browser.',
      }),
  },
  {
    rule: 'activity-requirement',
    entity: ['processing_activity', 'act'],
    broken: () => withActivity({ requirement: null }),
    fixed: () => withActivity({ requirement: { kind: 'none', consequences: null } }),
  },
  {
    rule: 'children-minimum-age',
    entity: ['controller', 'controller'],
    broken: () => validSnapshot({ controller: make.controller({ minimumAge: null }) }),
    fixed: () =>
      validSnapshot({
        controller: make.controller({ minimumAge: null }),
        dataSubjectCategories: [make.dataSubjectCategory({ name: 'Employees', usesServices: false })],
      }),
  },
  {
    rule: 'joint-controller-arrangement',
    entity: ['recipient', 'jc'],
    broken: () => withPixel([jointController({ jointArrangement: null })], ['jc']),
    fixed: () => withPixel([jointController()], ['jc']),
  },
  {
    rule: 'joint-controller-contact-point',
    entity: ['recipient', 'jc'],
    broken: () => withPixel([jointController({ contactPoint: ' ' })], ['jc']),
    fixed: () => withPixel([jointController()], ['jc']),
  },
  {
    rule: 'tracker-joint-controller',
    entity: ['tracker', 'trk'],
    broken: () => withPixel([jointController({ type: 'processor' })], ['jc']),
    fixed: () => withPixel([jointController({ name: ' ads platform ltd' })], ['jc']),
  },
  {
    rule: 'tracker-consent',
    entity: ['tracker', 'trk'],
    broken: () => validSnapshot({ trackers: [make.tracker({ category: 'analytics' })] }),
    fixed: () =>
      validSnapshot({
        processingActivities: [make.activity(), consentActivity],
        trackers: [make.tracker({ category: 'analytics', processingActivityId: 'mkt' })],
      }),
  },
  {
    rule: 'translation-missing',
    entity: ['processing_activity', 'act'],
    options: { languages: ['pl'] },
    broken: () => withoutTranslation(translatedInto(validSnapshot(), 'pl'), 'processing_activity', 'act', 'purpose'),
    fixed: () => translatedInto(validSnapshot(), 'pl'),
  },
  {
    rule: 'dangling-reference',
    entity: ['processing_activity', 'act'],
    broken: () => withActivity({ recipientIds: ['gone'] }),
    fixed: () => validSnapshot(),
  },
];

const rulesOf = (snapshot: RegistrySnapshot, options?: Parameters<typeof checkCompliance>[1]) =>
  checkCompliance(snapshot, options).map((f) => f.rule);
const only = (findings: Finding[], rule: string) => findings.filter((f) => f.rule === rule);

describe('COMPLIANCE_RULES', () => {
  it('lists each rule once, with a kebab-case id, a severity, an article and a description', () => {
    const ids = COMPLIANCE_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of COMPLIANCE_RULES) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
      expect(['error', 'warning']).toContain(rule.severity);
      expect(rule.article).toMatch(/Art\. \d/);
      expect(rule.description.length).toBeGreaterThan(20);
    }
  });

  it('is listed rule by rule in the README rule table', () => {
    const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
    const missing = COMPLIANCE_RULES.filter((r) => !readme.includes(`| \`${r.id}\``)).map((r) => r.id);
    expect(missing).toEqual([]);
  });

  it('has a firing and a passing case for every rule', () => {
    expect(CASES.map((c) => c.rule).sort()).toEqual(COMPLIANCE_RULES.map((r) => r.id).sort());
  });
});

describe('checkCompliance', () => {
  it('finds nothing in a complete registry', () => {
    expect(checkCompliance(validSnapshot())).toEqual([]);
  });

  it.each(CASES)('$rule fires on its entity when one fact is broken', ({ rule, entity, broken, options }) => {
    const findings = checkCompliance(broken(), options);
    const meta = COMPLIANCE_RULES.find((r) => r.id === rule);
    expect(findings).toEqual([
      {
        rule,
        severity: meta?.severity,
        article: meta?.article,
        entityType: entity[0],
        entityId: entity[1],
        message: expect.any(String),
      },
    ]);
  });

  it.each(CASES)('$rule does not fire when the feature is recorded correctly', ({ fixed, options }) => {
    expect(checkCompliance(fixed(), options)).toEqual([]);
  });

  it('names the entity, the field and the language of a missing translation, and checks only what reaches the policy', () => {
    const snapshot = withoutTranslation(translatedInto(validSnapshot(), 'pl'), 'processing_activity', 'act', 'purpose');
    expect(only(checkCompliance(snapshot, { languages: ['pl'] }), 'translation-missing').map((f) => f.message)).toEqual([
      'Processing activity "Orders" has no pl translation of purpose; a pl notice cannot use the English text.',
    ]);
    // A policy in the registry's own language needs none; the whole registry (no languages) is not checked.
    expect(only(checkCompliance(validSnapshot(), { languages: ['en'] }), 'translation-missing')).toEqual([]);
    expect(only(checkCompliance(validSnapshot()), 'translation-missing')).toEqual([]);
    // An entry no activity in scope uses reaches no notice: its texts need no translation.
    const translated = translatedInto(validSnapshot(), 'de');
    const unused = {
      ...translated,
      securityMeasures: [...translated.securityMeasures, { ...validSnapshot().securityMeasures[0], id: 'unused', name: 'Unused measure' }],
    };
    expect(only(checkCompliance(unused, { languages: ['de'] }), 'translation-missing')).toEqual([]);
    // Each language of the policy is checked on its own; a Polish registry needs English translations.
    const polish = validSnapshot({ controller: make.controller({ language: 'pl' }) });
    const findings = only(checkCompliance(polish, { languages: ['pl', 'en'] }), 'translation-missing');
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.message.includes('has no en translation') && f.message.endsWith('cannot use the Polish text.'))).toBe(
      true,
    );
  });

  it('names the entity in every message', () => {
    for (const { broken, options } of CASES) {
      const snapshot = broken();
      const [finding] = checkCompliance(snapshot, options);
      const names = [
        snapshot.controller?.legalName,
        ...snapshot.processingActivities.map((a) => a.name),
        ...snapshot.recipients.map((r) => r.name),
        ...snapshot.trackers.map((t) => t.name),
        ...snapshot.dataCategories.map((c) => c.name),
      ].filter((n): n is string => Boolean(n));
      const named = names.some((n) => finding.message.includes(n)) || finding.message.includes('controller profile');
      expect({ rule: finding.rule, named }).toEqual({ rule: finding.rule, named: true });
    }
  });

  it('orders by severity, then rule, then entity, whatever the order of the registry', () => {
    const snapshot = validSnapshot({
      controller: make.controller({ dpo: null }),
      processingActivities: [
        make.activity({ id: 'b', securityMeasureIds: [] }),
        make.activity({ id: 'a', securityMeasureIds: [], dataSubjectCategoryIds: [] }),
      ],
    });
    const findings = checkCompliance(snapshot);
    expect(findings.map((f) => [f.severity, f.rule, f.entityId])).toEqual([
      ['error', 'activity-data-subjects', 'a'],
      ['error', 'activity-security', 'a'],
      ['error', 'activity-security', 'b'],
      ['warning', 'controller-dpo', 'controller'],
    ]);
    const reversed = { ...snapshot, processingActivities: [...snapshot.processingActivities].reverse() };
    expect(checkCompliance(reversed)).toEqual(findings);
  });

  it('rejects an onDate that is not a date', () => {
    expect(() => checkCompliance(validSnapshot(), { onDate: 'yesterday' })).toThrow(RangeError);
  });
});

describe('controller rules', () => {
  it('lists what the controller profile lacks', () => {
    const controller = make.controller({
      email: '',
      registeredAddress: { street: 'Main 1', postalCode: '', city: 'Warsaw', country: 'PL' },
    });
    const [finding] = checkCompliance(validSnapshot({ controller }));
    expect(finding.rule).toBe('controller-identity');
    expect(finding.message).toContain('registered address, contact e-mail are missing');
  });

  it('applies to a policy scope as well', () => {
    expect(rulesOf(validSnapshot({ controller: null }), { activityIds: new Set() })).toEqual(['controller-identity']);
  });
});

describe('activity rules', () => {
  it('does not take a blank reason for "not applicable"', () => {
    expect(rulesOf(withActivity({ retentionRuleId: null, notApplicable: { retention: ' ' } }))).toEqual(['activity-retention']);
  });

  it('accepts retention per data category only when it covers every category, and names the ones left out', () => {
    const categories = [make.dataCategory(), make.dataCategory({ id: 'cat2', name: 'Payment data' })];
    const covered = withActivity(
      {
        retentionRuleId: null,
        dataCategoryIds: ['cat', 'cat2'],
        retentionByCategory: [
          { dataCategoryId: 'cat', retentionRuleId: 'ret' },
          { dataCategoryId: 'cat2', retentionRuleId: 'ret' },
        ],
      },
      { dataCategories: categories },
    );
    expect(checkCompliance(covered)).toEqual([]);
    const partial = withActivity(
      { retentionRuleId: null, dataCategoryIds: ['cat', 'cat2'], retentionByCategory: [{ dataCategoryId: 'cat', retentionRuleId: 'ret' }] },
      { dataCategories: categories },
    );
    const [finding] = checkCompliance(partial);
    expect(finding.rule).toBe('activity-retention');
    expect(finding.message).toContain('"Payment data"');
    expect(finding.message).not.toContain('"Contact details"');
  });

  it('asks for a consent mechanism under explicit consent for special-category data', () => {
    const snapshot = withActivity({ specialCategoryCondition: 'art9_2_a' }, { dataCategories: [make.dataCategory({ special: true })] });
    expect(rulesOf(snapshot)).toEqual(['consent-mechanism', 'consent-withdrawal']);
  });

  it('checks only active activities, of the controller record for notice elements', () => {
    const broken = { dataSubjectCategoryIds: [], purpose: '' };
    expect(
      rulesOf(validSnapshot({ processingActivities: [make.activity(), make.activity({ id: 'x', status: 'retired', ...broken })] })),
    ).toEqual([]);
    expect(
      rulesOf(validSnapshot({ processingActivities: [make.activity(), make.activity({ id: 'x', status: 'draft', ...broken })] })),
    ).toEqual([]);
    const processor = make.activity({ id: 'p', role: 'processor', onBehalfOf: CLIENT, ...broken });
    expect(rulesOf(validSnapshot({ processingActivities: [make.activity(), processor] }))).toEqual([]);
  });

  it('ignores activities outside a policy scope', () => {
    const outside = make.activity({ id: 'x', dataSubjectCategoryIds: [], recipientIds: ['rcp-us'] });
    const snapshot = validSnapshot({
      processingActivities: [make.activity(), outside],
      // Our own staff abroad: no other party, so no module follows from the roles.
      recipients: [make.recipient(), make.recipient({ id: 'rcp-us', country: 'US', type: 'internal' })],
      transfers: [make.transfer({ id: 't-us', recipientId: 'rcp-us', sccModule: null })],
    });
    expect(rulesOf(snapshot)).toEqual(['activity-data-subjects', 'transfer-scc-module']);
    expect(rulesOf(snapshot, { activityIds: new Set(['act']) })).toEqual([]);
    expect(rulesOf(snapshot, { activityIds: new Set(['x']) })).toEqual(['activity-data-subjects', 'transfer-scc-module']);
  });
});

describe('reference rules', () => {
  it('checks that each reference points into the right collection', () => {
    const [finding] = checkCompliance(withActivity({ dataCategoryIds: ['rcp'] }));
    expect(finding.rule).toBe('dangling-reference');
    expect(finding.message).toContain('data category rcp, which does not exist');
  });

  it('flags a transfer whose recipient is gone and a tracker serving a retired activity', () => {
    const snapshot = validSnapshot({
      transfers: [make.transfer({ recipientId: 'gone' })],
      processingActivities: [make.activity(), { ...consentActivity, status: 'retired' }],
      trackers: [make.tracker({ category: 'marketing', processingActivityId: 'mkt' })],
    });
    expect(checkCompliance(snapshot).map((f) => [f.rule, f.entityType])).toEqual([
      ['dangling-reference', 'tracker'],
      ['dangling-reference', 'transfer'],
    ]);
  });
});

describe('transfer rules', () => {
  it('names the lapsed Privacy Shield decision, its end and the judgment', () => {
    const [finding] = checkCompliance(
      withUsTransfer({ mechanism: 'adequacy' }, { dpfCertified: true }, { asOf: '2021-06-01T00:00:00.000Z' }),
    );
    expect(finding.rule).toBe('transfer-adequacy-lapsed');
    expect(finding.message).toContain('Privacy Shield');
    expect(finding.message).toContain('2020-07-16');
    expect(finding.message).toContain('Schrems II');
    expect(finding.message).toContain('"Cloud Inc."');
  });

  it('judges adequacy on the given day rather than the snapshot instant', () => {
    const snapshot = withUsTransfer({ mechanism: 'adequacy' }, { dpfCertified: true });
    expect(rulesOf(snapshot)).toEqual([]);
    expect(rulesOf(snapshot, { onDate: '2022-01-01' })).toEqual(['transfer-adequacy-lapsed']);
    expect(rulesOf(snapshot, { onDate: '2018-01-01T00:00:00Z' })).toEqual([]);
  });

  it('covers a US recipient under adequacy only when it is certified', () => {
    const [finding] = checkCompliance(withUsTransfer({ mechanism: 'adequacy' }));
    expect(finding.rule).toBe('transfer-adequacy');
    expect(finding.message).toContain('not recorded as certified');
  });

  it('accepts a country with a decision in force and refuses it before the decision was adopted', () => {
    const brazil = validSnapshot({
      recipients: [make.recipient({ country: 'BR' })],
      transfers: [make.transfer({ country: 'BR', mechanism: 'adequacy' })],
    });
    expect(rulesOf(brazil)).toEqual([]);
    expect(rulesOf(brazil, { onDate: '2025-12-31' })).toEqual(['transfer-adequacy']);
  });

  it('says why a DPF transfer fails: not the US, not certified, not yet in force', () => {
    const [canada] = checkCompliance(withUsTransfer({ mechanism: 'dpf', country: 'CA' }, { country: 'CA', dpfCertified: true }));
    expect(canada.message).toContain('not the United States');
    const [early] = checkCompliance(withUsTransfer({ mechanism: 'dpf' }, { dpfCertified: true }, { asOf: '2022-05-01T00:00:00.000Z' }));
    expect(early.message).toContain('not in force on 2022-05-01');
    expect(early.message).not.toContain('certified,');
  });

  it('does not ask for a mechanism for an EEA destination, only warns', () => {
    expect(
      rulesOf(validSnapshot({ transfers: [make.transfer({ country: 'FR', mechanism: 'scc', sccModule: null, copyAvailable: false })] })),
    ).toEqual(['transfer-country-mismatch', 'transfer-inside-eea']);
  });

  it('does not ask for a copy of safeguards for adequacy or a plain derogation', () => {
    expect(rulesOf(withUsTransfer({ mechanism: 'dpf', copyAvailable: false }, { dpfCertified: true }))).toEqual([]);
    expect(rulesOf(withUsTransfer({ mechanism: 'derogation', derogation: 'a', copyAvailable: false }))).toEqual([]);
  });

  it('names the activities that use a recipient abroad with no transfer', () => {
    const [finding] = checkCompliance(validSnapshot({ recipients: [make.recipient({ name: 'Cloud Inc.', country: 'US' })] }));
    expect(finding.message).toContain('"Cloud Inc." is in US');
    expect(finding.message).toContain('"Orders"');
  });
});

describe('transparency rules', () => {
  it('takes browser settings or image blocking alone as no withdrawal, but not when a channel of ours is offered too', () => {
    expect(browserOnlyWithdrawal('Disable automatic image loading in your e-mail program.')).toBe(true);
    expect(browserOnlyWithdrawal('Use the privacy extension of your browser.')).toBe(true);
    expect(browserOnlyWithdrawal('Click the unsubscribe link, or block images.')).toBe(false);
    expect(browserOnlyWithdrawal('Switch the option off in the app settings.')).toBe(false);
    expect(browserOnlyWithdrawal(null)).toBe(false);
  });

  it('asks no joint-controller record of a first-party or strictly necessary tracker', () => {
    const snapshot = validSnapshot({
      trackers: [
        make.tracker({ party: 'third', provider: 'CDN Ltd' }),
        make.tracker({ id: 'trk2', party: 'first', category: 'strictly_necessary' }),
      ],
    });
    expect(rulesOf(snapshot)).toEqual([]);
  });

  it('checks joint controllers only when an activity in scope uses them', () => {
    const snapshot = validSnapshot({ recipients: [make.recipient(), make.recipient({ id: 'jc', type: 'joint_controller' })] });
    expect(rulesOf(snapshot)).toEqual([]);
  });
});

describe('tracker rules', () => {
  it('says why a tracker is not covered by consent', () => {
    const legitimate = make.activity({ id: 'li', name: 'Analytics', legalBasis: 'art6_1_f', legitimateInterest: 'Statistics' });
    const snapshot = validSnapshot({
      processingActivities: [make.activity(), legitimate],
      trackers: [make.tracker({ category: 'analytics', processingActivityId: 'li' })],
    });
    const [finding] = checkCompliance(snapshot);
    expect(finding.rule).toBe('tracker-consent');
    expect(finding.message).toContain('"Analytics"');
    expect(finding.message).toContain('legitimate interests, not consent');
    const draft = validSnapshot({
      processingActivities: [make.activity(), { ...consentActivity, status: 'draft' }],
      trackers: [make.tracker({ category: 'functional', processingActivityId: 'mkt' })],
    });
    expect(checkCompliance(draft).map((f) => f.message)).toEqual([expect.stringContaining('draft, not an active activity')]);
  });

  it('checks in a policy scope the trackers of its service, of its activities, or the ones it is given', () => {
    const snapshot = validSnapshot({
      trackers: [
        make.tracker({ id: 'on-svc', category: 'marketing', serviceIds: ['svc'] }),
        make.tracker({ id: 'elsewhere', category: 'marketing', serviceIds: ['other'] }),
      ],
      services: [make.service(), make.service({ id: 'other', name: 'Blog', slug: 'blog' })],
    });
    const trackersFlagged = (options: Parameters<typeof checkCompliance>[1]) => checkCompliance(snapshot, options).map((f) => f.entityId);
    const activityIds = new Set(['act']);
    expect(trackersFlagged({ activityIds })).toEqual([]);
    expect(trackersFlagged({ activityIds, serviceId: 'svc' })).toEqual(['on-svc']);
    expect(trackersFlagged({ activityIds, serviceId: null })).toEqual(['elsewhere', 'on-svc']);
    expect(trackersFlagged({ activityIds, trackerIds: new Set(['elsewhere']) })).toEqual(['elsewhere']);
    expect(only(checkCompliance(snapshot), 'tracker-consent')).toHaveLength(2);
  });
});

describe('rules where the controller stands', () => {
  const swissController = make.controller({
    registeredAddress: { street: 'Bahnhofstrasse 1', postalCode: '8001', city: 'Zürich', country: 'CH' },
    representative: { name: 'EU Rep GmbH', email: 'rep@example.eu', address: 'Berlin' },
    supervisoryAuthority: { name: 'FDPIC', country: 'CH', website: null },
    minimumAge: 13,
    notApplicable: {},
  });

  it('needs no transfer for a recipient in the own country of a controller outside the EEA', () => {
    const snapshot = validSnapshot({
      controller: swissController,
      recipients: [make.recipient({ name: 'Swiss Federal Tax Administration', type: 'public_authority', country: 'CH' })],
    });
    expect(checkCompliance(snapshot)).toEqual([]);
    // The same recipient is a third-country one for an EEA controller.
    expect(rulesOf(validSnapshot({ recipients: snapshot.recipients }))).toEqual(['recipient-transfer-missing']);
  });

  it('warns that a transfer recorded to the controller’s own country is no transfer', () => {
    const snapshot = validSnapshot({
      controller: swissController,
      recipients: [make.recipient({ country: 'CH' })],
      transfers: [make.transfer({ country: 'CH', mechanism: 'adequacy', sccModule: null })],
    });
    const findings = checkCompliance(snapshot);
    expect(findings.map((f) => f.rule)).toEqual(['transfer-inside-eea']);
    expect(findings[0].message).toContain('where we are established');
  });

  it('does not judge the age of digital consent for a controller outside the EEA', () => {
    const snapshot = validSnapshot({ controller: swissController, processingActivities: [make.activity(), consentActivity] });
    expect(rulesOf(snapshot)).not.toContain('child-consent-age');
  });

  it('counts the recipient’s country, not just any transfer, for a recipient abroad', () => {
    const snapshot = validSnapshot({
      recipients: [make.recipient({ country: 'IN' })],
      transfers: [make.transfer({ country: 'US' })],
    });
    expect(rulesOf(snapshot)).toContain('recipient-transfer-missing');
  });
});
