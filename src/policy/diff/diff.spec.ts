import { describe, expect, it } from '@jest/globals';
import type { RegistrySnapshot } from '../../domain/registry-snapshot';
import { make } from '../../snapshot/testing/snapshot-factory';
import { generatePolicy } from '../document/generate';
import { exampleScope, exampleSnapshot } from '../document/testing';
import { diffPolicies } from './diff';

const before = exampleSnapshot();
const side = (snapshot: RegistrySnapshot) => ({ snapshot, document: generatePolicy(snapshot, exampleScope) });

describe('diffPolicies', () => {
  it('finds nothing between two versions of the same registry', () => {
    const diff = diffPolicies(side(before), side(before));
    expect(diff.changes).toEqual([]);
    expect(diff.text).not.toMatch(/^[+-][^+-]/m);
  });

  it('compares content, not version numbers, so a re-imported identical registry is silent', () => {
    const bumped = { ...before, recipients: before.recipients.map((r) => ({ ...r, version: r.version + 3 })) };
    expect(diffPolicies(side(before), side(bumped)).changes).toEqual([]);
  });

  it('is silent about refs, which no notice states: changed, or absent from a version published before refs were stored', () => {
    const renamed = { ...before, recipients: before.recipients.map((r) => ({ ...r, ref: `${r.ref}-renamed` })) };
    expect(diffPolicies(side(before), side(renamed)).changes).toEqual([]);
    const unkeyed = { ...before, dataCategories: before.dataCategories.map(({ ref: _ref, ...c }) => c) } as unknown as RegistrySnapshot;
    expect(diffPolicies(side(unkeyed), side(before)).changes).toEqual([]);
  });

  it('tells the reader about a new recipient, in words and in the text diff', () => {
    const after: RegistrySnapshot = {
      ...before,
      recipients: [...before.recipients, make.recipient({ id: 'rcp-mailer', name: 'Mailer Inc.', country: 'US' })],
      processingActivities: before.processingActivities.map((a) =>
        a.id === 'act-contact' ? { ...a, version: 2, recipientIds: [...a.recipientIds, 'rcp-mailer'] } : a,
      ),
    };
    const diff = diffPolicies(side(before), side(after));
    expect(diff.changes).toEqual([
      {
        kind: 'changed',
        entityType: 'processing_activity',
        entityId: 'act-contact',
        name: 'Answering enquiries',
        fields: ['recipientIds'],
        message: 'For Answering enquiries, we now also share your data with Mailer Inc.',
      },
      {
        kind: 'added',
        entityType: 'recipient',
        entityId: 'rcp-mailer',
        name: 'Mailer Inc.',
        fields: [],
        message: 'We now share your data with Mailer Inc. (processor, United States).',
      },
    ]);
    expect(diff.text).toMatch(/^\+.*Mailer Inc\./m);
    expect(diff.text).toMatch(/^--- before\n\+\+\+ after/m);
  });

  it('tells the reader how long data are now kept when a retention rule changes', () => {
    const after: RegistrySnapshot = {
      ...before,
      retentionRules: before.retentionRules.map((r) => (r.id === 'ret-accounting' ? { ...r, version: 2, period: 'P6Y' } : r)),
    };
    const diff = diffPolicies(side(before), side(after));
    expect(diff.changes).toEqual([
      expect.objectContaining({
        kind: 'changed',
        entityType: 'retention_rule',
        fields: ['period'],
        message: 'Under the rule "Accounting records", we now keep your data for 6 years, where before it was for 5 years.',
      }),
    ]);
    expect(diff.text).toMatch(/^-\| Accounting and archiving:.*\| Five years counted/m);
    expect(diff.text).toMatch(/^\+\| Accounting and archiving:.*\| 6 years\. Five years counted/m);
  });

  it('says which retention period no longer applies when a rule is dropped', () => {
    const rule = make.retentionRule({ id: 'ret-logs', name: 'Log retention', period: 'P30D', trigger: 'collection' });
    const withRule: RegistrySnapshot = {
      ...before,
      retentionRules: [...before.retentionRules, rule],
      processingActivities: before.processingActivities.map((a) =>
        a.id === 'act-server-logs' ? { ...a, retentionRuleId: 'ret-logs' } : a,
      ),
    };
    const changes = diffPolicies(side(withRule), side(before)).changes;
    expect(changes).toContainEqual(
      expect.objectContaining({
        kind: 'removed',
        entityType: 'retention_rule',
        message: 'We no longer keep your data for 30 days from when we collect them (rule "Log retention").',
      }),
    );
  });

  it('reports a removed purpose, and a change of legal basis', () => {
    const after: RegistrySnapshot = {
      ...before,
      processingActivities: before.processingActivities
        .filter((a) => a.id !== 'act-geolocation')
        .map((a) => (a.id === 'act-reports' ? { ...a, legalBasis: 'art6_1_a', legitimateInterest: null, consentMechanism: 'A box.' } : a)),
    };
    const messages = diffPolicies(side(before), side(after)).changes.map((c) => c.message);
    expect(messages).toContain('We no longer use your data for Location (opt-in).');
    expect(messages).toContainEqual(
      expect.stringContaining('For Reports and analyses, we now rely on your consent instead of our legitimate interests.'),
    );
  });

  it('ignores registry changes the policy did not use', () => {
    const after: RegistrySnapshot = {
      ...before,
      recipients: [...before.recipients, make.recipient({ id: 'rcp-unused', name: 'Unused Ltd' })],
    };
    expect(diffPolicies(side(before), side(after)).changes).toEqual([]);
  });

  it('gives the changes in a fixed order whatever the order of the input', () => {
    const after: RegistrySnapshot = {
      ...before,
      recipients: [
        ...before.recipients,
        make.recipient({ id: 'rcp-b', name: 'B Hosting' }),
        make.recipient({ id: 'rcp-a', name: 'A Mail' }),
      ],
      processingActivities: before.processingActivities.map((a) =>
        a.id === 'act-fraud' ? { ...a, recipientIds: [...a.recipientIds, 'rcp-b', 'rcp-a'] } : a,
      ),
    };
    const once = diffPolicies(side(before), side(after));
    const reversed = {
      ...after,
      recipients: [...after.recipients].reverse(),
      processingActivities: [...after.processingActivities].reverse(),
    };
    expect(diffPolicies(side(before), side(reversed))).toEqual(once);
    expect(once.changes.map((c) => c.name)).toEqual(['Fraud monitoring', 'A Mail', 'B Hosting']);
  });
});
