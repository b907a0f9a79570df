import type { EntityMeta, RegistrySnapshot } from '../domain/registry-snapshot';
import { REGISTRY_COLLECTIONS, ROPA_DOCUMENT_FORMAT, type RopaDocument } from '../domain/ropa-document';

function withoutMeta<T extends EntityMeta>(item: T): Omit<T, keyof EntityMeta> {
  const { id: _id, version: _version, createdAt: _createdAt, updatedAt: _updatedAt, ...rest } = item;
  return rest;
}

/** The registry as the JSON document of export and import; each item's id becomes its ref. */
export function snapshotToDocument(snapshot: RegistrySnapshot): RopaDocument {
  const collections = Object.fromEntries(
    REGISTRY_COLLECTIONS.map((key) => [key, (snapshot[key] as EntityMeta[]).map((item) => ({ ref: item.id, ...withoutMeta(item) }))]),
  ) as unknown as Omit<RopaDocument, 'format' | 'controller'>;
  return {
    format: ROPA_DOCUMENT_FORMAT,
    controller: snapshot.controller ? withoutMeta(snapshot.controller) : null,
    ...collections,
  };
}
