import type { DataSource, EntityManager, ObjectLiteral } from 'typeorm';
import type { AuditService } from '../../audit/audit.service';
import type { Principal } from '../../auth/api-keys.service';
import {
  ConflictError,
  ReferencedResourceError,
  type Referrer,
  RequestValidationError,
  ResourceNotFoundError,
  StaleVersionError,
  UnprocessableError,
} from '../../common/errors';
import { matchesIfMatch } from '../../common/etag';
import { canonicalJson } from '../../common/canonical-json';
import type { EntityType } from '../../domain/entity-types';
import type { ListQuery } from './list-query.dto';
import type { RegistryEntity } from './registry.entity';
import type { CrudDefinition } from './resource-definition';
import { toPlainItem } from './plain-item';
import { translatableSpec } from './translations';
import { type Translations, withoutStaleTranslations } from '../../domain/translations';
import { translationErrors } from './translations';
import { CRUD_DEFINITIONS } from './resource-registry';
import { encodeCursor, nameExpression, RegistryStatements } from './registry-sql';
import { queryPrepared } from '../../database/statements';
import { insertRows } from '../../database/insert-rows';
import { type CachedRead, listPagesOf, type SummaryNames, summaryNamesOf, type SummaryTexts } from './summary-names';

export type Summary = { id: string; name: string };
type PageRow = { item: string; id: string; sort_key: string };
export type RegistryItem = Record<string, unknown> & { id: string; version: number };

const UNIQUE_VIOLATION = '23505';

/**
 * The one CRUD mechanism of every registry resource. Writes run in one transaction that holds the
 * registry write lock, check references, and append their audit event before committing.
 */
