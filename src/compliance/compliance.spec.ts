import { describe, expect, it } from '@jest/globals';
import type { RegistrySnapshot } from '../snapshot/registry-snapshot';
import { make, validSnapshot } from '../snapshot/testing/snapshot-factory';
import { checkCompliance, COMPLIANCE_RULES } from './compliance';

const usRecipient = make.recipient({ id: 'rcp', country: 'US', name: 'Cloud Inc.' });

/** Each rule, a change of one fact that must make it fire. */
const FIRES: [string, () => RegistrySnapshot][] = [
  ['controller-identity', () => validSnapshot({ controller: null })],
  ['controller-dpo', () => validSnapshot({ controller: make.controller({ dpo: null }) })],
  [
    'controller-representative',
    () =>
      validSnapshot({
        controller: make.controller({ registeredAddress: { street: 's', postalCode: 'p', city: 'c', country: 'US' }, notApplicable: {} }),
      }),
  ],
  ['activity-data-subjects', () => validSnapshot({ processingActivities: [make.activity({ dataSubjectCategoryIds: [] })] })],
  ['activity-data-categories', () => validSnapshot({ processingActivities: [make.activity({ dataCategoryIds: [] })] })],
  ['activity-retention', () => validSnapshot({ processingActivities: [make.activity({ retentionRuleId: null })] })],
  ['activity-security', () => validSnapshot({ processingActivities: [make.activity({ securityMeasureIds: [] })] })],
  ['legitimate-interest-stated', () => validSnapshot({ processingActivities: [make.activity({ legalBasis: 'art6_1_f' })] })],
  ['legal-obligation-named', () => validSnapshot({ processingActivities: [make.activity({ legalBasis: 'art6_1_c' })] })],
  ['consent-mechanism', () => validSnapshot({ processingActivities: [make.activity({ legalBasis: 'art6_1_a' })] })],
  ['special-category-condition', () => validSnapshot({ dataCategories: [make.dataCategory({ special: true })] })],
  ['criminal-data-authorisation', () => validSnapshot({ dataCategories: [make.dataCategory({ criminal: true })] })],
  ['recipient-transfer-missing', () => validSnapshot({ recipients: [usRecipient] })],
  [
    'transfer-adequacy',
    () =>
      validSnapshot({
        recipients: [make.recipient({ country: 'IN' })],
        transfers: [make.transfer({ country: 'IN', mechanism: 'adequacy', sccModule: null })],
      }),
  ],
  ['transfer-dpf', () => validSnapshot({ recipients: [usRecipient], transfers: [make.transfer({ mechanism: 'dpf', sccModule: null })] })],
  ['transfer-scc-module', () => validSnapshot({ recipients: [usRecipient], transfers: [make.transfer({ sccModule: null })] })],
  [
    'transfer-derogation-ground',
    () => validSnapshot({ recipients: [usRecipient], transfers: [make.transfer({ mechanism: 'derogation', sccModule: null })] }),
  ],
  ['transfer-copy-of-safeguards', () => validSnapshot({ recipients: [usRecipient], transfers: [make.transfer({ copyAvailable: false })] })],
  ['transfer-inside-eea', () => validSnapshot({ transfers: [make.transfer({ country: 'DE' })] })],
  [
    'transfer-country-mismatch',
    () =>
      validSnapshot({ recipients: [usRecipient], transfers: [make.transfer({ country: 'GB', mechanism: 'adequacy', sccModule: null })] }),
  ],
  [
    'automated-decision-information',
    () => validSnapshot({ processingActivities: [make.activity({ automatedDecision: { logic: ' ', significance: 'x' } })] }),
  ],
  ['tracker-consent', () => validSnapshot({ trackers: [make.tracker({ category: 'analytics' })] })],
  [
    'processor-on-behalf-of',
    () => validSnapshot({ processingActivities: [make.activity(), make.activity({ id: 'proc', role: 'processor' })] }),
  ],
  ['dangling-reference', () => validSnapshot({ processingActivities: [make.activity({ recipientIds: ['gone'] })] })],
  [
    'dpia-incomplete',
    () => validSnapshot({ processingActivities: [make.activity({ dpia: { required: true, status: 'in_progress', reference: null } })] }),
  ],
];

