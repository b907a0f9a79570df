import { AUDIT_UPGRADES } from '../../migrations';
import { upgradeAfterState } from '../domain/audit-upgrade';
import { byNameThenId } from '../domain/order';
import { ENTITY_TYPES, type EntityType } from '../domain/entity-types';
import type { RegistrySnapshot } from '../domain/registry-snapshot';
import { REGISTRY_COLLECTIONS, type RegistryCollection } from '../domain/ropa-document';

/** One audit event of a registry entry, as far as replaying it needs. */
export interface AuditEventRecord {
  seq: number;
  /** ISO 8601 instant */
  at: string;
  action: 'create' | 'update' | 'delete';
  entityType: EntityType;
  entityId: string;
  version: number;
  /** The full after-state in snapshot item shape (id, version, createdAt, updatedAt included); null for a delete */
  after: Record<string, unknown> | null;
}

/** An event of the whole audit trail, which also records entries outside the registry (policies, versions). */
export type AuditTrailEvent = Omit<AuditEventRecord, 'entityType'> & { entityType: string };

/** Entity type → the snapshot collection that holds its entries. */
export const COLLECTION_OF: Record<Exclude<EntityType, 'controller'>, RegistryCollection> = {
  service: 'services',
  data_category: 'dataCategories',
  data_subject_category: 'dataSubjectCategories',
  recipient: 'recipients',
  transfer: 'transfers',
  retention_rule: 'retentionRules',
  security_measure: 'securityMeasures',
  tracker: 'trackers',
  processing_activity: 'processingActivities',
  collection_point: 'collectionPoints',
};

const REGISTRY_ENTITY_TYPES: ReadonlySet<string> = new Set(ENTITY_TYPES);

function isEntityType(type: string): type is EntityType {
  return REGISTRY_ENTITY_TYPES.has(type);
}

function instantOf(iso: string, what: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`${what} is not an ISO 8601 instant: ${iso}`);
  return ms;
}

type Item = Record<string, unknown>;

const sortKey = (item: Item, entityId: string) => ({
  id: typeof item.id === 'string' ? item.id : entityId,
  name: typeof item.name === 'string' ? item.name : undefined,
});

/**
 * The registry rebuilt event by event, in `seq` order: the last after-state of each entry wins and a
 * delete removes it; events of entity types outside the registry are skipped. Only the current state
 * of each entry is held, however long the trail.
 */
export class RegistryReplay {
  private controller: Item | null = null;
  private readonly collections = new Map<RegistryCollection, Map<string, Item>>(REGISTRY_COLLECTIONS.map((c) => [c, new Map()]));
  private lastSeq = 0;

  /** Applies the next event; events must come in increasing `seq`, the order of the hash chain. */
  apply(event: AuditTrailEvent): void {
    if (event.seq <= this.lastSeq) throw new RangeError(`Audit event ${event.seq} replayed after ${this.lastSeq}`);
    this.lastSeq = event.seq;
    if (!isEntityType(event.entityType)) return;
    const after =
      event.action === 'delete' || event.after === null ? null : upgradeAfterState(event.after, event.entityType, AUDIT_UPGRADES);
    if (event.entityType === 'controller') {
      this.controller = after;
      return;
    }
    const items = this.collections.get(COLLECTION_OF[event.entityType]);
    if (after === null) items?.delete(event.entityId);
    else items?.set(event.entityId, after);
  }

  snapshot(asOf: string): RegistrySnapshot {
    const lists = Object.fromEntries(
      [...this.collections].map(([collection, items]) => [
        collection,
        [...items].sort(([idA, a], [idB, b]) => byNameThenId(sortKey(a, idA), sortKey(b, idB))).map(([, item]) => item),
      ]),
    );
    // The after-states were written from these very types; the audit trail does not re-validate them.
    return {
      asOf,
      controller: this.controller as RegistrySnapshot['controller'],
      ...(lists as unknown as Omit<RegistrySnapshot, 'asOf' | 'controller'>),
    };
  }
}

/**
 * The registry as it stood at `asOf`, replayed from the audit trail: the events up to and including
 * that instant, in `seq` order (the order of the hash chain, whatever the order given).
 */
export function snapshotAsOf(events: Iterable<AuditTrailEvent>, asOf: string): RegistrySnapshot {
  const limit = instantOf(asOf, 'asOf');
  const replay = new RegistryReplay();
  [...events]
    .filter((event) => instantOf(event.at, `Audit event ${event.seq}`) <= limit)
    .sort((a, b) => a.seq - b.seq)
    .forEach((event) => replay.apply(event));
  return replay.snapshot(asOf);
}