export class RegistryService<E extends RegistryEntity> {
  constructor(
    readonly definition: CrudDefinition<E>,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {
    // Resolved at boot: a translatable field the DTO does not validate as text stops the app, not a request.
    translatableSpec(definition.label, definition.createDto, definition.translatable);
  }

  /**
   * One page as JSON text, built by PostgreSQL in one statement (two when the total is asked for):
   * `{items, limit, offset}`, `total` with `?total=true`, and `nextCursor` when more items follow. A page
   * asked for again while the registry is unchanged comes from memory after one statement checks the
   * registry version ({@link ListPages}); pages with a total are always counted afresh. `held` says
   * whether the page is kept in memory (and so worth compressing once for the requests after it).
   */
  async list(query: ListQuery & Record<string, unknown>): Promise<{ read: CachedRead; held: boolean }> {
    const def = this.definition;
    const filters = Object.fromEntries(
      Object.keys(def.filters)
        .filter((name) => query[name] !== undefined)
        .map((name) => [name, query[name]]),
    );
    const sort = query.sort ?? def.sortable[0];
    const input = { filters, q: query.q, sort, cursor: query.cursor as string | undefined, limit: query.limit, offset: query.offset };
    const cacheKey = query.total === true ? null : JSON.stringify([def.entityType, input]);
    const cached = cacheKey === null ? null : await listPagesOf(this.dataSource).get(cacheKey);
    if (cached !== null) return { read: cached, held: true };
    const statement = this.statements().list(input, true);
    const rows = await this.page(statement.text, statement.values, () => this.statements().list(input));
    const more = rows.length > query.limit;
    const page = more ? rows.slice(0, query.limit) : rows;
    let tail = `,"limit":${query.limit},"offset":${query.offset}`;
    if (query.total === true) {
      const count = this.statements().count({ filters, q: query.q });
      const [{ total }] = await queryPrepared<{ total: number }>(this.dataSource, count.text, count.values);
      tail += `,"total":${total}`;
    }
    if (more) {
      const last = page[page.length - 1];
      tail += `,"nextCursor":${JSON.stringify(encodeCursor({ sort, value: last.sort_key, id: last.id }))}`;
    }
    const text = `{"items":[${page.map((row) => this.withDerived(row.item)).join(',')}]${tail}}`;
    const version = (rows[0] as { registry_version?: string } | undefined)?.registry_version;
    const read: CachedRead = { text };
    const held = cacheKey !== null && version !== undefined && listPagesOf(this.dataSource).set(cacheKey, version, read);
    return { read, held };
  }

  /**
   * A page's rows, each item's JSON with its summaries. Items come from PostgreSQL without them, and the
   * summaries are spliced in from memory when the names there were read at the page's registry version;
   * otherwise (the first page after a change, while the names are read again) PostgreSQL builds them.
   */
  private async page(text: string, values: unknown[], withSummaries: () => { text: string; values: unknown[] }): Promise<PageRow[]> {
    const rows = await queryPrepared<PageRow & Record<string, string | null>>(this.dataSource, text, values);
    if (await this.splice(rows)) return rows;
    const statement = withSummaries();
    return queryPrepared<PageRow>(this.dataSource, statement.text, statement.values);
  }

  /**
   * Adds to each row's item its `{id,name}` summaries from memory, by the relation ids the row carries
   * (`r0`, `r1`…), when the names in memory are of the rows' registry version; false when they are not.
   */
  private async splice(rows: ({ item: string; registry_version?: string } & Record<string, unknown>)[]): Promise<boolean> {
    const relations = this.definition.relations;
    if (relations.length === 0 || rows.length === 0) return true;
    const names = await this.summaryNames.at(rows[0].registry_version as string, [...new Set(relations.map((r) => r.target))]);
    if (!names) return false;
    const summary = (target: SummaryTexts | undefined, id: string): string => target?.get(id) ?? JSON.stringify({ id, name: '(missing)' });
    for (const row of rows) {
      let members = '';
      relations.forEach((relation, i) => {
        const ids = (row[`r${i}`] as string | null | undefined) ?? null;
        const texts = names.get(relation.target);
        const value = relation.many
          ? `[${
              ids
                ? ids
                    .split(',')
                    .map((id) => summary(texts, id))
                    .join(',')
                : ''
            }]`
          : ids === null
            ? 'null'
            : summary(texts, ids);
        members += `,${JSON.stringify(relation.summary)}:${value}`;
      });
      row.item = `${row.item.slice(0, -1)}${members}}`;
    }
    return true;
  }

  /**
   * One item as JSON text with its summaries, and its version for the ETag: one statement while the
   * names its summaries show are in memory; PostgreSQL builds them otherwise.
   */
  async get(id: string): Promise<{ version: number; json: string }> {
    // Asked again while the registry is unchanged: from memory after one (shared) version statement.
    const key = `${this.definition.entityType}/${id}`;
    const reads = listPagesOf(this.dataSource);
    const cached = await reads.get(key);
    if (cached !== null && cached.itemVersion !== undefined) return { version: cached.itemVersion, json: cached.text };
    const statements = this.statements();
    let [row] = await queryPrepared<{ version: number; item: string; registry_version?: string }>(this.dataSource, statements.plainOne, [
      id,
    ]);
    if (!row) throw this.notFound(id);
    const registryVersion = row.registry_version;
    const spliced = await this.splice([row]);
    if (!spliced) {
      [row] = await queryPrepared(this.dataSource, statements.one, [id]);
      if (!row) throw this.notFound(id);
    }
    const json = this.withDerived(row.item);
    // Only a read whose summaries are of the same registry version is kept under it.
    if (spliced && registryVersion !== undefined) reads.set(key, registryVersion, { text: json, itemVersion: row.version });
    return { version: row.version, json };
  }

  /** Adds the definition's derived read-only fields (a policy's public URL) to an item PostgreSQL built; as sent otherwise. */
  private withDerived(json: string): string {
    const derived = this.definition.derived;
    if (!derived) return json;
    const item = JSON.parse(json) as E;
    return JSON.stringify({ ...item, ...derived(item) });
  }

  private generated: RegistryStatements | null = null;

  /** The `{id,name}` summaries of list pages, from memory while the registry is unchanged */
  private get summaryNames(): SummaryNames {
    return summaryNamesOf(this.dataSource, definitionOf);
  }

  private statements(): RegistryStatements {
    this.generated ??= new RegistryStatements(this.definition, this.dataSource, definitionOf);
    return this.generated;
  }

  async create(dto: object, actor: Principal | null): Promise<RegistryItem> {
    return this.write(async (manager) => (await this.createManyWithin(manager, [{ dto }], actor))[0]);
  }

  /** Creates in the caller's transaction, which holds the registry lock (import uses it too). */
  async createWithin(manager: EntityManager, dto: object, actor: Principal | null, presetId?: string): Promise<RegistryItem> {
    return (await this.createManyWithin(manager, [{ dto, id: presetId }], actor))[0];
  }

  /**
   * Creates items in the caller's transaction: one reference check for all of them, multi-row inserts,
   * and one audit event per item, chained in order (the import writes in batches through here).
   */
  async createManyWithin(manager: EntityManager, input: { dto: object; id?: string }[], actor: Principal | null): Promise<RegistryItem[]> {
    const repo = manager.getRepository(this.definition.entity);
    const entities = input.map(({ dto, id }) => repo.create({ ...dto, ...(id ? { id } : {}) } as never) as unknown as E);
    for (const entity of entities) this.definition.prepare?.(entity, null);
    const names = await this.check(manager, entities);
    // Inserted rows get their generated columns (id, version, timestamps, defaults) back from RETURNING.
    const metadata = manager.connection.getMetadata(this.definition.entity);
    await insertRows(manager, metadata, entities);
    // What the row now holds, as `save` gave it: an optional field left out of the body is null, not absent.
    for (const entity of entities) {
      for (const column of metadata.columns) if (column.getEntityValue(entity) === undefined) column.setEntityValue(entity, null);
    }
    await this.audit.recordMany(
      manager,
      actor,
      entities.map((entity) => ({
        action: 'create',
        entityType: this.definition.entityType,
        entityId: entity.id,
        version: entity.version,
        before: null,
        after: toPlainItem(entity),
      })),
    );
    return entities.map((entity) => this.withSummaries(entity, names));
  }

  async update(id: string, dto: object, ifMatch: string | undefined, actor: Principal | null): Promise<RegistryItem> {
    return this.write(async (manager) => {
      const entity = await this.lockForWrite(manager, id, ifMatch);
      const names = await this.updateWithin(manager, entity, dto, actor);
      return this.withSummaries(entity, names);
    });
  }

  /**
   * Applies a PATCH to a locked item inside the caller's transaction: cross-field and reference checks, only
   * the changed columns written, audited. Answers the names of what the item refers to.
   */
  async updateWithin(manager: EntityManager, entity: E, dto: object, actor: Principal | null): Promise<Map<string, string>> {
    const before = toPlainItem(entity);
    const changes = Object.fromEntries(Object.entries(dto).filter(([, value]) => value !== undefined));
    // A PATCH replaces each field it names; objects such as notApplicable are replaced whole, not merged.
    Object.assign(entity, changes);
    this.definition.prepare?.(entity, before);
    // A base text changed without new translations sent: its old translations no longer translate it.
    if (changes.translations === undefined && this.definition.translatable.length > 0) {
      const current = (entity as unknown as { translations?: Translations }).translations ?? {};
      const kept = withoutStaleTranslations(current, before, entity, this.definition.translatable);
      if (kept !== null) Object.assign(entity, { translations: kept });
    }
    const names = await this.check(manager, [entity]);
    // What the PATCH and the derived fields (prepare) changed; the version and timestamps move by themselves.
    const metadata = manager.connection.getMetadata(this.definition.entity);
    const written = Object.fromEntries(
      metadata.columns
        .filter((c) => !c.isPrimary && !c.isVersion && !c.isCreateDate && !c.isUpdateDate)
        .map((c) => [c.propertyName, c.getEntityValue(entity) as unknown])
        .filter(([property, value]) => canonicalJson(value ?? null) !== canonicalJson(before[property as string] ?? null)),
    );
    if (Object.keys(written).length > 0) {
      const result = await manager
        .createQueryBuilder()
        .update(this.definition.entity)
        .set(written as never)
        .where('id = :id', { id: entity.id })
        .returning('"version", "updated_at"')
        .updateEntity(false)
        .execute();
      const [row] = result.raw as { version: number; updated_at: Date }[];
      Object.assign(entity, { version: row.version, updatedAt: row.updated_at });
    }
    await this.audit.record(manager, actor, {
      action: 'update',
      entityType: this.definition.entityType,
      entityId: entity.id,
      version: entity.version,
      before,
      after: toPlainItem(entity),
    });
    return names;
  }

  async remove(id: string, ifMatch: string | undefined, actor: Principal | null): Promise<void> {
    await this.write(async (manager) => {
      const entity = await this.lockForWrite(manager, id, ifMatch);
      const referrers = [
        ...(await findReferrers(manager, this.definition.entityType, id)),
        ...((await this.definition.dependents?.(manager, id)) ?? []),
      ];
      if (referrers.length > 0) {
        throw new ReferencedResourceError(referrers, `The ${this.definition.label} "${this.definition.nameOf(entity)}"`);
      }
      await this.deleteManyWithin(manager, [entity], actor);
    });
  }

  /** Deletes every item, referrers first being the caller's concern (import with replace). */
  async deleteAllWithin(manager: EntityManager, actor: Principal | null): Promise<number> {
    const rows = await manager.getRepository(this.definition.entity).find({ order: { id: 'ASC' } as never });
    await this.deleteManyWithin(manager, rows, actor);
    return rows.length;
  }

  /** One DELETE for the lot, one audit event per item. */
  private async deleteManyWithin(manager: EntityManager, entities: E[], actor: Principal | null): Promise<void> {
    if (entities.length === 0) return;
    const metadata = manager.connection.getMetadata(this.definition.entity);
    await manager.query(`DELETE FROM "${metadata.tableName}" WHERE "id" = ANY($1::uuid[])`, [entities.map((e) => e.id)]);
    await this.audit.recordMany(
      manager,
      actor,
      entities.map((entity) => ({
        action: 'delete',
        entityType: this.definition.entityType,
        entityId: entity.id,
        version: entity.version,
        before: toPlainItem(entity),
        after: null,
      })),
    );
  }

  /** Runs registry writes in one transaction that holds the registry lock; unique violations → 409. */
  async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        await this.audit.lockRegistry(manager);
        return work(manager);
      });
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
        throw new ConflictError(`A ${this.definition.label} with the same unique value already exists.`, [
          { detail: (error as { detail?: string }).detail ?? null },
        ]);
      }
      throw error;
    }
  }

  private async lockForWrite(manager: EntityManager, id: string, ifMatch: string | undefined): Promise<E> {
    const entity = await manager.getRepository(this.definition.entity).findOneBy({ id } as never);
    if (!entity) throw this.notFound(id);
    if (ifMatch !== undefined && !matchesIfMatch(ifMatch, entity.version)) throw new StaleVersionError(entity.version, ifMatch);
    return entity;
  }

  /** Cross-field rules (400), then every referenced id must exist (422); answers the names of those found. */
  private async check(manager: EntityManager, entities: E[]): Promise<Map<string, string>> {
    const def = this.definition;
    const fieldErrors = entities.flatMap((entity) => [
      ...translationErrors(
        (entity as { translations?: unknown }).translations,
        translatableSpec(def.label, def.createDto, def.translatable),
      ),
      ...(def.validate?.(entity) ?? []),
    ]);
    if (fieldErrors.length > 0) throw new RequestValidationError(fieldErrors);
    const refs = entities.flatMap((entity) => referencesOf(this.definition, entity));
    const names = await loadNames(manager, refs);
    const errors = refs
      .filter((ref) => !names.has(`${ref.target}:${ref.id}`))
      .map((ref) => ({ path: ref.path, message: `No ${definitionOf(ref.target).label} with id ${ref.id}` }));
    if (errors.length > 0) throw new UnprocessableError('Some referenced items do not exist; see errors[].', errors);
    return names;
  }

  /** The API shape of a written item: its fields and the `{id,name}` of what it refers to. */
  private withSummaries(entity: E, names: Map<string, string>): RegistryItem {
    const item = { ...toPlainItem(entity), ...this.definition.derived?.(entity) } as RegistryItem;
    for (const relation of this.definition.relations) {
      const summaries = relationIds(entity, relation.field).map((id) => ({
        id,
        name: names.get(`${relation.target}:${id}`) ?? '(missing)',
      }));
      item[relation.summary] = relation.many ? summaries : (summaries[0] ?? null);
    }
    return item;
  }

  private notFound(id: string): ResourceNotFoundError {
    return new ResourceNotFoundError(`No ${this.definition.label} with id ${id}.`);
  }
}

