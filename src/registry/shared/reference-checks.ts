import type { EntityManager, EntityMetadata, ObjectLiteral } from 'typeorm';
import {
  ConflictError,
  type FieldError,
  ReferencedResourceError,
  type Referrer,
  RequestValidationError,
  UnprocessableError,
} from '../../common/errors';
import type { EntityType } from '../../domain/entity-types';
import { assignRefs, isUuid, refBase } from '../../domain/refs';
import type { RegistryEntity } from './registry.entity';
import { nameExpression } from './registry-sql';
import type { ResourceCatalogue } from './resource-catalogue';
import type { CrudDefinition } from './resource-definition';
import { translatableSpec, translationErrors } from './translations';

/** What a link shows of the item it names, besides its id: `{id, ref, name}` in every answer. */
export interface LinkedItem {
  ref: string | null;
  name: string;
}

/** The items links name, keyed `type:id`. */
export type LinkedItems = Map<string, LinkedItem>;

interface Reference {
  path: string;
  target: EntityType;
  /** An id (a UUID) or a ref, as the body gave it */
  value: string;
  /** Writes the id a ref names in its place */
  resolve(id: string): void;
}

/** How a write treats the item's own ref: a new item gets one, a changed one must be free. */
export type OwnRef = { mode: 'create' } | { mode: 'update'; before: Record<string, unknown> };

/** The ref column of a table, or NULL for one without (policies are named by their slugs and titles). */
const refColumn = (metadata: EntityMetadata, alias: string): string =>
  metadata.findColumnWithPropertyName('ref') ? `${alias}."ref"` : 'NULL::text';

/**
 * What a write of one resource must check before it changes anything: its cross-field rules (400), that
 * every item it refers to exists (422), that its own ref is free (409), and, before a delete, that nothing
 * refers to it (409). Links given as refs are resolved to ids first, in the same statement. Targets and
 * referrers are looked up in the catalogue of every definition on the CRUD mechanism.
 */
export class ReferenceChecks<E extends RegistryEntity> {
  constructor(
    private readonly definition: CrudDefinition<E>,
    private readonly catalogue: ResourceCatalogue,
  ) {
    // Resolved at boot: a translatable field the DTO does not validate as text stops the app, not a request.
    translatableSpec(definition.label, definition.createDto, definition.translatable);
  }

  /**
   * Resolves the links given as refs to ids, gives new items their ref (or checks that a given or changed
   * one is free), then checks the cross-field rules (400), the refs (409) and that every linked item exists
   * (422): one statement. Answers what the links name, keyed `type:id`.
   */
  async check(manager: EntityManager, entities: E[], own: OwnRef): Promise<LinkedItems> {
    const def = this.definition;
    const metadata = manager.connection.getMetadata(def.entity);
    const keyed = metadata.findColumnWithPropertyName('ref') !== undefined;
    const refs = entities.flatMap((entity) => referencesOf(def, entity));
    const ownRefs = keyed ? this.ownRefsToCheck(entities, own) : [];
    const { linked, byRef, taken } = await this.lookUp(manager, refs, ownRefs, metadata);

    const unknown: FieldError[] = [];
    for (const ref of refs) {
      if (isUuid(ref.value)) continue;
      const id = byRef.get(`${ref.target}:${ref.value}`);
      if (id === undefined) unknown.push({ path: ref.path, message: `no ${this.labelOf(ref.target)} with ref "${ref.value}"` });
      else ref.resolve(id);
    }
    const conflicts = keyed ? this.assignOwnRefs(entities, own, taken) : [];

    const fieldErrors = entities.flatMap((entity) => [
      ...translationErrors(
        (entity as { translations?: unknown }).translations,
        translatableSpec(def.label, def.createDto, def.translatable),
      ),
      ...(def.validate?.(entity) ?? []),
    ]);
    if (fieldErrors.length > 0) throw new RequestValidationError(fieldErrors);
    if (conflicts.length > 0) throw new ConflictError(`The ref is already used by another ${def.label}; see errors[].`, conflicts);
    const missing = refs
      .filter((ref) => isUuid(ref.value) && !linked.has(`${ref.target}:${ref.value}`))
      .map((ref) => ({ path: ref.path, message: `No ${this.labelOf(ref.target)} with id ${ref.value}` }));
    const errors = [...unknown, ...missing];
    if (errors.length > 0) throw new UnprocessableError('Some referenced items do not exist; see errors[].', errors);
    return linked;
  }

