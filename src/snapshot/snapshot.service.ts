import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ControllerProfileEntity } from '../registry/controller/controller-profile.entity';
import { toPlainItem } from '../registry/shared/plain-item';
import { RESOURCE_DEFINITIONS } from '../registry/shared/resource-registry';
import { snapshotAsOf } from './as-of';
import { byNameThenId } from './order';
import type { RegistrySnapshot } from './registry-snapshot';

/**
 * The only reader for compliance, policies and exports: the whole registry in a fixed number of
 * queries (one per table), whatever its size, inside one transaction so that it is consistent.
 */
@Injectable()
export class SnapshotService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async now(): Promise<RegistrySnapshot> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const asOf = new Date().toISOString();
      const [controller] = await manager.getRepository(ControllerProfileEntity).find({ take: 1 });
      // One query per table, one after the other: a transaction's queries share one connection.
      const lists: [string, unknown[]][] = [];
      for (const def of RESOURCE_DEFINITIONS) {
        const rows = await manager.getRepository(def.entity).find();
        lists.push([def.collection, rows.map((row) => toPlainItem(row)).sort((a, b) => byNameThenId(a as never, b as never))]);
      }
      return {
        asOf,
        controller: controller ? (toPlainItem(controller) as unknown as RegistrySnapshot['controller']) : null,
        ...(Object.fromEntries(lists) as unknown as Omit<RegistrySnapshot, 'asOf' | 'controller'>),
      };
    });
  }

  /** The registry as it stood at an instant, rebuilt from the audit events' after-states. */
  async asOf(instant: Date): Promise<RegistrySnapshot> {
    const events = [];
    for await (const event of this.audit.stream({ to: instant })) {
      events.push({
        seq: event.seq,
        at: event.at.toISOString(),
        action: event.action,
        entityType: event.entityType,
        entityId: event.entityId,
        version: event.version,
        after: event.after,
      });
    }
    return snapshotAsOf(events, instant.toISOString());
  }
}
