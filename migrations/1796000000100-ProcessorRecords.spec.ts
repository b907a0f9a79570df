import { describe, expect, it } from '@jest/globals';
import { upgradeAfterState } from '../src/domain/audit-upgrade';
import { processorRecordsUpgrade } from './1796000000100-ProcessorRecords';

const upgrade = (after: Record<string, unknown>) => upgradeAfterState(after, 'processing_activity', [processorRecordsUpgrade]);

describe('ProcessorRecords1796000000100: activity events written before it', () => {
  it('reads the controller served, once one free text, as one entry named by it', () => {
    expect(upgrade({ onBehalfOf: 'Acme GmbH' }).onBehalfOf).toEqual([
      { name: 'Acme GmbH', email: '', address: null, phone: null, representative: null },
    ]);
  });

  it('reads a blank or absent controller served as none', () => {
    expect(upgrade({ onBehalfOf: '  ' }).onBehalfOf).toEqual([]);
    expect(upgrade({ onBehalfOf: null }).onBehalfOf).toEqual([]);
    expect(upgrade({}).onBehalfOf).toEqual([]);
  });

  it('records the fields it added as not recorded, and keeps what a later event holds', () => {
    expect(upgrade({ name: 'Payroll' })).toMatchObject({
      legitimateInterestAssessment: null,
      legalObligationJurisdiction: null,
      retiredAt: null,
    });
    const later = {
      onBehalfOf: [{ name: 'Acme GmbH' }],
      legitimateInterestAssessment: 'LIA-7',
      legalObligationJurisdiction: 'PL',
      retiredAt: '2026-01-01T00:00:00.000Z',
    };
    expect(upgrade(later)).toEqual(later);
  });

  it('leaves other entry types alone', () => {
    expect(upgradeAfterState({ onBehalfOf: 'x' }, 'recipient', [processorRecordsUpgrade])).toEqual({ onBehalfOf: 'x' });
  });
});
