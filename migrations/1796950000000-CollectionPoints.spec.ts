import { describe, expect, it } from '@jest/globals';
import { upgradeAfterState } from '../src/domain/audit-upgrade';
import { collectionPointsUpgrade } from './1796950000000-CollectionPoints';

describe('CollectionPoints1796950000000: the new list', () => {
  it('touches no other entry type', () => {
    expect(upgradeAfterState({ name: 'Customers' }, 'data_subject_category', [collectionPointsUpgrade])).toEqual({ name: 'Customers' });
  });

  it('keeps what an event of a collection point holds', () => {
    const after = {
      ref: 'contact-form',
      name: 'Contact form',
      serviceId: 's',
      processingActivityIds: ['a'],
      dataCategoryIds: [],
      translations: {},
    };
    expect(upgradeAfterState(after, 'collection_point', [collectionPointsUpgrade])).toEqual(after);
  });
});
