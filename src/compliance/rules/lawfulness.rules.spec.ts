import { describe, expect, it } from '@jest/globals';
import { make, validSnapshot } from '../../snapshot/testing/snapshot-factory';
import { consentActivity, rulesOf, swissController, swissHost, withActivity } from '../testing/fixtures';
import { ruleFrom, testRule } from '../testing/rule-tester';
import { LAWFULNESS_RULES } from './lawfulness.rules';

const rule = ruleFrom(LAWFULNESS_RULES);
const act = { entityType: 'processing_activity', entityId: 'act' } as const;
const polishObligation = {
  name: 'a Polish obligation',
  snapshot: withActivity({ legalBasis: 'art6_1_c', legalObligation: 'Accounting Act, Art. 74', legalObligationJurisdiction: 'PL' }),
};

testRule(rule('legal-obligation-jurisdiction'), {
  valid: [polishObligation],
  invalid: [
    {
      name: 'an obligation under Swiss law',
      snapshot: withActivity({
        legalBasis: 'art6_1_c',
        legalObligation: 'Swiss Federal Act on Direct Federal Tax',
        legalObligationJurisdiction: 'CH',
      }),
      findings: [act],
    },
  ],
});

testRule(rule('legal-obligation-jurisdiction-outside-eea'), {
  valid: [
    {
      name: 'a Swiss controller naming the EU law that obliges it',
      snapshot: validSnapshot({
        recipients: [swissHost],
        controller: make.controller({ ...swissController, minimumAge: 16 }),
        processingActivities: [
          make.activity({
            legalBasis: 'art6_1_c',
            legalObligation: 'VAT Directive 2006/112/EC, Art. 242',
            legalObligationJurisdiction: 'EU',
          }),
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'a Swiss controller with an obligation of no recorded jurisdiction',
      snapshot: validSnapshot({
        recipients: [swissHost],
        controller: make.controller({ ...swissController, minimumAge: 16 }),
        processingActivities: [make.activity({ legalBasis: 'art6_1_c', legalObligation: 'Tax law' })],
      }),
      findings: [{ ...act, includes: ['outside the EEA (CH)', 'An error'] }],
    },
  ],
});

testRule(rule('legal-obligation-jurisdiction-recorded'), {
  valid: [
    {
      name: 'an EU obligation with its jurisdiction',
      snapshot: withActivity({
        legalBasis: 'art6_1_c',
        legalObligation: 'VAT Directive 2006/112/EC, Art. 242',
        legalObligationJurisdiction: 'EU',
      }),
    },
  ],
  invalid: [
    {
      name: 'an obligation with no jurisdiction',
      snapshot: withActivity({ legalBasis: 'art6_1_c', legalObligation: 'VAT Directive 2006/112/EC, Art. 242' }),
      findings: [act],
    },
  ],
});

testRule(rule('child-consent-age'), {
  valid: [
    {
      name: 'consent with the Polish age of digital consent',
      snapshot: validSnapshot({
        controller: make.controller({ minimumAge: 16 }),
        processingActivities: [make.activity(), consentActivity],
      }),
    },
  ],
  invalid: [
    {
      name: 'consent with a minimum age below the Polish one',
      snapshot: validSnapshot({
        controller: make.controller({ minimumAge: 13 }),
        processingActivities: [make.activity(), consentActivity],
      }),
      findings: [{ entityType: 'controller', entityId: 'controller', includes: ['only from 16', 'An error', 'Raise minimumAge to 16'] }],
    },
  ],
});

describe('lawfulness rules where the controller stands', () => {
  it('does not judge the age of digital consent for a controller outside the EEA', () => {
    const snapshot = validSnapshot({ controller: swissController, processingActivities: [make.activity(), consentActivity] });
    expect(rulesOf(snapshot)).not.toContain('child-consent-age');
  });
});

const payroll = (o: Parameters<typeof make.activity>[0]) =>
  withActivity(
    { name: 'Payroll', specialCategoryCondition: 'art9_2_b', ...o },
    { dataCategories: [make.dataCategory({ name: 'Sick notes', special: true })] },
  );

testRule(rule('special-category-law'), {
  valid: [
    {
      name: 'sick notes under Art. 9(2)(b), naming the Polish law',
      snapshot: payroll({ specialCategoryLaw: 'Labour Code, Art. 92', specialCategoryLawJurisdiction: 'PL' }),
    },
    { name: 'a condition that rests on no law (legal claims)', snapshot: payroll({ specialCategoryCondition: 'art9_2_f' }) },
  ],
  invalid: [
    {
      name: 'sick notes under Art. 9(2)(b) without the law',
      snapshot: payroll({}),
      findings: [{ ...act, includes: ['specialCategoryLaw', 'specialCategoryLawJurisdiction', 'Art. 9(2)(b)'] }],
    },
    {
      name: 'the law named, not whose it is',
      snapshot: payroll({ specialCategoryLaw: 'Labour Code, Art. 92' }),
      findings: [{ ...act, includes: ['specialCategoryLawJurisdiction'], excludes: ['(specialCategoryLaw)'] }],
    },
    {
      name: 'the law of a third country',
      snapshot: payroll({ specialCategoryLaw: 'Fair Labor Standards Act', specialCategoryLawJurisdiction: 'US' }),
      findings: [{ ...act, includes: ['law of US', 'neither Union nor Member State law'] }],
    },
  ],
});