  /** What the links of stored items name now (a body that echoes `{id, ref, name}` links is compared with it). */
  async linkedOf(manager: EntityManager, entities: E[]): Promise<LinkedItems> {
    const refs = entities.flatMap((entity) => referencesOf(this.definition, entity)).filter((ref) => isUuid(ref.value));
    return (await this.lookUp(manager, refs, [], manager.connection.getMetadata(this.definition.entity))).linked;
  }

  /** 409 when anything in the registry, or outside it (the definition's dependents), still refers to the item. */
  async assertUnreferenced(manager: EntityManager, entity: E): Promise<void> {
    const def = this.definition;
    const referrers = [...(await this.referrers(manager, entity.id)), ...((await def.dependents?.(manager, entity.id)) ?? [])];
    if (referrers.length > 0) throw new ReferencedResourceError(referrers, `The ${def.label} "${def.nameOf(entity)}"`);
  }

  /** The refs a write must find free (given or changed) and the bases of those it makes from names. */
  private ownRefsToCheck(entities: E[], own: OwnRef): string[] {
    const refOf = (entity: E): unknown => (entity as { ref?: unknown }).ref;
    if (own.mode === 'update') return entities.map(refOf).filter((ref): ref is string => typeof ref === 'string' && ref !== own.before.ref);
    return entities.map((entity) => {
      const ref = refOf(entity);
      return typeof ref === 'string' ? ref : refBase(this.definition.nameOf(entity), this.definition.entityType);
    });
  }

  /**
   * Gives each new item without a ref the first free one made from its name, and answers, for every given
   * or changed ref that another item holds (or another item of the same write is given), an error at `ref`.
   */
  private assignOwnRefs(entities: E[], own: OwnRef, taken: Map<string, { id: string; name: string }>): FieldError[] {
    const label = this.definition.label;
    const errors: FieldError[] = [];
    const given = new Map<string, number>();
    const prefix = (i: number): string => (entities.length > 1 ? `[${i}].` : '');
    entities.forEach((entity, i) => {
      const ref = (entity as { ref?: unknown }).ref;
      if (typeof ref !== 'string' || (own.mode === 'update' && ref === own.before.ref)) return;
      const holder = taken.get(ref);
      if (holder && holder.id !== entity.id)
        errors.push({ path: `${prefix(i)}ref`, message: `ref "${ref}" is already the ref of ${label} "${holder.name}"` });
      else if (given.has(ref)) errors.push({ path: `${prefix(i)}ref`, message: `ref "${ref}" is given to two items of this write` });
      given.set(ref, i);
    });
    if (own.mode === 'create') {
      const refs = assignRefs(
        entities.map((entity) => {
          const ref = (entity as { ref?: unknown }).ref;
          return { given: typeof ref === 'string' ? ref : null, name: this.definition.nameOf(entity), type: this.definition.entityType };
        }),
        new Set(taken.keys()),
      );
      entities.forEach((entity, i) => Object.assign(entity, { ref: refs[i] }));
    }
    return errors;
  }

  /**
   * One statement: the linked items named by id or by ref (a branch per target type), and the items of this
   * resource holding the refs a write must find free or the refs made from the same names (`base`, `base-…`).
   */
  private async lookUp(
    manager: EntityManager,
    refs: Reference[],
    ownRefs: string[],
    metadata: EntityMetadata,
  ): Promise<{ linked: LinkedItems; byRef: Map<string, string>; taken: Map<string, { id: string; name: string }> }> {
    const byTarget = new Map<EntityType, { ids: Set<string>; refs: Set<string> }>();
    for (const ref of refs) {
      const entry = byTarget.get(ref.target) ?? { ids: new Set<string>(), refs: new Set<string>() };
      (isUuid(ref.value) ? entry.ids : entry.refs).add(ref.value);
      byTarget.set(ref.target, entry);
    }
    const branches: string[] = [];
    const values: unknown[] = [];
    const param = (value: unknown, cast: string): string => `$${values.push(value)}::${cast}`;
    for (const [target, { ids, refs: targetRefs }] of byTarget) {
      const def = this.catalogue.definitionOf(target);
      const targetMetadata = manager.connection.getMetadata(def.entity);
      const byRefs =
        targetMetadata.findColumnWithPropertyName('ref') && targetRefs.size > 0
          ? ` OR s."ref" = ANY(${param([...targetRefs], 'text[]')})`
          : '';
      branches.push(
        `SELECT '${target}' AS type, s."id"::text AS id, ${refColumn(targetMetadata, 's')} AS ref, ${nameExpression(def, targetMetadata, 's')} AS name ` +
          `FROM "${targetMetadata.tableName}" s WHERE s."id" = ANY(${param([...ids], 'uuid[]')})${byRefs}`,
      );
    }
    if (ownRefs.length > 0) {
      // The refs themselves, and those made from them (`base-2`…: from `base-` up to `base.`, as '.' follows '-'),
      // a range of the unique index on the bytewise-compared column for each. The subquery is kept apart (OFFSET 0)
      // so that the planner walks the index once per ref: it cannot tell how narrow the ranges are, and read the
      // whole table instead.
      const own = `SELECT '' AS type, s."id"::text AS id, s."ref" AS ref, ${nameExpression(this.definition, metadata, 's')} AS name`;
      const refsParam = param(ownRefs, 'text[]');
      branches.push(
        `${own} FROM "${metadata.tableName}" s WHERE s."ref" = ANY(${refsParam})`,
        `${own} FROM unnest(${refsParam}) AS b(base) CROSS JOIN LATERAL ` +
          `(SELECT * FROM "${metadata.tableName}" m WHERE m."ref" >= b.base || '-' AND m."ref" < b.base || '.' OFFSET 0) s`,
      );
    }
    const linked: LinkedItems = new Map();
    const byRef = new Map<string, string>();
    const taken = new Map<string, { id: string; name: string }>();
    if (branches.length === 0) return { linked, byRef, taken };
    const rows = (await manager.query(branches.join(' UNION ALL '), values)) as {
      type: string;
      id: string;
      ref: string | null;
      name: string;
    }[];
    for (const row of rows) {
      if (row.type === '') {
        if (row.ref !== null) taken.set(row.ref, { id: row.id, name: row.name });
        continue;
      }
      linked.set(`${row.type}:${row.id}`, { ref: row.ref, name: row.name });
      if (row.ref !== null) byRef.set(`${row.type}:${row.ref}`, row.id);
    }
    return { linked, byRef, taken };
  }

