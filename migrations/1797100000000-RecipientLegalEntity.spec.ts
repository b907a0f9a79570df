import { describe, expect, it } from '@jest/globals';
import { upgradeAfterState } from '../src/domain/audit-upgrade';
import { recipientLegalEntityUpgrade } from './1797100000000-RecipientLegalEntity';

describe('RecipientLegalEntity1797100000000: events written before it', () => {
  it('read a recipient of before as a name to translate, as the check then treated it', () => {
    expect(upgradeAfterState({ name: 'LiveChat, Inc.' }, 'recipient', [recipientLegalEntityUpgrade])).toEqual({
      name: 'LiveChat, Inc.',
      legalEntity: false,
    });
  });

  it('keep what an event written after it holds', () => {
    const after = { name: 'LiveChat, Inc.', legalEntity: true };
    expect(upgradeAfterState(after, 'recipient', [recipientLegalEntityUpgrade])).toEqual(after);
  });
});
