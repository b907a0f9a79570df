import { Injectable } from '@nestjs/common';
import type { RegistrySnapshot } from '../domain/registry-snapshot';
import { SnapshotService } from '../snapshot/snapshot.service';
import { checkCompliance, type Finding } from './compliance';
import { findingsInScope, PolicyScopes } from './policy-scope';

/** The findings of the registry, or of one policy's scope, computed once per registry version and day. */
@Injectable()
export class ComplianceService {
  constructor(
    private readonly snapshots: SnapshotService,
    private readonly scopes: PolicyScopes,
  ) {}

  /** Findings computed from one registry version on one day (adequacy decisions end on a date), each once. */
  private results: { key: string; answers: Map<string, Promise<Finding[]>> } = { key: '', answers: new Map() };

  /** Findings of the whole registry, or of one policy's scope: one statement while the registry is unchanged. */
  async findings(policyId?: string): Promise<Finding[]> {
    const { version, snapshot } = await this.snapshots.current();
    const key = `${version}:${snapshot.asOf.slice(0, 10)}`;
    if (this.results.key !== key) this.results = { key, answers: new Map() };
    const answers = this.results.answers;
    const what = policyId ?? '';
    let answer = answers.get(what);
    if (!answer) {
      answer = this.check(snapshot, version, policyId);
      answers.set(what, answer);
      // A failure (an unknown policy id) is answered, not kept.
      answer.catch(() => answers.delete(what));
    }
    return answer;
  }

  private async check(snapshot: RegistrySnapshot, version: number, policyId: string | undefined): Promise<Finding[]> {
    if (!policyId) return checkCompliance(snapshot);
    return findingsInScope(snapshot, await this.scopes.scopeAt(version, policyId));
  }
}
