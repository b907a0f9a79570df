import { describe, expect, it } from '@jest/globals';
import type { RegistrySnapshot } from '../../snapshot/registry-snapshot';
import { make } from '../../snapshot/testing/snapshot-factory';
import { diffPolicies } from './diff';
import { generatePolicy } from './generate';
import { exampleScope, exampleSnapshot } from './testing';

const before = exampleSnapshot();
const side = (snapshot: RegistrySnapshot) => ({ snapshot, document: generatePolicy(snapshot, exampleScope) });

describe('diffPolicies', () => {
  it('finds nothing between two versions of the same registry', () => {
    const diff = diffPolicies(side(before), side(before));
    expect(diff.changes).toEqual([]);
    expect(diff.text).not.toMatch(/^[+-][^+-]/m);
  });

  it('tells the reader about a new recipient and a changed retention period, in words and in the text diff', () => {
    const newRecipient = make.recipient({ id: 'rcp-mailer', name: 'Mailer GmbH', country: 'DE' });
    const after: RegistrySnapshot = {
      ...before,
      recipients: [...before.recipients, newRecipient],
      processingActivities: before.processingActivities.map((a) =>
        a.id === 'act-contact' ? { ...a, version: 2, recipientIds: [...a.recipientIds, 'rcp-mailer'] } : a,
      ),
      retentionRules: before.retentionRules.map((r) => (r.id === 'ret-accounting' ? { ...r, version: 2, period: 'P6Y' } : r)),
    };
    const diff = diffPolicies(side(before), side(after));
    expect(diff.changes.map((c) => c.message)).toEqual(
      expect.arrayContaining([
        'We now share your data with Mailer GmbH (processor acting on our instructions (Art. 28), Germany).',
        'We keep data under "Accounting records" for a different time: was 5 years, now 6 years.',
      ]),
    );
    expect(diff.changes.find((c) => c.entityId === 'act-contact')).toMatchObject({ kind: 'changed', fields: ['recipientIds'] });
    expect(diff.text).toMatch(/^\+.*Mailer GmbH/m);
    expect(diff.text).toMatch(/^-.*5 years/m);
    expect(diff.text).toMatch(/^\+.*6 years/m);
  });

  it('reports a removed purpose', () => {
    const after = { ...before, processingActivities: before.processingActivities.filter((a) => a.id !== 'act-geolocation') };
    expect(diffPolicies(side(before), side(after)).changes).toContainEqual(
      expect.objectContaining({
        kind: 'removed',
        entityType: 'processing_activity',
        message: 'We no longer use your data for: Location (opt-in).',
      }),
    );
  });
});
