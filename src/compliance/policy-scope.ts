import type { PolicyLanguage } from '../domain/languages';
import type { RegistrySnapshot } from '../domain/registry-snapshot';
import type { Law } from '../domain/vocabulary';
import { activitiesInScope, type RecordScope, trackersInScope } from '../snapshot/scope';
import { checkCompliance, type Finding } from './compliance';
import type { PolicyTitle } from './finding';

/** What a check of one policy's scope needs of the policy: the part of the record it shows, and its languages. */
export interface PolicyReach extends RecordScope {
  /** Every language the policy is written in: a translation missing in one blocks it */
  languages: readonly PolicyLanguage[];
  /** The policy's title, translated into each of `languages` like every text of its notice */
  title?: PolicyTitle;
  /** Laws the policy adds to those the controller's establishment and representatives bring (null: none) */
  laws?: readonly Law[] | null;
}

/**
 * The scope of a policy by its id, which compliance asks for and does not know how to find: the policy
 * module provides it (src/policy/policy-scopes.ts), composed at the application root, so that compliance
 * never imports the policies. An abstract class, to serve as its own injection token.
 */
export abstract class PolicyScopes {
  /** The scope of a policy as of a registry version; 404 for an id that names no policy. */
  abstract scopeAt(version: number, policyId: string): Promise<PolicyReach>;
  /** Every policy as of a registry version, with its title and scope, in the order they were created. */
  abstract allAt(version: number): Promise<{ id: string; title: string; reach: PolicyReach }[]>;
}

/** Findings in a policy's scope, for every language it is written in (what blocks its publication). */
export function findingsInScope(snapshot: RegistrySnapshot, scope: PolicyReach): Finding[] {
  const activityIds = new Set(activitiesInScope(snapshot, scope).map((a) => a.id));
  // Exactly the trackers the policy shows, so a cookie problem elsewhere never blocks, say, an employee notice.
  const trackerIds = new Set(trackersInScope(snapshot, scope, activityIds).map((t) => t.id));
  return checkCompliance(snapshot, {
    activityIds,
    serviceId: scope.serviceId,
    dataSubjectCategoryIds: scope.dataSubjectCategoryIds,
    trackerIds,
    languages: scope.languages,
    policyTitle: scope.title,
    policyLaws: scope.laws ?? null,
  });
}
