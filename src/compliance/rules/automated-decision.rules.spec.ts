import { make } from '../../snapshot/testing/snapshot-factory';
import { withActivity } from '../testing/fixtures';
import { ruleFrom, testRule } from '../testing/rule-tester';
import { AUTOMATED_DECISION_RULES } from './automated-decision.rules';

const rule = ruleFrom(AUTOMATED_DECISION_RULES);
const act = { entityType: 'processing_activity', entityId: 'act' } as const;
const safeguards = {
  humanIntervention: 'Ask our credit team to look at your application again.',
  expressView: 'Reply to the decision e-mail with anything we should know.',
  contest: 'Write to credit@example.com; a manager decides within 14 days.',
};
const outsideArt22 = {
  name: 'a decision recorded as outside Art. 22(1)',
  snapshot: withActivity({ automatedDecision: make.automatedDecision({ art22Applies: false }) }),
};
const covered = {
  name: 'a decision Art. 22(1) covers, necessary for the contract, with the three safeguards',
  snapshot: withActivity({ automatedDecision: make.automatedDecision({ art22Applies: true, exception: 'contract', ...safeguards }) }),
};

testRule(rule('automated-decision-art22-assessed'), {
  valid: [outsideArt22, covered],
  invalid: [
    {
      name: 'an automated decision whose Art. 22(1) applicability is not recorded',
      snapshot: withActivity({ automatedDecision: make.automatedDecision() }),
      findings: [{ ...act, includes: ['art22Applies', 'Art. 22(2)'] }],
    },
  ],
});

testRule(rule('automated-decision-art22-safeguards'), {
  valid: [
    outsideArt22,
    covered,
    {
      name: 'a decision the law allows, naming the law, with the safeguards',
      snapshot: withActivity({
        automatedDecision: make.automatedDecision({
          art22Applies: true,
          exception: 'law',
          exceptionLaw: 'Banking Act, Art. 105a',
          ...safeguards,
        }),
      }),
    },
  ],
  invalid: [
    {
      name: 'a decision Art. 22(1) covers with no exception and no safeguard',
      snapshot: withActivity({ automatedDecision: make.automatedDecision({ art22Applies: true }) }),
      findings: [{ ...act, includes: ['exception', 'humanIntervention', 'expressView', 'contest'] }],
    },
    {
      name: 'the law exception without the law',
      snapshot: withActivity({ automatedDecision: make.automatedDecision({ art22Applies: true, exception: 'law', ...safeguards }) }),
      findings: [{ ...act, includes: ['exceptionLaw'], excludes: ['humanIntervention'] }],
    },
    {
      name: 'explicit consent without a way to contest',
      snapshot: withActivity({
        automatedDecision: make.automatedDecision({ art22Applies: true, exception: 'explicit_consent', ...safeguards, contest: ' ' }),
      }),
      findings: [{ ...act, includes: ['contest', "Art. 22(2)(c) the person's explicit consent"], excludes: ['expressView'] }],
    },
  ],
});
