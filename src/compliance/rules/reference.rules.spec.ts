import { make, validSnapshot } from '../../snapshot/testing/snapshot-factory';
import { consentActivity, withActivity } from '../testing/fixtures';
import { ruleFrom, testRule } from '../testing/rule-tester';
import { REFERENCE_RULES } from './reference.rules';

const rule = ruleFrom(REFERENCE_RULES);

testRule(rule('dangling-reference'), {
  valid: [{ name: 'a complete registry', snapshot: validSnapshot() }],
  invalid: [
    {
      name: 'a recipient that does not exist',
      snapshot: withActivity({ recipientIds: ['gone'] }),
      findings: [{ entityType: 'processing_activity', entityId: 'act' }],
    },
    {
      name: 'checks that each reference points into the right collection',
      snapshot: withActivity({ dataCategoryIds: ['rcp'] }),
      findings: [{ entityType: 'processing_activity', entityId: 'act', includes: ['data category rcp, which does not exist'] }],
    },
    {
      name: 'a transfer whose recipient is gone and a tracker serving a retired activity',
      snapshot: validSnapshot({
        transfers: [make.transfer({ recipientId: 'gone' })],
        processingActivities: [
          make.activity(),
          { ...consentActivity, status: 'retired', afterRetirement: { outcome: 'erased', details: null } },
        ],
        trackers: [make.tracker({ category: 'marketing', processingActivityId: 'mkt' })],
      }),
      findings: [
        { entityType: 'tracker', entityId: 'trk' },
        { entityType: 'transfer', entityId: 'trf' },
      ],
    },
  ],
});
