import { describe, expect, it } from '@jest/globals';
import { rightsForBasis } from './rights';

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
