import { describe, expect, it } from '@jest/globals';
import type { LegalBasis } from '../../domain/vocabulary';
import { make, validSnapshot } from '../../snapshot/testing/snapshot-factory';
import { CLIENT, rulesOf, withActivity } from '../testing/fixtures';
import { ruleFrom, testRule, type ExpectedFinding } from '../testing/rule-tester';
import { ACTIVITY_RULES } from './activity.rules';

const rule = ruleFrom(ACTIVITY_RULES);
const act: ExpectedFinding = { entityType: 'processing_activity', entityId: 'act' };
const complete = { name: 'a complete registry', snapshot: validSnapshot() };
const special = { dataCategories: [make.dataCategory({ special: true })] };
const criminal = { dataCategories: [make.dataCategory({ criminal: true })] };
const thirdParty = { dataCategories: [make.dataCategory({ collection: 'third_party' })] };
const twoCategories = { dataCategories: [make.dataCategory(), make.dataCategory({ id: 'cat2', name: 'Payment data' })] };

testRule(rule('activity-purpose'), {
  valid: [complete],
  invalid: [{ name: 'a blank purpose', snapshot: withActivity({ purpose: '  ' }), findings: [act] }],
});

testRule(rule('activity-legal-basis'), {
  valid: [complete],
  invalid: [{ name: 'no legal basis', snapshot: withActivity({ legalBasis: null as unknown as LegalBasis }), findings: [act] }],
});

testRule(rule('activity-data-subjects'), {
  valid: [complete],
  invalid: [{ name: 'no data subject category', snapshot: withActivity({ dataSubjectCategoryIds: [] }), findings: [act] }],
});

testRule(rule('activity-data-categories'), {
  valid: [complete],
  invalid: [{ name: 'no data category', snapshot: withActivity({ dataCategoryIds: [] }), findings: [act] }],
});

testRule(rule('activity-retention'), {
  valid: [
    {
      name: 'no retention rule, with the reason why',
      snapshot: withActivity({ retentionRuleId: null, notApplicable: { retention: 'Deleted as soon as the reply is sent.' } }),
    },
    {
      name: 'retention per data category that covers every category',
      snapshot: withActivity(
        {
          retentionRuleId: null,
          dataCategoryIds: ['cat', 'cat2'],
          retentionByCategory: [
            { dataCategoryId: 'cat', retentionRuleId: 'ret' },
            { dataCategoryId: 'cat2', retentionRuleId: 'ret' },
          ],
        },
        twoCategories,
      ),
    },
  ],
  invalid: [
    { name: 'no retention rule and no reason', snapshot: withActivity({ retentionRuleId: null }), findings: [act] },
    {
      name: 'a blank reason for "not applicable"',
      snapshot: withActivity({ retentionRuleId: null, notApplicable: { retention: ' ' } }),
      findings: [act],
    },
    {
      name: 'retention per data category that leaves one out, named',
      snapshot: withActivity(
        {
          retentionRuleId: null,
          dataCategoryIds: ['cat', 'cat2'],
          retentionByCategory: [{ dataCategoryId: 'cat', retentionRuleId: 'ret' }],
        },
        twoCategories,
      ),
      findings: [{ ...act, includes: ['"Payment data"'], excludes: ['"Contact details"'] }],
    },
  ],
});

testRule(rule('activity-security'), {
  valid: [
    {
      name: 'no measures, with the reason why',
      snapshot: withActivity({ securityMeasureIds: [], notApplicable: { securityMeasures: 'Covered by the group policy.' } }),
    },
  ],
  invalid: [{ name: 'no measures and no reason', snapshot: withActivity({ securityMeasureIds: [] }), findings: [act] }],
});

testRule(rule('legitimate-interest-stated'), {
  valid: [{ name: 'the interest stated', snapshot: withActivity({ legalBasis: 'art6_1_f', legitimateInterest: 'Preventing fraud.' }) }],
  invalid: [{ name: 'a blank interest', snapshot: withActivity({ legalBasis: 'art6_1_f', legitimateInterest: ' ' }), findings: [act] }],
});

testRule(rule('legal-obligation-named'), {
  valid: [
    {
      name: 'the obligation named',
      snapshot: withActivity({ legalBasis: 'art6_1_c', legalObligation: 'Accounting Act, Art. 74', legalObligationJurisdiction: 'PL' }),
    },
  ],
  invalid: [
    { name: 'no obligation named', snapshot: withActivity({ legalBasis: 'art6_1_c', legalObligationJurisdiction: 'PL' }), findings: [act] },
  ],
});

