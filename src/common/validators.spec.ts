import { describe, expect, it } from '@jest/globals';
import { ISO_DURATION } from './validators';

describe('ISO_DURATION', () => {
  it('accepts ISO 8601 durations and refuses other text', () => {
    for (const ok of ['P5Y', 'P6M', 'P1Y6M', 'P30D', 'P2W', 'PT12H', 'P1DT2H']) expect(ISO_DURATION.test(ok)).toBe(true);
    for (const bad of ['P', 'PT', '5 years', 'P5', 'P1H']) expect(ISO_DURATION.test(bad)).toBe(false);
  });
});
