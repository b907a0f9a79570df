import type { EntityRef } from '../../../domain/entity-types';
import type {
  ControllerProfile,
  DataSubjectCategory,
  ProcessingActivity,
  RegistrySnapshot,
  Tracker,
} from '../../../domain/registry-snapshot';
import { byNameThenId } from '../../../domain/order';
import type { Law } from '../../../domain/vocabulary';
import { lawsOf } from '../../../reference/laws';
import type { Humanizer } from '../../../language/humanize';
import { activitiesInScope, trackersInScope } from '../../../snapshot/scope';
import type { PolicyScope } from '../model';
import { activityRefs, byIds, ref } from './blocks';

/**
 * What every section of a notice is built from: the snapshot in its one order, the scope and what it
 * covers, and the wording. `W` is the part of the catalogue a section writes with (its own sentences),
 * so that each section's file says which keys it uses; the generator passes the whole catalogue.
 */
export interface SectionContext<W = unknown> {
  /** The sentences of the notice's language */
  readonly t: W;
  /** Durations, lists and country names in the notice's language */
  readonly h: Humanizer;
  /** Every list sorted by name, then id */
  readonly snapshot: RegistrySnapshot;
  readonly scope: PolicyScope;
  readonly controller: ControllerProfile | null;
  /** The laws the notice answers to (src/reference/laws.ts): the controller's, and those the policy adds */
  readonly laws: readonly Law[];
  /** The activities the notice speaks of */
  readonly activities: ProcessingActivity[];
  readonly activityIds: Set<string>;
  readonly trackers: Tracker[];
  /** Where the reader writes to: the scope's contact, else the controller's */
  readonly contactEmail: string;
  readonly controllerRefs: EntityRef[];
  readonly serviceRefs: EntityRef[];
  /**
   * Whether the notice speaks to people who use our websites or apps: only then do children, cookies
   * and "stop using our services" belong in it. The audience is the scope's data subjects, or, for a
   * notice to everyone, the data subjects of its activities.
   */
  readonly speaksToUsers: boolean;
  /** The notice's audience: the scope's data subjects, or for a notice to everyone those of its activities */
  readonly audience: DataSubjectCategory[];
  /**
   * Whether the record affirms who receives the data of every activity in scope (recipients, or none with
   * a reason): only then may the notice say that no one (else) receives them, or that none leave the EEA
   */
  readonly recipientsKnown: boolean;
  /** Provenance for a sentence of the template that no single entry caused: what the policy is about. */
  orScope(refs: EntityRef[]): EntityRef[];
}

/** The snapshot with every list in the one snapshot order, so that output never depends on input order. */
function ordered(snapshot: RegistrySnapshot): RegistrySnapshot {
  return {
    ...snapshot,
    services: [...snapshot.services].sort(byNameThenId),
    dataCategories: [...snapshot.dataCategories].sort(byNameThenId),
    dataSubjectCategories: [...snapshot.dataSubjectCategories].sort(byNameThenId),
    recipients: [...snapshot.recipients].sort(byNameThenId),
    transfers: [...snapshot.transfers].sort(byNameThenId),
    retentionRules: [...snapshot.retentionRules].sort(byNameThenId),
    securityMeasures: [...snapshot.securityMeasures].sort(byNameThenId),
    trackers: [...snapshot.trackers].sort(byNameThenId),
    processingActivities: [...snapshot.processingActivities].sort(byNameThenId),
  };
}

/** The context of a (localized) snapshot and a scope, with the wording `t` and the humanizer `h` of its language. */
export function sectionContext<W>(localized: RegistrySnapshot, scope: PolicyScope, t: W, h: Humanizer): SectionContext<W> {
  const snapshot = ordered(localized);
  const controller = localized.controller;
  const activities = activitiesInScope(snapshot, scope);
  const activityIds = new Set(activities.map((a) => a.id));
  const trackers = trackersInScope(snapshot, scope, activityIds);
  const controllerRefs = (): EntityRef[] => (controller ? [ref('controller', controller)] : []);
  const serviceRefs = (): EntityRef[] => {
    const service = snapshot.services.find((s) => s.id === scope.serviceId);
    return service ? [ref('service', service)] : [];
  };
  return {
    t,
    h,
    snapshot,
    scope,
    controller,
    laws: lawsOf(controller, scope.options.laws ?? null),
    activities,
    activityIds,
    trackers,
    contactEmail: scope.options.contactEmail ?? controller?.email ?? '',
    get controllerRefs(): EntityRef[] {
      return controllerRefs();
    },
    get serviceRefs(): EntityRef[] {
      return serviceRefs();
    },
    get audience(): DataSubjectCategory[] {
      const ids =
        scope.dataSubjectCategoryIds.length > 0 ? scope.dataSubjectCategoryIds : activities.flatMap((a) => a.dataSubjectCategoryIds);
      return byIds(snapshot.dataSubjectCategories, ids);
    },
    get speaksToUsers(): boolean {
      return this.audience.some((c) => c.usesServices === true);
    },
    recipientsKnown:
      activities.length > 0 && activities.every((a) => a.recipientIds.length > 0 || Boolean(a.notApplicable.recipients?.trim())),
    orScope: (refs: EntityRef[]): EntityRef[] => {
      if (refs.length > 0) return refs;
      const about = [...controllerRefs(), ...serviceRefs()];
      return about.length > 0 ? about : activityRefs(activities);
    },
  };
}
