import { describe, expect, it } from '@jest/globals';
import { upgradeAfterState } from '../src/domain/audit-upgrade';
import { truthfulPolicyUpgrade } from './1796100000000-TruthfulPolicy';

describe('TruthfulPolicy1796100000000: events written before it', () => {
  it("give the new facts the columns' defaults: no withdrawal text, no direct marketing, no joint arrangement, not service users", () => {
    expect(upgradeAfterState({ name: 'Newsletter' }, 'processing_activity', [truthfulPolicyUpgrade])).toEqual({
      name: 'Newsletter',
      consentWithdrawal: null,
      directMarketing: false,
    });
    expect(upgradeAfterState({}, 'recipient', [truthfulPolicyUpgrade])).toEqual({ jointArrangement: null, contactPoint: null });
    expect(upgradeAfterState({}, 'data_subject_category', [truthfulPolicyUpgrade])).toEqual({ usesServices: false });
  });

  it('keep what an event written after it holds', () => {
    const after = { consentWithdrawal: 'Unsubscribe link', directMarketing: true };
    expect(upgradeAfterState(after, 'processing_activity', [truthfulPolicyUpgrade])).toEqual(after);
  });
});
