import type { DataSource, EntityManager, ObjectLiteral } from 'typeorm';
import type { AuditService } from '../../audit/audit.service';
import type { Principal } from '../../auth/api-keys.service';
import {
  ConflictError,
  type FieldError,
  ReferencedResourceError,
  type Referrer,
  RequestValidationError,
  ResourceNotFoundError,
  StaleVersionError,
  UnprocessableError,
} from '../../common/errors';
import { matchesIfMatch } from '../../common/etag';
import type { EntityType } from '../../snapshot/registry-snapshot';
import type { ListQuery } from './list-query.dto';
import type { RegistryEntity } from './registry.entity';
import type { CrudDefinition } from './resource-definition';
import { toPlainItem } from './plain-item';
import { CRUD_DEFINITIONS } from './resource-registry';

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export type Summary = { id: string; name: string };
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
  ) {}

  async list(query: ListQuery & Record<string, unknown>): Promise<Page<RegistryItem>> {
    const def = this.definition;
    const qb = this.dataSource.getRepository(def.entity).createQueryBuilder('r');
    for (const [param, filter] of Object.entries(def.filters)) {
      const value = query[param];
      if (value === undefined) continue;
      const column = `r.${this.columnName(filter.property)}`;
      qb.andWhere(filter.array ? `:${param} = ANY(${column})` : `${column} = :${param}`, { [param]: value });
    }
    if (query.q) {
      const search = def.searchProperty === undefined ? 'name' : def.searchProperty;
      if (search === null)
        throw new RequestValidationError([{ path: 'q', message: `${def.label}s have no name to search; use the filters` }]);
      qb.andWhere(`r.${this.columnName(search)} ILIKE :q`, { q: `%${query.q.replace(/[\\%_]/g, '\\$&')}%` });
    }
    const sort = query.sort ?? def.sortable[0];
    const property = sort.replace(/^-/, '');
    if (!def.sortable.includes(property)) {
      throw new RequestValidationError([
        { path: 'sort', message: `sort must be one of ${def.sortable.join(', ')} (prefix - for descending)` },
      ]);
    }
    qb.orderBy(`r.${this.columnName(property)}`, sort.startsWith('-') ? 'DESC' : 'ASC').addOrderBy('r.id', 'ASC');
    const [rows, total] = await qb.take(query.limit).skip(query.offset).getManyAndCount();
    return { items: await this.withSummaries(this.dataSource.manager, rows), total, limit: query.limit, offset: query.offset };
  }

  async get(id: string): Promise<RegistryItem> {
    const row = await this.dataSource.getRepository(this.definition.entity).findOneBy({ id } as never);
    if (!row) throw this.notFound(id);
    return (await this.withSummaries(this.dataSource.manager, [row]))[0];
  }

  async create(dto: object, actor: Principal | null): Promise<RegistryItem> {
    return this.write(async (manager) => (await this.withSummaries(manager, [await this.createWithin(manager, dto, actor)]))[0]);
  }

  /** Creates in the caller's transaction, which holds the registry lock (import uses it too). */
  async createWithin(manager: EntityManager, dto: object, actor: Principal | null, presetId?: string): Promise<E> {
    const repo = manager.getRepository(this.definition.entity);
    const entity = repo.create({ ...dto, ...(presetId ? { id: presetId } : {}) } as never) as unknown as E;
    this.definition.prepare?.(entity, null);
    await this.check(manager, entity);
    const saved = await repo.save(entity);
    const after = toPlainItem(saved);
    await this.audit.record(manager, actor, {
      action: 'create',
      entityType: this.definition.entityType,
      entityId: saved.id,
      version: saved.version,
      before: null,
      after,
    });
    return saved;
  }

  async update(id: string, dto: object, ifMatch: string | undefined, actor: Principal | null): Promise<RegistryItem> {
    return this.write(async (manager) => {
      const entity = await this.lockForWrite(manager, id, ifMatch);
      const saved = await this.updateWithin(manager, entity, dto, actor);
      return (await this.withSummaries(manager, [saved]))[0];
    });
  }

  /** Applies a PATCH to an item inside the caller's transaction, checked and audited (import rebinding policies). */
  async updateWithin(manager: EntityManager, entity: E, dto: object, actor: Principal | null): Promise<E> {
    const before = toPlainItem(entity);
    const changes = Object.fromEntries(Object.entries(dto).filter(([, value]) => value !== undefined));
    // A PATCH replaces each field it names; objects such as notApplicable are replaced whole, not merged.
    Object.assign(entity, changes);
    this.definition.prepare?.(entity, before);
    await this.check(manager, entity);
    const saved = await manager.getRepository(this.definition.entity).save(entity);
    await this.audit.record(manager, actor, {
      action: 'update',
      entityType: this.definition.entityType,
      entityId: entity.id,
      version: saved.version,
      before,
      after: toPlainItem(saved),
    });
    return saved;
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
      await this.deleteWithin(manager, entity, actor);
    });
  }

  /** Deletes every item, referrers first being the caller's concern (import with replace). */
  async deleteAllWithin(manager: EntityManager, actor: Principal | null): Promise<number> {
    const rows = await manager.getRepository(this.definition.entity).find({ order: { id: 'ASC' } as never });
    for (const row of rows) await this.deleteWithin(manager, row, actor);
    return rows.length;
  }

  private async deleteWithin(manager: EntityManager, entity: E, actor: Principal | null): Promise<void> {
    const before = toPlainItem(entity);
    await manager.getRepository(this.definition.entity).delete(entity.id);
    await this.audit.record(manager, actor, {
      action: 'delete',
      entityType: this.definition.entityType,
      entityId: entity.id,
      version: entity.version,
      before,
      after: null,
    });
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

  /** Cross-field rules (400), then every referenced id must exist (422). */
  private async check(manager: EntityManager, entity: E): Promise<void> {
    const fieldErrors = this.definition.validate?.(entity) ?? [];
    if (fieldErrors.length > 0) throw new RequestValidationError(fieldErrors);
    const unknown = await findUnknownReferences(manager, this.definition, entity);
    if (unknown.length > 0) {
      throw new UnprocessableError('Some referenced items do not exist; see errors[].', unknown);
    }
  }

  private async withSummaries(manager: EntityManager, rows: E[]): Promise<RegistryItem[]> {
    const wanted = new Map<EntityType, Set<string>>();
    for (const row of rows) {
      for (const relation of this.definition.relations) {
        for (const id of relationIds(row, relation.field)) {
          const ids = wanted.get(relation.target) ?? new Set<string>();
          ids.add(id);
          wanted.set(relation.target, ids);
        }
      }
    }
    const names = new Map<string, Summary>();
    for (const [target, ids] of wanted) {
      for (const summary of await loadSummaries(manager, target, [...ids])) names.set(`${target}:${summary.id}`, summary);
    }
    return rows.map((row) => {
      const item = { ...toPlainItem(row), ...this.definition.derived?.(row) } as RegistryItem;
      for (const relation of this.definition.relations) {
        const summaries = relationIds(row, relation.field).map((id) => names.get(`${relation.target}:${id}`) ?? { id, name: '(missing)' });
        item[relation.summary] = relation.many ? summaries : (summaries[0] ?? null);
      }
      return item;
    });
  }

  private columnName(property: string): string {
    return this.dataSource.getMetadata(this.definition.entity).findColumnWithPropertyName(property)?.databaseName ?? property;
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

async function loadSummaries(manager: EntityManager, type: EntityType, ids: string[]): Promise<Summary[]> {
  if (ids.length === 0) return [];
  const def = definitionOf(type);
  const rows = await manager.getRepository(def.entity).createQueryBuilder('t').where('t.id = ANY(:ids)', { ids }).getMany();
  return rows.map((row) => ({ id: row.id, name: def.nameOf(row) }));
}

/** Every id a write refers to that does not exist, with the field path it stands at. */
async function findUnknownReferences(manager: EntityManager, def: CrudDefinition, entity: ObjectLiteral): Promise<FieldError[]> {
  const refs: { path: string; target: EntityType; id: string }[] = [];
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
  const errors: FieldError[] = [];
  const byTarget = new Map<EntityType, typeof refs>();
  refs.forEach((ref) => byTarget.set(ref.target, [...(byTarget.get(ref.target) ?? []), ref]));
  for (const [target, list] of byTarget) {
    const found = new Set((await loadSummaries(manager, target, [...new Set(list.map((r) => r.id))])).map((s) => s.id));
    const label = definitionOf(target).label;
    list.filter((r) => !found.has(r.id)).forEach((r) => errors.push({ path: r.path, message: `No ${label} with id ${r.id}` }));
  }
  return errors;
}

/** Everything in the registry that refers to an item: what blocks its deletion. */
export async function findReferrers(manager: EntityManager, type: CrudDefinition['entityType'], id: string): Promise<Referrer[]> {
  const referrers: Referrer[] = [];
  for (const def of CRUD_DEFINITIONS) {
    const metadata = manager.connection.getMetadata(def.entity);
    const column = (property: string): string => metadata.findColumnWithPropertyName(property)?.databaseName ?? property;
    const conditions: string[] = [];
    for (const relation of def.relations.filter((r) => r.target === type)) {
      conditions.push(relation.many ? `:id = ANY(t.${column(relation.field)})` : `t.${column(relation.field)} = :id`);
    }
    for (const nested of (def.nestedRelations ?? []).filter((n) => n.target === type)) {
      conditions.push(`t.${column(nested.field)} @> :nested${nested.key}::jsonb`);
    }
    if (conditions.length === 0) continue;
    const params: Record<string, string> = { id };
    for (const nested of def.nestedRelations ?? []) params[`nested${nested.key}`] = JSON.stringify([{ [nested.key]: id }]);
    const rows = await manager
      .getRepository(def.entity)
      .createQueryBuilder('t')
      .where(`(${conditions.join(' OR ')})`, params)
      .orderBy('t.id')
      .getMany();
    rows.forEach((row) => referrers.push({ type: def.entityType, id: row.id, name: def.nameOf(row) }));
  }
  return referrers;
}
