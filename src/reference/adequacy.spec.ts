import { describe, expect, it } from '@jest/globals';
import { adequacyDecisionInForce, lapsedAdequacyDecision } from './adequacy';

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

describe('the UK decision as renewed', () => {
  it('claims no immigration-control exclusion it cannot verify and cites the renewal by its date', () => {
    const uk = adequacyDecisionInForce('GB', '2026-12-07');
    expect(uk?.scopeId).toBe('whole');
    expect(uk?.scope).not.toMatch(/immigration/i);
    expect(uk?.renewal).toEqual({ decision: null, adoptedOn: '2025-12-19' });
    expect(uk?.source).toMatch(/⚠️/);
  });
});
