import { make } from '../../snapshot/testing/snapshot-factory';
import { withActivity } from '../testing/fixtures';
import { ruleFrom, testRule } from '../testing/rule-tester';
import { DPIA_RULES } from './dpia.rules';

const rule = ruleFrom(DPIA_RULES);
const automatedDecision = make.automatedDecision({ logic: 'A score from order history.', significance: 'Refusal.', art22Applies: false });

testRule(rule('dpia-high-risk'), {
  valid: [
    {
      name: 'profiling and automated decisions, with a DPIA recorded',
      snapshot: withActivity({ profiling: true, automatedDecision, dpia: { required: true, status: 'completed', reference: 'DPIA-1' } }),
    },
  ],
  invalid: [
    {
      name: 'profiling and automated decisions, no DPIA recorded',
      snapshot: withActivity({ profiling: true, automatedDecision }),
      findings: [{ entityType: 'processing_activity', entityId: 'act' }],
    },
  ],
});
