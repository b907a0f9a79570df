import type { EntityMeta, RegistrySnapshot } from '../domain/registry-snapshot';
import { ROPA_DOCUMENT_FORMAT, type RopaDocument } from '../domain/ropa-document';
import { RESOURCE_DEFINITIONS } from '../registry/shared/resource-registry';

function withoutMeta<T extends EntityMeta>(item: T): Omit<T, keyof EntityMeta> {
  const { id: _id, version: _version, createdAt: _createdAt, updatedAt: _updatedAt, ...rest } = item;
  return rest;
}

/**
 * The registry as the JSON document of export and import: each item under its ref, and each link written
 * as the ref of the item it names, so that the document reads as the registry does and an import keeps
 * the refs. An item whose ref another item of its list already carries (as of a past instant, two entries
 * of one name read with the same) is written under its id, and so is a link to an item that is gone.
 */
export function snapshotToDocument(snapshot: RegistrySnapshot): RopaDocument {
  const refs = new Map<string, string>();
  for (const def of RESOURCE_DEFINITIONS) {
    const used = new Set<string>();
    for (const item of snapshot[def.collection] as (EntityMeta & { ref?: unknown })[]) {
      const ref = typeof item.ref === 'string' && !used.has(item.ref) ? item.ref : item.id;
      used.add(ref);
      refs.set(`${def.entityType}:${item.id}`, ref);
    }
  }
  const link = (type: string, id: unknown): unknown => (typeof id === 'string' ? (refs.get(`${type}:${id}`) ?? id) : id);
  const collections = Object.fromEntries(
    RESOURCE_DEFINITIONS.map((def) => [
      def.collection,
      (snapshot[def.collection] as EntityMeta[]).map((item) => {
        const fields = withoutMeta(item) as Record<string, unknown>;
        for (const relation of def.relations) {
          const value = fields[relation.field];
          fields[relation.field] = Array.isArray(value) ? value.map((id) => link(relation.target, id)) : link(relation.target, value);
        }
        for (const nested of def.nestedRelations ?? []) {
          const list = fields[nested.field];
          if (Array.isArray(list)) {
            fields[nested.field] = list.map((element: Record<string, unknown>) => ({
              ...element,
              [nested.key]: link(nested.target, element[nested.key]),
            }));
          }
        }
        return { ...fields, ref: refs.get(`${def.entityType}:${item.id}`) };
      }),
    ]),
  ) as unknown as Omit<RopaDocument, 'format' | 'controller'>;
  return {
    format: ROPA_DOCUMENT_FORMAT,
    controller: snapshot.controller ? withoutMeta(snapshot.controller) : null,
    ...collections,
  };
}
