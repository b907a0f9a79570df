import { describe, expect, it } from '@jest/globals';
import { type AuditEventRecord, type AuditTrailEvent, COLLECTION_OF, RegistryReplay, snapshotAsOf } from './as-of';
import { ENTITY_TYPES } from '../domain/entity-types';
import type { RegistrySnapshot } from '../domain/registry-snapshot';
import { REGISTRY_COLLECTIONS } from '../domain/ropa-document';
import { make } from './testing/snapshot-factory';

const at = (day: number, hour = 10) => `2026-01-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00.000Z`;

let seq = 0;
function event(
  action: AuditEventRecord['action'],
  entityType: AuditEventRecord['entityType'],
  after: { id: string; version: number } | null,
  when: string,
  entityId = after?.id ?? '',
): AuditEventRecord {
  seq += 1;
  return { seq, at: when, action, entityType, entityId, version: after?.version ?? 0, after: after ? { ...after } : null };
}

const service = (id: string, name: string, version = 1) => make.service({ id, name, slug: id, version });

describe('COLLECTION_OF', () => {
  it('maps every registry entity type except the controller to a distinct snapshot collection', () => {
    const types = ENTITY_TYPES.filter((t) => t !== 'controller');
    expect(Object.keys(COLLECTION_OF).sort()).toEqual([...types].sort());
    expect(Object.values(COLLECTION_OF).sort()).toEqual([...REGISTRY_COLLECTIONS].sort());
  });
});

describe('snapshotAsOf', () => {
  const events: AuditTrailEvent[] = [
    event('create', 'service', service('b', 'Beta'), at(1, 10)),
    event('create', 'service', service('a', 'Alpha'), at(1, 11)),
    event('update', 'service', service('a', 'Alpha 2', 2), at(2, 10)),
    event('delete', 'service', null, at(3, 10), 'b'),
    { seq: 100, at: at(3, 11), action: 'create', entityType: 'policy', entityId: 'p', version: 1, after: { id: 'p', title: 'x' } },
  ];

  it('keeps the last after-state of each entry up to the instant, sorted by name then id', () => {
    const snapshot = snapshotAsOf(events, at(2, 12));
    expect(snapshot.services.map((s) => [s.name, s.version])).toEqual([
      ['Alpha 2', 2],
      ['Beta', 1],
    ]);
    expect(snapshot.asOf).toBe(at(2, 12));
  });

  it('ignores events after the instant and includes one exactly at it', () => {
    expect(snapshotAsOf(events, at(1, 10)).services.map((s) => s.name)).toEqual(['Beta']);
    expect(snapshotAsOf(events, '2026-01-01T10:59:59.999Z').services.map((s) => s.name)).toEqual(['Beta']);
    expect(snapshotAsOf(events, '2025-12-31T23:59:59.999Z').services).toEqual([]);
  });

  it('removes deleted entries and skips entity types outside the registry', () => {
    const snapshot = snapshotAsOf(events, '2026-02-01T00:00:00.000Z');
    expect(snapshot.services.map((s) => s.name)).toEqual(['Alpha 2']);
    expect(snapshot).toEqual({
      asOf: '2026-02-01T00:00:00.000Z',
      controller: null,
      services: [service('a', 'Alpha 2', 2)],
      dataCategories: [],
      dataSubjectCategories: [],
      recipients: [],
      transfers: [],
      retentionRules: [],
      securityMeasures: [],
      trackers: [],
      processingActivities: [],
      collectionPoints: [],
    } satisfies RegistrySnapshot);
  });

  it('replays in seq order, whatever the order given', () => {
    expect(snapshotAsOf([...events].reverse(), at(2, 12)).services[0].name).toBe('Alpha 2');
  });

  it('lets a re-created entry come back after its delete', () => {
    const history = [
      event('create', 'recipient', make.recipient({ id: 'r', name: 'Old' }), at(1)),
      event('delete', 'recipient', null, at(2), 'r'),
      event('create', 'recipient', make.recipient({ id: 'r', name: 'New', version: 1 }), at(3)),
    ];
    expect(snapshotAsOf(history, at(2, 12)).recipients).toEqual([]);
    expect(snapshotAsOf(history, at(3, 12)).recipients.map((r) => r.name)).toEqual(['New']);
  });

  it('tracks the controller singleton, its updates and its removal', () => {
    const history = [
      event('create', 'controller', make.controller({ legalName: 'First' }), at(1)),
      event('update', 'controller', make.controller({ legalName: 'Second', version: 2 }), at(2)),
      event('delete', 'controller', null, at(3), 'controller'),
    ];
    expect(snapshotAsOf(history, at(1, 12)).controller?.legalName).toBe('First');
    expect(snapshotAsOf(history, at(2, 12)).controller).toEqual(make.controller({ legalName: 'Second', version: 2 }));
    expect(snapshotAsOf(history, at(3, 12)).controller).toBeNull();
  });

  it('puts each entity type in its collection, sorting unnamed entries (transfers) by id', () => {
    const history = [
      event('create', 'transfer', make.transfer({ id: 't2' }), at(1)),
      event('create', 'transfer', make.transfer({ id: 't1' }), at(1, 11)),
      event('create', 'processing_activity', make.activity({ id: 'x', name: 'Orders' }), at(1, 12)),
      event('create', 'processing_activity', make.activity({ id: 'y', name: 'Newsletter' }), at(1, 13)),
      event('create', 'data_subject_category', make.dataSubjectCategory(), at(1, 14)),
    ];
    const snapshot = snapshotAsOf(history, at(2));
    expect(snapshot.transfers.map((t) => t.id)).toEqual(['t1', 't2']);
    expect(snapshot.processingActivities.map((a) => a.name)).toEqual(['Newsletter', 'Orders']);
    expect(snapshot.dataSubjectCategories).toEqual([make.dataSubjectCategory()]);
    expect(snapshot.services).toEqual([]);
  });

  it('refuses an instant that is not one, in the request or in the trail', () => {
    expect(() => snapshotAsOf(events, 'last week')).toThrow(RangeError);
    expect(() => snapshotAsOf([{ ...events[0], at: 'garbage' }], at(2))).toThrow(/Audit event 1/);
  });
});

describe('RegistryReplay', () => {
  it('gives, event by event, the snapshot that snapshotAsOf gives for the same events', () => {
    const trail: AuditTrailEvent[] = [
      event('create', 'service', service('s1', 'Shop'), at(4, 10)),
      event('create', 'service', service('s2', 'App'), at(4, 11)),
      event('update', 'service', service('s1', 'Shop 2', 2), at(5, 10)),
      event('delete', 'service', null, at(5, 11), 's2'),
    ];
    const replay = new RegistryReplay();
    trail.forEach((e) => replay.apply(e));
    expect(replay.snapshot(at(6))).toEqual(snapshotAsOf(trail, at(6)));
    expect(replay.snapshot(at(6)).services.map((s) => s.name)).toEqual(['Shop 2']);
  });

  it('refuses an event that comes before one already replayed, since the last state must win', () => {
    const first = event('create', 'service', service('x', 'X'), at(7));
    const second = event('update', 'service', service('x', 'X 2', 2), at(7, 11));
    const replay = new RegistryReplay();
    replay.apply(second);
    expect(() => replay.apply(first)).toThrow(RangeError);
  });
});
