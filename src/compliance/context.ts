import { establishmentOf, judgeDisclosure } from '../reference/establishment';
import { lawsOf } from '../reference/laws';
import type { ProcessingActivity, RegistrySnapshot, Tracker } from '../domain/registry-snapshot';
import type { ComplianceOptions } from './finding';
import type { RuleContext } from './rule';

function index<T extends { id: string }>(items: readonly T[]): ReadonlyMap<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

function dayOf(instant: string): string {
  if (!/^\d{4}-\d{2}-\d{2}/.test(instant) || Number.isNaN(Date.parse(instant.slice(0, 10)))) {
    throw new RangeError(`Not an ISO 8601 date or instant: ${instant}`);
  }
  return instant.slice(0, 10);
}

function trackersInScope(snapshot: RegistrySnapshot, options: ComplianceOptions): Tracker[] {
  const { activityIds, trackerIds, serviceId } = options;
  if (!activityIds) return snapshot.trackers;
  if (trackerIds) return snapshot.trackers.filter((t) => trackerIds.has(t.id));
  return snapshot.trackers.filter(
    (t) =>
      serviceId === null ||
      (serviceId !== undefined && t.serviceIds.includes(serviceId)) ||
      (t.processingActivityId !== null && activityIds.has(t.processingActivityId)),
  );
}

export function buildContext(snapshot: RegistrySnapshot, options: ComplianceOptions): RuleContext {
  const scope = options.activityIds;
  const recorded = snapshot.processingActivities.filter((a) => a.status === 'active' && (!scope || scope.has(a.id)));
  const isProcessor = (a: ProcessingActivity) => a.role === 'processor';
  const usedRecipients = new Set(recorded.flatMap((a) => a.recipientIds));
  const onDate = dayOf(options.onDate ?? snapshot.asOf);
  const controllerCountry = establishmentOf(snapshot.controller);
  return {
    snapshot,
    onDate,
    controllerCountry,
    laws: lawsOf(snapshot.controller, scope ? (options.policyLaws ?? null) : null),
    disclosure: (country) => judgeDisclosure(controllerCountry, country, onDate),
    controllerActivities: recorded.filter((a) => !isProcessor(a)),
    processorActivities: recorded.filter(isProcessor),
    transfers: scope ? snapshot.transfers.filter((t) => usedRecipients.has(t.recipientId)) : snapshot.transfers,
    trackers: trackersInScope(snapshot, options),
    serviceId: options.serviceId ?? null,
    policyScope: scope ? { serviceId: options.serviceId ?? null, dataSubjectCategoryIds: options.dataSubjectCategoryIds ?? [] } : null,
    languages: options.languages ?? [],
    policyTitle: options.policyTitle ?? null,
    byId: {
      services: index(snapshot.services),
      dataCategories: index(snapshot.dataCategories),
      dataSubjectCategories: index(snapshot.dataSubjectCategories),
      recipients: index(snapshot.recipients),
      retentionRules: index(snapshot.retentionRules),
      securityMeasures: index(snapshot.securityMeasures),
      processingActivities: index(snapshot.processingActivities),
    },
  };
}
