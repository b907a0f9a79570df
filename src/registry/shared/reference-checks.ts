import type { EntityManager, ObjectLiteral } from 'typeorm';
import { ReferencedResourceError, type Referrer, RequestValidationError, UnprocessableError } from '../../common/errors';
import type { EntityType } from '../../domain/entity-types';
import type { RegistryEntity } from './registry.entity';
import { nameExpression } from './registry-sql';
import type { ResourceCatalogue } from './resource-catalogue';
import type { CrudDefinition } from './resource-definition';
import { translatableSpec, translationErrors } from './translations';

interface Reference {
  path: string;
  target: EntityType;
  id: string;
}

/**
 * What a write of one resource must check before it changes anything: its cross-field rules (400), that
 * every item it refers to exists (422), and, before a delete, that nothing refers to it (409). Targets
 * and referrers are looked up in the catalogue of every definition on the CRUD mechanism.
 */
export class ReferenceChecks<E extends RegistryEntity> {
  constructor(
    private readonly definition: CrudDefinition<E>,
    private readonly catalogue: ResourceCatalogue,
  ) {
    // Resolved at boot: a translatable field the DTO does not validate as text stops the app, not a request.
    translatableSpec(definition.label, definition.createDto, definition.translatable);
  }

  /** Cross-field rules (400), then every referenced id must exist (422); answers the names of those found, keyed `type:id`. */
  async check(manager: EntityManager, entities: E[]): Promise<Map<string, string>> {
    const def = this.definition;
    const fieldErrors = entities.flatMap((entity) => [
      ...translationErrors(
        (entity as { translations?: unknown }).translations,
        translatableSpec(def.label, def.createDto, def.translatable),
      ),
      ...(def.validate?.(entity) ?? []),
    ]);
    if (fieldErrors.length > 0) throw new RequestValidationError(fieldErrors);
    const refs = entities.flatMap((entity) => referencesOf(def, entity));
    const names = await this.loadNames(manager, refs);
    const errors = refs
      .filter((ref) => !names.has(`${ref.target}:${ref.id}`))
      .map((ref) => ({ path: ref.path, message: `No ${this.catalogue.definitionOf(ref.target).label} with id ${ref.id}` }));
    if (errors.length > 0) throw new UnprocessableError('Some referenced items do not exist; see errors[].', errors);
    return names;
  }

  /** 409 when anything in the registry, or outside it (the definition's dependents), still refers to the item. */
  async assertUnreferenced(manager: EntityManager, entity: E): Promise<void> {
    const def = this.definition;
    const referrers = [...(await this.referrers(manager, entity.id)), ...((await def.dependents?.(manager, entity.id)) ?? [])];
    if (referrers.length > 0) throw new ReferencedResourceError(referrers, `The ${def.label} "${def.nameOf(entity)}"`);
  }

  /** The names of the referenced items that exist, keyed `type:id`: one statement, a branch per relation type. */
  private async loadNames(manager: EntityManager, refs: Reference[]): Promise<Map<string, string>> {
    const byTarget = new Map<EntityType, Set<string>>();
    for (const ref of refs) byTarget.set(ref.target, (byTarget.get(ref.target) ?? new Set<string>()).add(ref.id));
    const names = new Map<string, string>();
    if (byTarget.size === 0) return names;
    const branches: string[] = [];
    const values: string[][] = [];
    for (const [target, ids] of byTarget) {
      const def = this.catalogue.definitionOf(target);
      const metadata = manager.connection.getMetadata(def.entity);
      values.push([...ids]);
      branches.push(
        `SELECT '${target}' AS type, s."id"::text AS id, ${nameExpression(def, metadata, 's')} AS name FROM "${metadata.tableName}" s WHERE s."id" = ANY($${values.length}::uuid[])`,
      );
    }
    const rows = (await manager.query(branches.join(' UNION ALL '), values)) as { type: string; id: string; name: string }[];
    for (const row of rows) names.set(`${row.type}:${row.id}`, row.name);
    return names;
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
        `SELECT ${order} AS ord, '${def.entityType}' AS type, t."id"::text AS id, ${nameExpression(def, metadata, 't')} AS name ` +
          `FROM "${metadata.tableName}" t WHERE ${conditions.join(' OR ')}`,
      );
    });
    if (branches.length === 0) return [];
    const rows = (await manager.query(`${branches.join(' UNION ALL ')} ORDER BY ord, id`, values)) as Referrer[];
    return rows.map(({ type: t, id: i, name }) => ({ type: t, id: i, name }));
  }
}

/** Every id an item refers to, with the field path it stands at. */
function referencesOf(def: CrudDefinition, entity: ObjectLiteral): Reference[] {
  const refs: Reference[] = [];
  for (const relation of def.relations) {
    const value = entity[relation.field] as unknown;
    if (Array.isArray(value)) value.forEach((id: string, i) => refs.push({ path: `${relation.field}[${i}]`, target: relation.target, id }));
    else if (typeof value === 'string') refs.push({ path: relation.field, target: relation.target, id: value });
  }
  for (const nested of def.nestedRelations ?? []) {
    const list = (entity[nested.field] as Record<string, string>[] | null) ?? [];
    list.forEach((element, i) =>
      refs.push({ path: `${nested.field}[${i}].${nested.key}`, target: nested.target, id: element[nested.key] }),
    );
  }
  return refs;
}
