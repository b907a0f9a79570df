import { Injectable } from '@nestjs/common';
import type { RegistrySnapshot } from '../domain/registry-snapshot';
import { SnapshotService } from '../snapshot/snapshot.service';
import { VersionMemo } from '../snapshot/version-memo';
import { checkCompliance, type Finding } from './compliance';
import { findingsInScope, PolicyScopes } from './policy-scope';

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

  private async check(snapshot: RegistrySnapshot, version: number, policyId: string | undefined): Promise<Finding[]> {
    if (!policyId) return checkCompliance(snapshot);
    return findingsInScope(snapshot, await this.scopes.scopeAt(version, policyId));
  }
}
