import { describe, expect, it } from '@jest/globals';
import { upgradeAfterState } from '../src/domain/audit-upgrade';
import { ENTITY_TYPES } from '../src/domain/entity-types';
import { translationsUpgrade } from './1796500000000-Translations';

describe('Translations1796500000000: events written before it', () => {
  it('carry no translations, for every entry type there was then', () => {
    // Collection points came later (CollectionPoints1796950000000), with their translations from the start.
    for (const type of ENTITY_TYPES.filter((t) => t !== 'collection_point'))
      expect(upgradeAfterState({ name: 'x' }, type, [translationsUpgrade]).translations).toEqual({});
  });

  it("read the controller's texts as English, the only language before it", () => {
    expect(upgradeAfterState({ legalName: 'Acme' }, 'controller', [translationsUpgrade])).toEqual({
      legalName: 'Acme',
      translations: {},
      language: 'en',
    });
  });

  it('keep the translations and language an event written after it holds', () => {
    const after = { translations: { pl: { name: 'Płace' } }, language: 'pl' };
    expect(upgradeAfterState(after, 'controller', [translationsUpgrade])).toEqual(after);
  });
});
