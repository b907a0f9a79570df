import { describe, expect, it } from '@jest/globals';
import { type AuditEventRecord, snapshotAsOf } from './as-of';

const service = (id: string, name: string, version = 1) => ({
  id,
  name,
  slug: id,
  url: null,
  description: null,
  version,
  createdAt: 'x',
  updatedAt: 'x',
});

describe('snapshotAsOf', () => {
  const events: AuditEventRecord[] = [
    {
      seq: 1,
      at: '2026-01-01T10:00:00.000Z',
      action: 'create',
      entityType: 'service',
      entityId: 'b',
      version: 1,
      after: service('b', 'Beta'),
    },
    {
      seq: 2,
      at: '2026-01-01T11:00:00.000Z',
      action: 'create',
      entityType: 'service',
      entityId: 'a',
      version: 1,
      after: service('a', 'Alpha'),
    },
    {
      seq: 3,
      at: '2026-01-02T10:00:00.000Z',
      action: 'update',
      entityType: 'service',
      entityId: 'a',
      version: 2,
      after: service('a', 'Alpha 2', 2),
    },
    { seq: 4, at: '2026-01-03T10:00:00.000Z', action: 'delete', entityType: 'service', entityId: 'b', version: 1, after: null },
    {
      seq: 5,
      at: '2026-01-03T11:00:00.000Z',
      action: 'create',
      entityType: 'policy',
      entityId: 'p',
      version: 1,
      after: { id: 'p', title: 'x' },
    },
  ];

  it('keeps the last after-state up to the instant, sorted by name', () => {
    const snapshot = snapshotAsOf(events, '2026-01-02T12:00:00.000Z');
    expect(snapshot.services.map((s) => [s.name, s.version])).toEqual([
      ['Alpha 2', 2],
      ['Beta', 1],
    ]);
    expect(snapshot.asOf).toBe('2026-01-02T12:00:00.000Z');
  });

  it('ignores events after the instant', () => {
    expect(snapshotAsOf(events, '2026-01-01T10:30:00.000Z').services.map((s) => s.name)).toEqual(['Beta']);
  });

  it('removes deleted items and skips entity types outside the registry', () => {
    const snapshot = snapshotAsOf(events, '2026-02-01T00:00:00.000Z');
    expect(snapshot.services.map((s) => s.name)).toEqual(['Alpha 2']);
    expect(snapshot.processingActivities).toEqual([]);
    expect(snapshot.controller).toBeNull();
  });

  it('replays in chain order even when given out of order', () => {
    expect(snapshotAsOf([...events].reverse(), '2026-01-02T12:00:00.000Z').services[0].name).toBe('Alpha 2');
  });
});
