import type { DataSource, EntityManager } from 'typeorm';
import type { AuditService } from '../../audit/audit.service';
import type { Principal } from '../../auth/api-keys.service';
import { canonicalJson } from '../../common/canonical-json';
import { ConflictError, StaleVersionError } from '../../common/errors';
import { matchesIfMatch } from '../../common/etag';
import { insertRows } from '../../database/insert-rows';
import { type Translations, withoutStaleTranslations } from '../../domain/translations';
import { toPlainItem } from './plain-item';
import type { LinkedItems, ReferenceChecks } from './reference-checks';
import { type Echo, echoMismatches, throwEchoMismatches } from '../../common/read-only-echo';
import type { RegistryEntity } from './registry.entity';
import { type CrudDefinition, notFound } from './resource-definition';

/** A written item as answered: its fields and the `{id,ref,name}` summaries of what it refers to. */
export type RegistryItem = Record<string, unknown> & { id: string; version: number };

const UNIQUE_VIOLATION = '23505';

/**
 * The write path of one resource: create, update and delete, each in one transaction that holds the
 * registry write lock, checks references ({@link ReferenceChecks}), and appends its audit events before
 * committing. The `…Within` methods write in a transaction the caller holds (the import, the policies).
 */
export class RegistryWrites<E extends RegistryEntity> {
  constructor(
    private readonly definition: CrudDefinition<E>,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly checks: ReferenceChecks<E>,
  ) {}

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
    const names = await this.checks.check(manager, entities, { mode: 'create' });
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

  /**
   * `echo`: the read-only members the body carried (`id`, `version`, timestamps, link summaries, derived
   * fields), taken out before validation; each must equal what the item holds before this change.
   */
  async update(id: string, dto: object, ifMatch: string | undefined, actor: Principal | null, echo: Echo = {}): Promise<RegistryItem> {
    return this.write(async (manager) => {
      const entity = await this.lockForWrite(manager, id, ifMatch);
      if (Object.keys(echo).length > 0) await this.compareEcho(manager, entity, echo);
      const names = await this.updateWithin(manager, entity, dto, actor);
      return this.withSummaries(entity, names);
    });
  }

  /**
   * Applies a PATCH to a locked item inside the caller's transaction: cross-field and reference checks, only
   * the changed columns written, audited. Answers the names of what the item refers to.
   */
  async updateWithin(manager: EntityManager, entity: E, dto: object, actor: Principal | null): Promise<LinkedItems> {
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
    const names = await this.checks.check(manager, [entity], { mode: 'update', before });
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
      await this.checks.assertUnreferenced(manager, entity);
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
    if (!entity) throw notFound(this.definition, id);
    if (ifMatch !== undefined && !matchesIfMatch(ifMatch, entity.version)) throw new StaleVersionError(entity.version, ifMatch);
    return entity;
  }

  /** The API shape of a written item: its fields and the `{id,ref,name}` of what it refers to. */
  private withSummaries(entity: E, names: LinkedItems): RegistryItem {
    const item = { ...toPlainItem(entity), ...this.definition.derived?.(entity) } as RegistryItem;
    for (const relation of this.definition.relations) {
      const summaries = relationIds(entity, relation.field).map((id) => {
        const linked = names.get(`${relation.target}:${id}`);
        return { id, ref: linked?.ref ?? null, name: linked?.name ?? '(missing)' };
      });
      item[relation.summary] = relation.many ? summaries : (summaries[0] ?? null);
    }
    return item;
  }

  /**
   * A body may carry back what a GET answered: each read-only member it repeats must be what the item holds
   * (409 for an older `version`, 422 naming any other member that differs). Link summaries are compared
   * with what the links name now, read in one statement only when the body repeats them.
   */
  private async compareEcho(manager: EntityManager, entity: E, echo: Echo): Promise<void> {
    const summaries = this.definition.relations.filter((relation) => relation.summary in echo);
    const stored =
      summaries.length > 0
        ? this.withSummaries(entity, await this.checks.linkedOf(manager, [entity]))
        : this.withSummaries(entity, new Map());
    const hints = Object.fromEntries(summaries.map((relation) => [relation.summary, `change ${relation.field} to change the links`]));
    throwEchoMismatches(echoMismatches(echo, stored, hints));
  }
}

/** The ids a relation field of an item holds: none, one, or many. */
function relationIds(row: object, field: string): string[] {
  const value = (row as Record<string, unknown>)[field];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' ? [value] : [];
}
