import { describe, expect, it } from '@jest/globals';
import { make, validSnapshot } from '../../snapshot/testing/snapshot-factory';
import { translatedInto, withoutTranslation } from '../../snapshot/testing/translate';
import { checkCompliance } from '../compliance';
import { only } from '../testing/fixtures';
import { ruleFrom, testRule } from '../testing/rule-tester';
import { TRANSLATION_RULES } from './translation.rules';

const rule = ruleFrom(TRANSLATION_RULES);

testRule(rule('translation-missing'), {
  valid: [
    { name: 'a registry translated into Polish', snapshot: translatedInto(validSnapshot(), 'pl'), options: { languages: ['pl'] } },
    {
      name: "a policy whose title is translated into each language but the registry's own",
      snapshot: translatedInto(validSnapshot(), 'pl'),
      options: {
        languages: ['en', 'pl'],
        policyTitle: { policyId: 'pol', title: 'Privacy notice', translated: { pl: 'Informacja o prywatności' } },
      },
    },
  ],
  invalid: [
    {
      name: 'names the entity, the field and the language of a missing translation',
      snapshot: withoutTranslation(translatedInto(validSnapshot(), 'pl'), 'processing_activity', 'act', 'purpose'),
      options: { languages: ['pl'] },
      findings: [
        {
          entityType: 'processing_activity',
          entityId: 'act',
          message: 'Processing activity "Orders" has no pl translation of purpose; a pl notice cannot use the English text.',
        },
      ],
    },
    {
      name: "a policy's title without its translation into one of the policy's languages",
      snapshot: translatedInto(validSnapshot(), 'pl'),
      options: {
        languages: ['en', 'pl'],
        policyTitle: { policyId: 'pol', title: 'Privacy notice', translated: { de: 'Datenschutzhinweis' } },
      },
      findings: [
        {
          entityType: 'policy',
          entityId: 'pol',
          message:
            'Policy "Privacy notice" has no pl translation of its title (translations.pl.title); a pl notice cannot open with the English title.',
        },
      ],
    },
  ],
});

describe('translation rules', () => {
  it('checks only what reaches the policy, in each of its languages', () => {
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
});

describe('translation-missing asks only for what the notice prints', () => {
  const polish = (snapshot: ReturnType<typeof validSnapshot>) =>
    only(checkCompliance(snapshot, { languages: ['pl'] }), 'translation-missing');
  const withActivity = (activity: Partial<ReturnType<typeof make.activity>>) => {
    const base = validSnapshot();
    return translatedInto({ ...base, processingActivities: [{ ...base.processingActivities[0], ...activity }] }, 'pl');
  };

  it('does not ask for a legitimate interest the notice leaves out (basis b), and asks for it under basis f', () => {
    const contract = withoutTranslation(
      withActivity({ legalBasis: 'art6_1_b', legitimateInterest: 'Old note' }),
      'processing_activity',
      'act',
      'legitimateInterest',
    );
    expect(polish(contract)).toEqual([]);
    const interests = withoutTranslation(
      withActivity({ legalBasis: 'art6_1_f', legitimateInterest: 'Fraud prevention', legitimateInterestAssessment: 'LIA 1' }),
      'processing_activity',
      'act',
      'legitimateInterest',
    );
    expect(polish(interests).map((f) => f.message)).toEqual([
      'Processing activity "Orders" has no pl translation of legitimateInterest; a pl notice cannot use the English text.',
    ]);
  });

  it('does not ask for the consent texts of an activity that rests on no consent', () => {
    const snapshot = withoutTranslation(
      withActivity({ legalBasis: 'art6_1_b', consentMechanism: 'A box' }),
      'processing_activity',
      'act',
      'consentMechanism',
    );
    expect(polish(snapshot)).toEqual([]);
  });

  it("never asks for a recipient's legal name, and still asks for a category of recipients", () => {
    const recipientWith = (legalEntity: boolean) => {
      const base = validSnapshot();
      return withoutTranslation(
        translatedInto({ ...base, recipients: [{ ...base.recipients[0], legalEntity }] }, 'pl'),
        'recipient',
        base.recipients[0].id,
        'name',
      );
    };
    expect(polish(recipientWith(true))).toEqual([]);
    expect(polish(recipientWith(false)).map((f) => f.message)).toEqual([
      'Recipient "Hosting Ltd" has no pl translation of name; a pl notice cannot use the English text.',
    ]);
  });

  it("never asks for the supervisory authority's own name, and uses a translation where one is given", () => {
    const snapshot = withoutTranslation(
      translatedInto(validSnapshot(), 'pl'),
      'controller',
      validSnapshot().controller!.id,
      'supervisoryAuthority.name',
    );
    expect(polish(snapshot)).toEqual([]);
    // The rule did look: dropping a printed text is a finding.
    const purpose = withoutTranslation(translatedInto(validSnapshot(), 'pl'), 'processing_activity', 'act', 'purpose');
    expect(polish(purpose)).toHaveLength(1);
  });
});
