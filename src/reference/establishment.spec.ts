import { describe, expect, it } from '@jest/globals';
import { establishedInEea, judgeDisclosure } from './establishment';

const ON = '2026-11-24';

describe('judgeDisclosure', () => {
  it('keeps the rules for a controller in the EEA: outside the EEA is a transfer, with its adequacy decision', () => {
    expect(judgeDisclosure('PL', 'DE', ON)).toEqual({ kind: 'within_eea', country: 'DE' });
    const swiss = judgeDisclosure('PL', 'CH', ON);
    expect(swiss.kind).toBe('third_country');
    expect(swiss.kind === 'third_country' && swiss.decision?.decision).toBe('Decision 2000/518/EC');
    const india = judgeDisclosure('PL', 'IN', ON);
    expect(india.kind === 'third_country' && india.decision).toBeNull();
  });

  it('sees no transfer to the own country of a Swiss controller, and no adequacy decision to cite for it', () => {
    expect(judgeDisclosure('CH', 'CH', ON)).toEqual({ kind: 'domestic', country: 'CH' });
    expect(judgeDisclosure('CH', 'de', ON)).toEqual({ kind: 'within_eea', country: 'DE' });
    const japan = judgeDisclosure('CH', 'JP', ON);
    expect(japan.kind === 'third_country' && japan.decision?.scopeId).toBe('appi');
  });

  it('sees no transfer to the UK for a UK controller, and a transfer under the UK decision for others', () => {
    expect(judgeDisclosure('GB', 'GB', ON).kind).toBe('domestic');
    const fromFrance = judgeDisclosure('FR', 'GB', ON);
    expect(fromFrance.kind === 'third_country' && fromFrance.decision?.decision).toBe('Implementing Decision (EU) 2021/1772');
    expect(fromFrance.kind === 'third_country' && fromFrance.decision?.renewal?.adoptedOn).toBe('2025-12-19');
  });

  it('sees a US controller disclosing in the US as domestic, and to Switzerland as a transfer', () => {
    expect(judgeDisclosure('US', 'US', ON).kind).toBe('domestic');
    expect(judgeDisclosure('US', 'CH', ON).kind).toBe('third_country');
    expect(establishedInEea('US')).toBe(false);
  });

  it('judges a registry without a controller profile as an EEA controller', () => {
    expect(establishedInEea(null)).toBe(true);
    expect(judgeDisclosure(null, 'CH', ON).kind).toBe('third_country');
  });
});
