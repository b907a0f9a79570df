import { describe, expect, it } from '@jest/globals';
import { upgradeAfterState } from '../src/domain/audit-upgrade';
import { ukSwissLawsUpgrade } from './1796900000000-UkSwissLaws';

describe('UkSwissLaws1796900000000: events written before it', () => {
  it('read as recording no UK or Swiss representative, no Swiss or UK certification and no UK or Swiss tool', () => {
    expect(upgradeAfterState({ legalName: 'Shop AG' }, 'controller', [ukSwissLawsUpgrade])).toEqual({
      legalName: 'Shop AG',
      ukRepresentative: null,
      swissRepresentative: null,
    });
    expect(upgradeAfterState({ name: 'Cloud Inc.', dpfCertified: true }, 'recipient', [ukSwissLawsUpgrade])).toEqual({
      name: 'Cloud Inc.',
      dpfCertified: true,
      swissDpfCertified: false,
      ukExtensionCertified: false,
    });
    expect(upgradeAfterState({ mechanism: 'scc' }, 'transfer', [ukSwissLawsUpgrade])).toEqual({ mechanism: 'scc', localTools: [] });
  });

  it('keep what an event written after it holds', () => {
    const after = { swissDpfCertified: true, ukExtensionCertified: true };
    expect(upgradeAfterState(after, 'recipient', [ukSwissLawsUpgrade])).toEqual(after);
    expect(upgradeAfterState({ localTools: ['uk_idta'] }, 'transfer', [ukSwissLawsUpgrade])).toEqual({ localTools: ['uk_idta'] });
  });
});
