import { byNameThenId } from './order';
import type { EntityType, RegistrySnapshot } from './registry-snapshot';
import { REGISTRY_COLLECTIONS, type RegistryCollection } from './ropa-document';

export interface AuditEventRecord {
  seq: number;
  at: string;
  action: 'create' | 'update' | 'delete';
  entityType: string;
  entityId: string;
  version: number;
  /** The full after-state in snapshot item shape; null for a delete */
  after: Record<string, unknown> | null;
}

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
};

/**
 * The registry as it stood at `asOf`, replayed from the audit trail: events up to that instant, in
 * chain order, the last after-state of each entity winning and a delete removing it. Events of
 * other entity types (policies, versions) are not part of the registry and are skipped.
 */
export function snapshotAsOf(events: Iterable<AuditEventRecord>, asOf: string): RegistrySnapshot {
  const limit = Date.parse(asOf);
  const state = new Map<string, Map<string, Record<string, unknown>>>();
  let controller: Record<string, unknown> | null = null;
  const ordered = [...events].sort((a, b) => a.seq - b.seq);
  for (const event of ordered) {
    if (Date.parse(event.at) > limit) continue;
    if (event.entityType === 'controller') {
      controller = event.action === 'delete' ? null : event.after;
      continue;
    }
    const collection = COLLECTION_OF[event.entityType as Exclude<EntityType, 'controller'>];
    if (!collection) continue;
    const items = state.get(collection) ?? new Map<string, Record<string, unknown>>();
    if (event.action === 'delete' || event.after === null) items.delete(event.entityId);
    else items.set(event.entityId, event.after);
    state.set(collection, items);
  }
  const lists = Object.fromEntries(
    REGISTRY_COLLECTIONS.map((collection) => [
      collection,
      [...(state.get(collection)?.values() ?? [])].sort((a, b) => byNameThenId(a as never, b as never)),
    ]),
  );
  return {
    asOf,
    controller: controller as RegistrySnapshot['controller'],
    ...(lists as unknown as Omit<RegistrySnapshot, 'asOf' | 'controller'>),
  };
}
