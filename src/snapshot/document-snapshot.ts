import type { EntityMeta, RegistrySnapshot } from '../domain/registry-snapshot';
import { byNameThenId } from '../domain/order';
import { REGISTRY_COLLECTIONS, type RopaDocument } from '../domain/ropa-document';

const FIXED_TIME = '2026-01-01T00:00:00.000Z';

/**
 * A snapshot made straight from a document, refs standing in for ids (and kept as refs): for pure tests of the
 * compliance rules, the policy generator and the exports, with no database.
 */
export function snapshotFromDocument(doc: RopaDocument, asOf = FIXED_TIME): RegistrySnapshot {
  const meta = (ref: string): EntityMeta => ({ id: ref, version: 1, createdAt: FIXED_TIME, updatedAt: FIXED_TIME });
  const collections = Object.fromEntries(
    REGISTRY_COLLECTIONS.map((key) => {
      const items = ((doc[key] ?? []) as { ref: string }[]).map((item) => ({ ...item, ...meta(item.ref) }));
      return [key, items.sort(byNameThenId)];
    }),
  ) as unknown as Omit<RegistrySnapshot, 'asOf' | 'controller'>;
  return {
    asOf,
    controller: doc.controller ? { ...doc.controller, ...meta('controller') } : null,
    ...collections,
  };
}
