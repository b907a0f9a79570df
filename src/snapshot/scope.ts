import { byNameThenId } from '../domain/order';
import type { ProcessingActivity, RegistrySnapshot, Tracker } from '../domain/registry-snapshot';

/**
 * What a notice or a scoped check is about: one service (or all) and, optionally, some data subject
 * categories. Which activities and trackers that covers is a question about the record, so it lives
 * here, beside the snapshot, for compliance, policy and export alike.
 */
export interface RecordScope {
  /** The service; null for every service */
  serviceId: string | null;
  /** Narrows to these data subjects; empty for everyone */
  dataSubjectCategoryIds: readonly string[];
}

/**
 * The activities a scope speaks of: active, ours (controller or joint controller, never processor),
 * for the scope's service, and for its data subjects when it is narrowed to some; by name, then id.
 */
export function activitiesInScope(snapshot: RegistrySnapshot, scope: RecordScope): ProcessingActivity[] {
  const subjects = new Set(scope.dataSubjectCategoryIds);
  return snapshot.processingActivities
    .filter(
      (a) =>
        a.status === 'active' &&
        a.role !== 'processor' &&
        (scope.serviceId === null || a.serviceIds.includes(scope.serviceId)) &&
        (subjects.size === 0 || a.dataSubjectCategoryIds.some((id) => subjects.has(id))),
    )
    .sort(byNameThenId);
}

/** Trackers of the scope's service, and when the scope is narrowed, only those serving its activities. */
export function trackersInScope(snapshot: RegistrySnapshot, scope: RecordScope, activityIds: ReadonlySet<string>): Tracker[] {
  return snapshot.trackers.filter(
    (t) =>
      (scope.serviceId === null || t.serviceIds.includes(scope.serviceId)) &&
      (scope.dataSubjectCategoryIds.length === 0 || (t.processingActivityId !== null && activityIds.has(t.processingActivityId))),
  );
}
