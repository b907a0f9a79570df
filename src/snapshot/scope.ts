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
 * The activities a scope speaks of: active, ours (controller or joint controller, never processor), by
 * name, then id. Without data subjects: those of the scope's service. Narrowed to some: those in which
 * they are data subjects, on the scope's service; and for people who do not use our services (employees,
 * visitors of a warehouse, prospects) on any service or none, since what we do with their data happens
 * whichever service their notice is published on.
 */
export function activitiesInScope(snapshot: RegistrySnapshot, scope: RecordScope): ProcessingActivity[] {
  const onService = (a: ProcessingActivity) => scope.serviceId === null || a.serviceIds.includes(scope.serviceId);
  const subjects = new Set(scope.dataSubjectCategoryIds);
  const offline = new Set(snapshot.dataSubjectCategories.filter((c) => subjects.has(c.id) && c.usesServices !== true).map((c) => c.id));
  return snapshot.processingActivities
    .filter(
      (a) =>
        a.status === 'active' &&
        a.role !== 'processor' &&
        (subjects.size === 0 ? onService(a) : a.dataSubjectCategoryIds.some((id) => offline.has(id) || (subjects.has(id) && onService(a)))),
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