testRule(rule('consent-mechanism'), {
  valid: [
    {
      name: 'the mechanism recorded',
      snapshot: withActivity({
        legalBasis: 'art6_1_a',
        consentMechanism: 'Unticked box in the sign-up form.',
        consentWithdrawal: 'The unsubscribe link in every e-mail.',
      }),
    },
  ],
  invalid: [
    {
      name: 'consent with no mechanism',
      snapshot: withActivity({ legalBasis: 'art6_1_a', consentWithdrawal: 'The unsubscribe link in every e-mail.' }),
      findings: [act],
    },
  ],
});

testRule(rule('special-category-condition'), {
  valid: [
    {
      name: 'the Art. 9(2) condition recorded',
      snapshot: withActivity(
        { specialCategoryCondition: 'art9_2_b', specialCategoryLaw: 'Labour Code, Art. 92', specialCategoryLawJurisdiction: 'PL' },
        special,
      ),
    },
  ],
  invalid: [{ name: 'special-category data with no condition', snapshot: validSnapshot(special), findings: [act] }],
});

testRule(rule('criminal-data-authorisation'), {
  valid: [
    { name: 'the authorisation recorded', snapshot: withActivity({ criminalDataAuthorisation: 'Labour Code, Art. 22(1b)' }, criminal) },
  ],
  invalid: [{ name: 'criminal-offence data with no authorisation', snapshot: validSnapshot(criminal), findings: [act] }],
});

testRule(rule('activity-source'), {
  valid: [
    { name: 'the source recorded', snapshot: withActivity({ sources: 'Your employer' }, thirdParty) },
    {
      name: 'why the source cannot be named recorded (Recital 61)',
      snapshot: withActivity({ sourceUnnamedReason: 'We combine many public business directories; we name their kinds.' }, thirdParty),
    },
  ],
  invalid: [{ name: 'data from a third party with no source', snapshot: validSnapshot(thirdParty), findings: [act] }],
});

testRule(rule('automated-decision-information'), {
  valid: [
    {
      name: 'the logic and significance recorded',
      snapshot: withActivity({
        automatedDecision: make.automatedDecision({
          logic: 'A fraud score from order data.',
          significance: 'Orders may be refused.',
          art22Applies: false,
        }),
      }),
    },
  ],
  invalid: [
    {
      name: 'a blank logic',
      snapshot: withActivity({
        automatedDecision: make.automatedDecision({ logic: ' ', significance: 'Orders may be refused.', art22Applies: false }),
      }),
      findings: [act],
    },
  ],
});

testRule(rule('processor-on-behalf-of'), {
  valid: [
    {
      name: 'the client named',
      snapshot: validSnapshot({
        processingActivities: [make.activity(), make.activity({ id: 'proc', role: 'processor', onBehalfOf: CLIENT })],
      }),
    },
  ],
  invalid: [
    {
      name: 'a processor activity that names no client',
      snapshot: validSnapshot({ processingActivities: [make.activity(), make.activity({ id: 'proc', role: 'processor' })] }),
      findings: [{ entityType: 'processing_activity', entityId: 'proc' }],
    },
  ],
});

testRule(rule('dpia-incomplete'), {
  valid: [{ name: 'a completed DPIA', snapshot: withActivity({ dpia: { required: true, status: 'completed', reference: 'DPIA-7' } }) }],
  invalid: [
    {
      name: 'a required DPIA in progress',
      snapshot: withActivity({ dpia: { required: true, status: 'in_progress', reference: null } }),
      findings: [act],
    },
  ],
});

describe('activity rules', () => {
  it('asks for a consent mechanism under explicit consent for special-category data', () => {
    const snapshot = withActivity({ specialCategoryCondition: 'art9_2_a' }, special);
    expect(rulesOf(snapshot)).toEqual(['consent-mechanism', 'consent-withdrawal']);
  });

  it('checks only active activities, of the controller record for notice elements', () => {
    const broken = { dataSubjectCategoryIds: [], purpose: '' };
    expect(
      rulesOf(
        validSnapshot({
          processingActivities: [
            make.activity(),
            make.activity({ id: 'x', status: 'retired', afterRetirement: { outcome: 'erased', details: null }, ...broken }),
          ],
        }),
      ),
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
