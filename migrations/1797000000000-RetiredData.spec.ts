import { describe, expect, it } from '@jest/globals';
import { upgradeAfterState } from '../src/domain/audit-upgrade';
import { retiredDataUpgrade } from './1797000000000-RetiredData';

describe('RetiredData1797000000000: events written before it', () => {
  it('read a retired activity of before as saying nothing of what became of its data', () => {
    expect(upgradeAfterState({ name: 'Old newsletter', status: 'retired' }, 'processing_activity', [retiredDataUpgrade])).toEqual({
      name: 'Old newsletter',
      status: 'retired',
      afterRetirement: null,
    });
  });

  it('keep what an event written after it holds', () => {
    const after = { status: 'retired', afterRetirement: { outcome: 'erased', details: null } };
    expect(upgradeAfterState(after, 'processing_activity', [retiredDataUpgrade])).toEqual(after);
  });
});
