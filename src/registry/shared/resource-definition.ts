import type { Type } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type FieldError, type Referrer, ResourceNotFoundError } from '../../common/errors';
import type { EntityType } from '../../domain/entity-types';
import type { RegistryCollection } from '../../domain/ropa-document';
import type { RegistryEntity } from './registry.entity';

/** A field of one resource that holds the id (or ids) of another. */
export interface RelationSpec {
  field: string;
  target: EntityType;
  many: boolean;
  /** Response member carrying `{id, ref, name}` of the related items, so people read names, not UUIDs */
  summary: string;
}

/** Ids inside a jsonb array of objects, e.g. `retentionByCategory[].retentionRuleId`. */
export interface NestedRelationSpec {
  field: string;
  key: string;
  target: EntityType;
}

export interface FilterSpec {
  /** Entity property to compare */
  property: string;
  /** The property is an array and the filter value one of its members */
  array?: boolean;
}

/**
 * Everything the one CRUD mechanism needs to know of a resource. The service, the controller and
 * the reference checks are driven by these; registry resources (below) also feed the snapshot.
 */
export interface CrudDefinition<E extends RegistryEntity = RegistryEntity> {
  /** Entity type in audit events, findings and provenance */
  entityType: Exclude<EntityType, 'controller'> | 'policy';
  entity: Type<E>;
  /** Singular, for messages: "data category" */
  label: string;
  /** URL segment under /api/v1 */
  path: string;
  /** The body of POST, also used to validate imported items */
  createDto: Type<object>;
  /**
   * The free texts that reach a notice, which `translations` may translate (dot paths for nested
   * fields); checked against the create DTO's own rules for each field
   */
  translatable: readonly string[];
  relations: RelationSpec[];
  nestedRelations?: NestedRelationSpec[];
  filters: Record<string, FilterSpec>;
  sortable: string[];
  /** The property `q` searches; `name` when left out, null for none */
  searchProperty?: string | null;
  /** How an item is named in messages and summaries */
  nameOf(item: E): string;
  /** `nameOf` in SQL, over a function giving a property's column; the `name` (or `searchProperty`) column when left out */
  nameSql?(column: (property: string) => string): string;
  /** Records outside the registry that keep an item from being deleted (a policy's published versions) */
  dependents?(manager: EntityManager, id: string): Promise<Referrer[]>;
  /**
   * Fills what the record derives from a write (a retired activity's end date), on the merged item
   * before it is checked; `previous` is the stored item's plain state, null on create
   */
  prepare?(item: E, previous: Record<string, unknown> | null): void;
  /** Cross-field rules a DPO cannot mean otherwise, checked on the merged item (400) */
  validate?(item: E): FieldError[];
  /** Request bodies Swagger UI offers for POST and PATCH, runnable unchanged on the example registry */
  examples?: { create: object; update: object };
  /** Read-only fields derived from the item alone, added to every answer (a policy's public URL) */
  derived?(item: E): Record<string, unknown>;
}

/** A resource of the Art. 30 registry: part of every snapshot, export and import. */
export interface ResourceDefinition<E extends RegistryEntity = RegistryEntity> extends CrudDefinition<E> {
  entityType: Exclude<EntityType, 'controller'>;
  /** Its list in RegistrySnapshot and RopaDocument */
  collection: RegistryCollection;
}

/** 404 for an id that names no item of a resource. */
export function notFound(def: Pick<CrudDefinition, 'label'>, id: string): ResourceNotFoundError {
  return new ResourceNotFoundError(`No ${def.label} with id ${id}.`);
}
