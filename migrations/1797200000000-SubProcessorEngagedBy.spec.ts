import { describe, expect, it } from '@jest/globals';
import { upgradeAfterState } from '../src/domain/audit-upgrade';
import { subProcessorEngagedByUpgrade } from './1797200000000-SubProcessorEngagedBy';

describe('SubProcessorEngagedBy1797200000000: events written before it', () => {
  it('read a recipient of before as engaged by no one recorded', () => {
    expect(upgradeAfterState({ name: 'Support desk', type: 'sub_processor' }, 'recipient', [subProcessorEngagedByUpgrade])).toEqual({
      name: 'Support desk',
      type: 'sub_processor',
      engagedBy: null,
    });
  });

  it('keep what an event written after it holds', () => {
    const after = { type: 'sub_processor', engagedBy: '00000000-0000-4000-8000-000000000001' };
    expect(upgradeAfterState(after, 'recipient', [subProcessorEngagedByUpgrade])).toEqual(after);
  });
});
