import { describe, expect, it } from '@jest/globals';
import { adequacyDecisionInForce, AGE_OF_DIGITAL_CONSENT, EEA_COUNTRIES, lapsedAdequacyDecision, rightsForBasis } from './gdpr';

describe('rightsForBasis', () => {
  it('gives portability only for consent and contract', () => {
    expect(rightsForBasis('art6_1_a')).toContain('portability');
    expect(rightsForBasis('art6_1_b')).toContain('portability');
    expect(rightsForBasis('art6_1_f')).not.toContain('portability');
    expect(rightsForBasis('art6_1_c')).not.toContain('portability');
  });
  it('gives the right to object for public task and legitimate interests only', () => {
    expect(rightsForBasis('art6_1_e')).toContain('object');
    expect(rightsForBasis('art6_1_f')).toContain('object');
    expect(rightsForBasis('art6_1_a')).not.toContain('object');
  });
  it('gives withdrawal of consent for consent only', () => {
    expect(rightsForBasis('art6_1_a')).toContain('withdraw_consent');
    expect(rightsForBasis('art6_1_b')).not.toContain('withdraw_consent');
  });
});

describe('adequacy decisions', () => {
  it('finds the Data Privacy Framework in force for the US today and Privacy Shield in 2019', () => {
    expect(adequacyDecisionInForce('US', '2026-11-24')?.decision).toContain('2023/1795');
    expect(adequacyDecisionInForce('us', '2019-01-01')?.decision).toContain('2016/1250');
    expect(adequacyDecisionInForce('US', '2021-06-01')).toBeUndefined();
    expect(lapsedAdequacyDecision('US', '2021-06-01')?.endedBy).toContain('Schrems II');
  });
  it('knows the UK decision ends on 27 December 2031', () => {
    expect(adequacyDecisionInForce('GB', '2031-12-27')).toBeDefined();
    expect(adequacyDecisionInForce('GB', '2031-12-28')).toBeUndefined();
  });
  it('has no decision for a country without one', () => {
    expect(adequacyDecisionInForce('IN', '2026-11-24')).toBeUndefined();
  });
});

describe('adequacy scope', () => {
  it('marks the partial decisions with their scope', () => {
    expect(adequacyDecisionInForce('JP', '2026-11-24')?.scopeId).toBe('appi');
    expect(adequacyDecisionInForce('CA', '2026-11-24')?.scopeId).toBe('pipeda');
    expect(adequacyDecisionInForce('US', '2026-11-24')?.scopeId).toBe('dpf');
    expect(adequacyDecisionInForce('CH', '2026-11-24')?.scopeId).toBe('whole');
  });
  it('cites the UK decision and its renewal each with its own date', () => {
    const uk = adequacyDecisionInForce('GB', '2026-11-24');
    expect(uk?.decision).toBe('Implementing Decision (EU) 2021/1772');
    expect(uk?.adoptedOn).toBe('2021-06-28');
    expect(uk?.renewal?.adoptedOn).toBe('2025-12-19');
  });
});

describe('age of digital consent (Art. 8(1))', () => {
  it('has an age between 13 and 16 for every EEA state', () => {
    for (const country of EEA_COUNTRIES) {
      expect(AGE_OF_DIGITAL_CONSENT[country]).toBeGreaterThanOrEqual(13);
      expect(AGE_OF_DIGITAL_CONSENT[country]).toBeLessThanOrEqual(16);
    }
    expect(AGE_OF_DIGITAL_CONSENT.PL).toBe(16);
  });
});