  private labelOf(type: EntityType): string {
    return this.catalogue.definitionOf(type).label;
  }

  /** Everything on the CRUD mechanism that refers to an item of this resource, what blocks its deletion: one statement. */
  private async referrers(manager: EntityManager, id: string): Promise<Referrer[]> {
    const type = this.definition.entityType;
    const values: string[] = [id];
    const branches: string[] = [];
    this.catalogue.definitions.forEach((def, order) => {
      const metadata = manager.connection.getMetadata(def.entity);
      const column = (property: string): string => `t."${metadata.findColumnWithPropertyName(property)?.databaseName ?? property}"`;
      const conditions: string[] = [];
      for (const relation of def.relations.filter((r) => r.target === type)) {
        conditions.push(relation.many ? `$1::uuid = ANY(${column(relation.field)})` : `${column(relation.field)} = $1::uuid`);
      }
      for (const nested of (def.nestedRelations ?? []).filter((n) => n.target === type)) {
        values.push(JSON.stringify([{ [nested.key]: id }]));
        conditions.push(`${column(nested.field)} @> $${values.length}::jsonb`);
      }
      if (conditions.length === 0) return;
      branches.push(
        `SELECT ${order} AS ord, '${def.entityType}' AS type, t."id"::text AS id, ${refColumn(metadata, 't')} AS ref, ${nameExpression(def, metadata, 't')} AS name ` +
          `FROM "${metadata.tableName}" t WHERE ${conditions.join(' OR ')}`,
      );
    });
    if (branches.length === 0) return [];
    const rows = (await manager.query(`${branches.join(' UNION ALL ')} ORDER BY ord, id`, values)) as Referrer[];
    return rows.map(({ type: t, id: i, ref, name }) => ({ type: t, id: i, ref, name }));
  }
}

/** Every link of an item (an id or a ref), with the field path it stands at and how to write an id in its place. */
function referencesOf(def: CrudDefinition, entity: ObjectLiteral): Reference[] {
  const refs: Reference[] = [];
  for (const relation of def.relations) {
    const value = entity[relation.field] as unknown;
    if (Array.isArray(value)) {
      value.forEach((v: unknown, i) => {
        if (typeof v === 'string')
          refs.push({ path: `${relation.field}[${i}]`, target: relation.target, value: v, resolve: (id) => (value[i] = id) });
      });
    } else if (typeof value === 'string') {
      refs.push({ path: relation.field, target: relation.target, value, resolve: (id) => (entity[relation.field] = id) });
    }
  }
  for (const nested of def.nestedRelations ?? []) {
    const list = (entity[nested.field] as Record<string, unknown>[] | null) ?? [];
    list.forEach((element, i) => {
      const value = element[nested.key];
      if (typeof value === 'string') {
        refs.push({
          path: `${nested.field}[${i}].${nested.key}`,
          target: nested.target,
          value,
          resolve: (id) => (element[nested.key] = id),
        });
      }
    });
  }
  return refs;
}
