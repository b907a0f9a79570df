import { describe, expect, it } from '@jest/globals';
import { AGE_OF_DIGITAL_CONSENT } from './ages';
import { EEA_COUNTRIES } from './eea';

describe('age of digital consent (Art. 8(1))', () => {
  it('has an age between 13 and 16 for every EEA state', () => {
    for (const country of EEA_COUNTRIES) {
      expect(AGE_OF_DIGITAL_CONSENT[country]).toBeGreaterThanOrEqual(13);
      expect(AGE_OF_DIGITAL_CONSENT[country]).toBeLessThanOrEqual(16);
    }
    expect(AGE_OF_DIGITAL_CONSENT.PL).toBe(16);
  });
});