const rulesOf = (snapshot: RegistrySnapshot) => checkCompliance(snapshot).map((f) => f.rule);

describe('checkCompliance', () => {
  it('finds nothing in a complete registry', () => {
    expect(checkCompliance(validSnapshot())).toEqual([]);
  });

  it('has a firing test for every rule in the catalogue', () => {
    expect(FIRES.map(([rule]) => rule).sort()).toEqual(COMPLIANCE_RULES.map((r) => r.id).sort());
  });

  it.each(FIRES)('fires %s when its fact is broken', (rule, build) => {
    expect(rulesOf(build())).toContain(rule);
  });

  it('accepts an explicit "not applicable" with a reason instead of retention or security', () => {
    const activity = make.activity({
      retentionRuleId: null,
      securityMeasureIds: [],
      notApplicable: { retention: 'Deleted at once.', securityMeasures: 'Paper only.' },
    });
    expect(rulesOf(validSnapshot({ processingActivities: [activity] }))).toEqual([]);
  });

  it('accepts retention per data category covering every category', () => {
    const activity = make.activity({ retentionRuleId: null, retentionByCategory: [{ dataCategoryId: 'cat', retentionRuleId: 'ret' }] });
    expect(rulesOf(validSnapshot({ processingActivities: [activity] }))).toEqual([]);
  });

  it('names the lapsed Privacy Shield decision for an adequacy transfer to an uncertified US recipient in 2021', () => {
    const snapshot = validSnapshot({
      asOf: '2021-06-01T00:00:00.000Z',
      recipients: [usRecipient],
      transfers: [make.transfer({ mechanism: 'adequacy', sccModule: null })],
    });
    const finding = checkCompliance(snapshot).find((f) => f.rule === 'transfer-adequacy');
    expect(finding?.message).toContain('Privacy Shield');
    expect(finding?.message).toContain('Schrems II');
  });

  it('accepts the DPF for a certified US recipient and adequacy for the UK', () => {
    const ok = validSnapshot({
      recipients: [make.recipient({ country: 'US', dpfCertified: true }), make.recipient({ id: 'uk', country: 'GB' })],
      transfers: [
        make.transfer({ mechanism: 'dpf', sccModule: null }),
        make.transfer({ id: 't2', recipientId: 'uk', country: 'GB', mechanism: 'adequacy', sccModule: null }),
      ],
      processingActivities: [make.activity({ recipientIds: ['rcp', 'uk'] })],
    });
    expect(rulesOf(ok)).toEqual([]);
  });

  it('accepts a marketing tracker tied to an active consent-based activity', () => {
    const consent = make.activity({ id: 'mkt', legalBasis: 'art6_1_a', consentMechanism: 'Cookie banner' });
    const snapshot = validSnapshot({
      processingActivities: [make.activity(), consent],
      trackers: [make.tracker({ category: 'marketing', processingActivityId: 'mkt' })],
    });
    expect(rulesOf(snapshot)).toEqual([]);
  });

  it('ignores retired and draft activities and, in a policy scope, activities outside it', () => {
    const broken = make.activity({ id: 'x', dataSubjectCategoryIds: [] });
    expect(rulesOf(validSnapshot({ processingActivities: [make.activity(), { ...broken, status: 'retired' }] }))).toEqual([]);
    expect(rulesOf(validSnapshot({ processingActivities: [make.activity(), { ...broken, status: 'draft' }] }))).toEqual([]);
    const scoped = checkCompliance(validSnapshot({ processingActivities: [make.activity(), broken] }), { activityIds: new Set(['act']) });
    expect(scoped).toEqual([]);
  });

  it('orders errors before warnings', () => {
    const findings = checkCompliance(
      validSnapshot({ controller: make.controller({ dpo: null }), processingActivities: [make.activity({ securityMeasureIds: [] })] }),
    );
    expect(findings.map((f) => f.severity)).toEqual(['error', 'warning']);
  });
});
