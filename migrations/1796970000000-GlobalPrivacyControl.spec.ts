import { describe, expect, it } from '@jest/globals';
import { upgradeAfterState } from '../src/domain/audit-upgrade';
import { globalPrivacyControlUpgrade } from './1796970000000-GlobalPrivacyControl';

describe('GlobalPrivacyControl1796970000000: events written before it', () => {
  it('read the controller as not claiming to honour GPC', () => {
    expect(upgradeAfterState({ legalName: 'Shop' }, 'controller', [globalPrivacyControlUpgrade])).toEqual({
      legalName: 'Shop',
      gpcHonouredSince: null,
    });
  });

  it('keep what an event written after it holds', () => {
    expect(upgradeAfterState({ gpcHonouredSince: '2026-12-01' }, 'controller', [globalPrivacyControlUpgrade])).toEqual({
      gpcHonouredSince: '2026-12-01',
    });
  });
});
