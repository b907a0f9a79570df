import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ControllerProfileEntity } from '../registry/controller/controller-profile.entity';
import { toPlainItem } from '../registry/shared/plain-item';
import { RESOURCE_DEFINITIONS } from '../registry/shared/resource-registry';
import { RegistryReplay } from './as-of';
import { Interner } from './interner';
import { byNameThenId } from '../domain/order';
import type { RegistrySnapshot } from '../domain/registry-snapshot';
import { rowsById, tablePages } from '../database/table-pages';

/**
 * Rows per query when the snapshot reads a table. Reading page by page keeps what the loader holds
 * besides the snapshot itself (the rows' JSON text and their parsed copies) to one page, whatever the
 * registry's size. 250 rather than 1,000: a page of activities then fits the 2 MB young generation
 * `npm start` gives Node, so it can die there instead of growing the old one; the PDF of 10,000 activities,
 * which reads the snapshot first, peaked 3 MB lower (145-148 MB against 146-152 MB), for about 30 more queries.
 */
export const SNAPSHOT_PAGE_SIZE = 250;

/** The most entries changed since the last snapshot that are read again one by one; more (an import) reads the whole registry. */
export const SNAPSHOT_DELTA_LIMIT = 1000;

type SnapshotItem = { id: string; name?: string };

/** A snapshot and the registry version it was read at (the last audit event's number). */
export interface VersionedSnapshot {
  version: number;
  snapshot: RegistrySnapshot;
}

/**
 * The only reader for compliance, policies and exports: the whole registry, one table after the
 * other, inside one REPEATABLE READ transaction so that it is consistent. A table takes one query per
 * {@link SNAPSHOT_PAGE_SIZE} rows (keyset pages by id), never one per item.
 */
@Injectable()
export class SnapshotService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The snapshot of the latest registry version read, and the one being built (single flight). */
  private cached: VersionedSnapshot | null = null;
  private building: Promise<VersionedSnapshot> | null = null;

  /** The registry now: {@link current}'s snapshot, stamped with this instant. */
  async now(): Promise<RegistrySnapshot> {
    return (await this.current()).snapshot;
  }

  /**
   * The registry's version (one cheap statement) and the snapshot of it. The snapshot is rebuilt only
   * when the version has moved since the last build, and once however many requests ask at the same
   * time; the version comes from the database, so a write on another replica is seen at the next call.
   */
  async current(): Promise<VersionedSnapshot> {
    const version = await this.audit.registryVersion();
    for (;;) {
      const cached = this.cached;
      // A snapshot of the registry as it is now, whenever it was read: the date-dependent rules see today.
      if (cached && cached.version >= version)
        return { version: cached.version, snapshot: { ...cached.snapshot, asOf: new Date().toISOString() } };
      this.building ??= (cached ? this.update(cached) : this.load()).finally(() => {
        this.building = null;
      });
      const built = await this.building;
      if (!this.cached || built.version > this.cached.version) this.cached = built;
    }
  }

  /**
   * The next version from the last: only the entries whose audit events came after it are read again
   * (one query for which, one per table touched), and a new snapshot is made of the old one's lists with
   * those entries replaced; the old one is left as it was for whoever still holds it. A change larger
   * than a page of rows (an import) reads the whole registry instead.
   */
  private update(from: VersionedSnapshot): Promise<VersionedSnapshot> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const version = await this.audit.registryVersion(manager);
      const changed = (await manager.query(
        'SELECT DISTINCT "entity_type" AS type, "entity_id"::text AS id FROM "audit_event" WHERE "seq" > $1 AND "seq" <= $2 LIMIT $3',
        [from.version, version, SNAPSHOT_DELTA_LIMIT + 1],
      )) as { type: string; id: string }[];
      if (changed.length > SNAPSHOT_DELTA_LIMIT) return this.loadWithin(manager, version);
      const interner = new Interner();
      const snapshot: RegistrySnapshot = { ...from.snapshot, asOf: new Date().toISOString() };
      if (changed.some((c) => c.type === 'controller')) {
        const [controller] = await manager.getRepository(ControllerProfileEntity).find({ take: 1 });
        snapshot.controller = controller ? (toPlainItem(controller) as unknown as RegistrySnapshot['controller']) : null;
      }
      for (const def of RESOURCE_DEFINITIONS) {
        const ids = new Set(changed.filter((c) => c.type === def.entityType).map((c) => c.id));
        if (ids.size === 0) continue;
        const rows = (await rowsById(manager, def.entity, [...ids])).map((row) => interner.share(row) as SnapshotItem);
        const list = snapshot[def.collection] as unknown as SnapshotItem[];
        const next = [...list.filter((item) => !ids.has(item.id)), ...rows].sort(byNameThenId);
        (snapshot as unknown as Record<string, SnapshotItem[]>)[def.collection] = next;
      }
      return { version, snapshot };
    });
  }

  /** Reads the whole registry and its version in one REPEATABLE READ transaction, so that the two agree. */
  private load(): Promise<VersionedSnapshot> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) =>
      // The first statement fixes the transaction's view: the version read is the version of what follows.
      this.loadWithin(manager, await this.audit.registryVersion(manager)),
    );
  }

  private async loadWithin(manager: EntityManager, version: number): Promise<VersionedSnapshot> {
    const asOf = new Date().toISOString();
    // Ids, enum values and timestamps repeat across thousands of items: one string each.
    const interner = new Interner();
    const [controller] = await manager.getRepository(ControllerProfileEntity).find({ take: 1 });
    // One table after the other: a transaction's queries share one connection.
    const lists: [string, SnapshotItem[]][] = [];
    for (const def of RESOURCE_DEFINITIONS) {
      const items: SnapshotItem[] = [];
      for await (const page of tablePages(manager, def.entity, SNAPSHOT_PAGE_SIZE))
        for (const row of page) items.push(interner.share(row) as SnapshotItem);
      lists.push([def.collection, items.sort(byNameThenId)]);
    }
    const snapshot: RegistrySnapshot = {
      asOf,
      controller: controller ? (toPlainItem(controller) as unknown as RegistrySnapshot['controller']) : null,
      ...(Object.fromEntries(lists) as unknown as Omit<RegistrySnapshot, 'asOf' | 'controller'>),
    };
    return { version, snapshot };
  }

  /**
   * The registry as it stood at an instant, rebuilt from the audit events' after-states as they are
   * read: only the latest state of each entry is held, not the trail.
   */
  async asOf(instant: Date): Promise<RegistrySnapshot> {
    const replay = new RegistryReplay();
    const interner = new Interner();
    for await (const event of this.audit.afterStates(instant)) {
      replay.apply({
        seq: event.seq,
        at: event.at.toISOString(),
        action: event.action,
        entityType: event.entityType,
        entityId: event.entityId,
        version: event.version,
        after: event.after === null ? null : interner.share(event.after),
      });
    }
    return replay.snapshot(instant.toISOString());
  }
}