function relationIds(row: object, field: string): string[] {
  const value = (row as Record<string, unknown>)[field];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' ? [value] : [];
}

function definitionOf(type: EntityType): CrudDefinition {
  const def = CRUD_DEFINITIONS.find((d) => d.entityType === type);
  if (!def) throw new Error(`No resource definition for ${type}`);
  return def;
}

interface Reference {
  path: string;
  target: EntityType;
  id: string;
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

/** The names of the referenced items that exist, keyed `type:id`: one statement, a branch per relation type. */
async function loadNames(manager: EntityManager, refs: Reference[]): Promise<Map<string, string>> {
  const byTarget = new Map<EntityType, Set<string>>();
  for (const ref of refs) byTarget.set(ref.target, (byTarget.get(ref.target) ?? new Set<string>()).add(ref.id));
  const names = new Map<string, string>();
  if (byTarget.size === 0) return names;
  const branches: string[] = [];
  const values: string[][] = [];
  for (const [target, ids] of byTarget) {
    const def = definitionOf(target);
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

/** Everything in the registry that refers to an item, what blocks its deletion: one statement. */
export async function findReferrers(manager: EntityManager, type: CrudDefinition['entityType'], id: string): Promise<Referrer[]> {
  const values: string[] = [id];
  const branches: string[] = [];
  CRUD_DEFINITIONS.forEach((def, order) => {
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
