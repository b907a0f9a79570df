import { Injectable } from '@nestjs/common';
import type { RegistrySnapshot } from '../domain/registry-snapshot';
import { SnapshotService } from '../snapshot/snapshot.service';
import { VersionMemo } from '../snapshot/version-memo';
import { checkComplianceInTurns, type Finding } from './compliance';
import { findingsInScope, PolicyScopes } from './policy-scope';
import { type RecordHealth, recordHealth } from './summary';

/** The findings of the registry, or of one policy's scope, computed once per registry version and day. */
@Injectable()
export class ComplianceService {
  constructor(
    private readonly snapshots: SnapshotService,
    private readonly scopes: PolicyScopes,
  ) {}

  /** Findings computed once per registry version and day. */
  private readonly memo = new VersionMemo();

  /** Findings of the whole registry, or of one policy's scope: one statement while the registry is unchanged. */
  async findings(policyId?: string): Promise<Finding[]> {
    const { version, snapshot } = await this.snapshots.current();
    return this.memo.get(version, snapshot, policyId ?? '', () => this.check(snapshot, version, policyId));
  }

  /** The record's health: counts, entries with findings, and what blocks each policy; one computation per registry version. */
  async summary(): Promise<RecordHealth> {
    const { version, snapshot } = await this.snapshots.current();
    // Keyed beside the findings ('' the whole registry, a policy's id its scope), whose answers it reuses.
    return this.memo.get(version, snapshot, 'summary', async () => {
      const policies = await this.scopes.allAt(version);
      return recordHealth(
        snapshot,
        await this.findings(),
        await Promise.all(
          policies.map(async (p) => ({
            id: p.id,
            title: p.title,
            findings: await this.memo.get(version, snapshot, p.id, async () => findingsInScope(snapshot, p.reach)),
          })),
        ),
      );
    });
  }

  private async check(snapshot: RegistrySnapshot, version: number, policyId: string | undefined): Promise<Finding[]> {
    // In turns: the whole registry's rules take seconds at 100,000 activities.
    if (!policyId) return checkComplianceInTurns(snapshot);
    return findingsInScope(snapshot, await this.scopes.scopeAt(version, policyId));
  }
}
