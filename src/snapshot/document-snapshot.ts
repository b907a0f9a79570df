import type { EntityMeta, RegistrySnapshot } from './registry-snapshot';
import { REGISTRY_COLLECTIONS, type RopaDocument } from './ropa-document';

const FIXED_TIME = '2026-01-01T00:00:00.000Z';

function byNameThenId(a: { id: string; name?: string }, b: { id: string; name?: string }): number {
  const an = a.name ?? '';
  const bn = b.name ?? '';
  if (an !== bn) return an < bn ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * A snapshot made straight from a document, refs standing in for ids: for pure tests of the
 * compliance rules, the policy generator and the exports, with no database.
 */
export function snapshotFromDocument(doc: RopaDocument, asOf = FIXED_TIME): RegistrySnapshot {
  const meta = (ref: string): EntityMeta => ({ id: ref, version: 1, createdAt: FIXED_TIME, updatedAt: FIXED_TIME });
  const collections = Object.fromEntries(
    REGISTRY_COLLECTIONS.map((key) => {
      const items = (doc[key] as { ref: string }[]).map(({ ref, ...rest }) => ({ ...rest, ...meta(ref) }));
      return [key, items.sort(byNameThenId)];
    }),
  ) as unknown as Omit<RegistrySnapshot, 'asOf' | 'controller'>;
  return {
    asOf,
    controller: doc.controller ? { ...doc.controller, ...meta('controller') } : null,
    ...collections,
  };
}
