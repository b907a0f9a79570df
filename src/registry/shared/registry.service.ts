import type { Provider } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { Principal } from '../../auth/api-keys.service';
import type { Echo } from '../../common/read-only-echo';
import type { ListQuery } from './list-query.dto';
import { type LinkedItems, ReferenceChecks } from './reference-checks';
import type { RegistryEntity } from './registry.entity';
import { RegistryReads } from './registry-reads';
import { type RegistryItem, RegistryWrites } from './registry-writes';
import { ResourceCatalogue } from './resource-catalogue';
import type { CrudDefinition } from './resource-definition';
import type { CachedRead } from './summary-names';

export type { RegistryItem } from './registry-writes';

/**
 * The one CRUD mechanism of every resource on it, configured by its definition: the face controllers,
 * the import and the policies talk to. It holds three rooms: the cached read path
 * ({@link RegistryReads}), the write path with its audit events ({@link RegistryWrites}), and the
 * checks writes make first ({@link ReferenceChecks}: 400 cross-field, 422 missing references, 409 referrers).
 */
export class RegistryService<E extends RegistryEntity> {
  private readonly reads: RegistryReads<E>;
  private readonly writes: RegistryWrites<E>;

  constructor(
    readonly definition: CrudDefinition<E>,
    dataSource: DataSource,
    audit: AuditService,
    catalogue: ResourceCatalogue,
  ) {
    this.reads = new RegistryReads(definition, dataSource, catalogue);
    this.writes = new RegistryWrites(definition, dataSource, audit, new ReferenceChecks(definition, catalogue));
  }

  /** One list page as JSON text, and whether it is held in memory ({@link RegistryReads.list}). */
  list(query: ListQuery & Record<string, unknown>): Promise<{ read: CachedRead; held: boolean }> {
    return this.reads.list(query);
  }

  /** One item as JSON text with its summaries, and its version for the ETag. */
  get(id: string): Promise<{ version: number; json: string }> {
    return this.reads.get(id);
  }

  create(dto: object, actor: Principal | null): Promise<RegistryItem> {
    return this.writes.create(dto, actor);
  }

  /** Creates in the caller's transaction, which holds the registry lock. */
  createWithin(manager: EntityManager, dto: object, actor: Principal | null, presetId?: string): Promise<RegistryItem> {
    return this.writes.createWithin(manager, dto, actor, presetId);
  }

  /** Creates items in the caller's transaction: one reference check, multi-row inserts, an audit event per item. */
  createManyWithin(manager: EntityManager, input: { dto: object; id?: string }[], actor: Principal | null): Promise<RegistryItem[]> {
    return this.writes.createManyWithin(manager, input, actor);
  }

  /** `echo`: the read-only members the body carried back, each compared with the item as stored. */
  update(id: string, dto: object, ifMatch: string | undefined, actor: Principal | null, echo?: Echo): Promise<RegistryItem> {
    return this.writes.update(id, dto, ifMatch, actor, echo);
  }

  /** Applies a PATCH to a locked item in the caller's transaction; answers the names of what it refers to. */
  updateWithin(manager: EntityManager, entity: E, dto: object, actor: Principal | null): Promise<LinkedItems> {
    return this.writes.updateWithin(manager, entity, dto, actor);
  }

  remove(id: string, ifMatch: string | undefined, actor: Principal | null): Promise<void> {
    return this.writes.remove(id, ifMatch, actor);
  }

  /** Deletes every item in the caller's transaction, referrers first being the caller's concern. */
  deleteAllWithin(manager: EntityManager, actor: Principal | null): Promise<number> {
    return this.writes.deleteAllWithin(manager, actor);
  }

  /** Runs registry writes in one transaction that holds the registry lock; unique violations → 409. */
  write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.writes.write(work);
  }
}

/** The injection token of a definition's RegistryService. */
export const registryServiceToken = (def: CrudDefinition): string => `RegistryService:${def.entityType}`;

/** The provider of a definition's RegistryService, under {@link registryServiceToken}: for the module that owns the resource. */
export function registryServiceProvider<E extends RegistryEntity>(definition: CrudDefinition<E>): Provider {
  return {
    provide: registryServiceToken(definition as unknown as CrudDefinition),
    useFactory: (dataSource: DataSource, audit: AuditService, catalogue: ResourceCatalogue) =>
      new RegistryService(definition, dataSource, audit, catalogue),
    inject: [DataSource, AuditService, ResourceCatalogue],
  };
}
