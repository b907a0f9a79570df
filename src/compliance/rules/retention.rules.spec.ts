import { make, validSnapshot } from '../../snapshot/testing/snapshot-factory';
import { withActivity } from '../testing/fixtures';
import { ruleFrom, testRule } from '../testing/rule-tester';
import { RETENTION_RULES } from './retention.rules';

const rule = ruleFrom(RETENTION_RULES);
const act = { entityType: 'processing_activity', entityId: 'act' } as const;
const whileTheInterestLasts = make.retentionRule({
  id: 'ret-interest',
  name: 'While our legitimate interest lasts',
  period: null,
  trigger: 'other',
  criteria: 'For as long as we pursue the legitimate interest concerned.',
});

testRule(rule('retention-limit'), {
  valid: [
    { name: 'a period after the contract ends', snapshot: validSnapshot() },
    {
      name: 'no period, until the claims expire (an objective event)',
      snapshot: validSnapshot({
        retentionRules: [make.retentionRule({ period: null, trigger: 'claims_expiry', criteria: 'Until claims expire.' })],
      }),
    },
    {
      name: 'an open-ended rule that no activity uses',
      snapshot: validSnapshot({ retentionRules: [make.retentionRule(), whileTheInterestLasts] }),
    },
  ],
  invalid: [
    {
      name: '"while our legitimate interest lasts"',
      snapshot: validSnapshot({ retentionRules: [{ ...whileTheInterestLasts, id: 'ret' }] }),
      findings: [{ ...act, includes: ['"While our legitimate interest lasts"', 'Art. 5(1)(e)'] }],
    },
    {
      name: 'a rule per data category that counts from collection and never ends',
      snapshot: withActivity(
        { retentionRuleId: null, retentionByCategory: [{ dataCategoryId: 'cat', retentionRuleId: 'ret-open' }] },
        { retentionRules: [make.retentionRule({ id: 'ret-open', name: 'From collection', period: null, trigger: 'collection' })] },
      ),
      findings: [{ ...act, includes: ['"From collection"'] }],
    },
  ],
});

const retired = (
  afterRetirement: { outcome: 'erased' | 'returned_to_controller'; details: string | null } | null,
  role = 'controller' as const,
) => withActivity({ status: 'retired', retiredAt: '2026-06-30T00:00:00.000Z', afterRetirement, role });

testRule(rule('retired-data-outcome'), {
  valid: [
    { name: 'an active activity (it has a running retention)', snapshot: validSnapshot() },
    { name: 'a retired activity whose data were erased', snapshot: retired({ outcome: 'erased', details: 'On 1 July 2026.' }) },
    {
      name: "checked for a policy's scope: a retired activity is in no notice",
      snapshot: validSnapshot({
        processingActivities: [make.activity(), make.activity({ id: 'x', ref: 'x', status: 'retired', afterRetirement: null })],
      }),
      options: { activityIds: new Set(['act']) },
    },
  ],
  invalid: [
    {
      name: 'a retired activity that says nothing of its data',
      snapshot: retired(null),
      findings: [{ ...act, includes: ['afterRetirement', 'Art. 5(1)(e)', 'Art. 30(1)(f)'] }],
    },
  ],
});
