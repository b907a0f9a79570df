import { describe, expect, it } from '@jest/globals';
import { ENTITY_TYPES } from './entity-types';
import { TEXT_FIELDS } from './text-fields';
import { TRANSLATABLE } from './translations';

describe('TEXT_FIELDS and TRANSLATABLE', () => {
  it.each(ENTITY_TYPES)('%s: the top-level translatable fields are exactly the text fields marked translated', (type) => {
    const translated = Object.entries(TEXT_FIELDS[type] as Record<string, string>)
      .filter(([, language]) => language === 'translated')
      .map(([field]) => field);
    const topLevel = TRANSLATABLE[type].filter((path) => !path.includes('.'));
    expect([...topLevel].sort()).toEqual([...translated].sort());
  });

  it('gives every field kept in one language its reason', () => {
    for (const type of ENTITY_TYPES)
      for (const [field, language] of Object.entries(TEXT_FIELDS[type] as Record<string, string>))
        expect(`${type}.${field}: ${language}`).toMatch(/: (translated|same in every language: .{4,})$/);
  });
});
