import { describe, expect, it } from '@jest/globals';
import { upgradeAfterState } from '../src/domain/audit-upgrade';
import { videoSurveillanceUpgrade } from './1796960000000-VideoSurveillance';

describe('VideoSurveillance1796960000000: events written before it', () => {
  it('read a data category as no video surveillance', () => {
    expect(upgradeAfterState({ name: 'E-mail' }, 'data_category', [videoSurveillanceUpgrade])).toEqual({
      name: 'E-mail',
      videoSurveillance: false,
    });
  });

  it('keep what an event written after it holds', () => {
    expect(upgradeAfterState({ videoSurveillance: true }, 'data_category', [videoSurveillanceUpgrade])).toEqual({
      videoSurveillance: true,
    });
  });
});
