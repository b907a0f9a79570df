import type { EntityType } from '../domain/entity-types';
import { entryName } from '../domain/entry-names';
import type { RegistrySnapshot } from '../domain/registry-snapshot';
import { COLLECTION_OF } from '../snapshot/as-of';
import { buildContext } from './context';
import type { ComplianceOptions, ComplianceRule, Finding, Severity } from './finding';
import type { Rule } from './rule';
import { ACTIVITY_RULES } from './rules/activity.rules';
import { AUTOMATED_DECISION_RULES } from './rules/automated-decision.rules';
import { COLLECTION_POINT_RULES } from './rules/collection-point.rules';
import { CONTROLLER_RULES } from './rules/controller.rules';
import { DATA_CATEGORY_RULES } from './rules/data-category.rules';
import { DPIA_RULES } from './rules/dpia.rules';
import { LAWFULNESS_RULES } from './rules/lawfulness.rules';
import { MARKETING_RULES } from './rules/marketing.rules';
import { RECIPIENT_RULES } from './rules/recipient.rules';
import { RETENTION_RULES } from './rules/retention.rules';
import { REFERENCE_RULES } from './rules/reference.rules';
import { SCOPE_RULES } from './rules/scope.rules';
import { TRACKER_RULES } from './rules/tracker.rules';
import { TRANSFER_RULES } from './rules/transfer.rules';
import { TRANSLATION_RULES } from './rules/translation.rules';
import { TRANSPARENCY_RULES } from './rules/transparency.rules';

export type { ComplianceOptions, ComplianceRule, Finding, Severity } from './finding';

const RULES: readonly Rule[] = [
  ...CONTROLLER_RULES,
  ...ACTIVITY_RULES,
  ...AUTOMATED_DECISION_RULES,
  ...LAWFULNESS_RULES,
  ...MARKETING_RULES,
  ...RETENTION_RULES,
  ...RECIPIENT_RULES,
  ...DPIA_RULES,
  ...DATA_CATEGORY_RULES,
  ...TRANSFER_RULES,
  ...TRACKER_RULES,
  ...COLLECTION_POINT_RULES,
  ...TRANSPARENCY_RULES,
  ...TRANSLATION_RULES,
  ...SCOPE_RULES,
  ...REFERENCE_RULES,
];

/** The catalogue, for the README and Swagger. */
export const COMPLIANCE_RULES: readonly ComplianceRule[] = Object.freeze(
  RULES.map(({ id, severity, article, description }) => Object.freeze({ id, severity, article, description })),
);

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1 };

/** Code-unit order, not localeCompare: the same findings in the same order on every machine. */
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    compareText(a.rule, b.rule) ||
    compareText(a.entityType, b.entityType) ||
    compareText(a.entityId, b.entityId) ||
    compareText(a.message, b.message)
  );
}

/** How a finding names its entry: its ref and name, looked up in the snapshot by type and id (a policy: by its title, no ref). */
function entryNamer(
  snapshot: RegistrySnapshot,
  options: ComplianceOptions,
): (type: Finding['entityType'], id: string) => Pick<Finding, 'entityRef' | 'entityName'> {
  const entries = new Map<string, Pick<Finding, 'entityRef' | 'entityName'>>();
  for (const [type, collection] of Object.entries(COLLECTION_OF) as [Exclude<EntityType, 'controller'>, keyof typeof snapshot][]) {
    for (const item of snapshot[collection] as { id: string; ref: string }[]) {
      entries.set(`${type}:${item.id}`, { entityRef: item.ref, entityName: entryName(type, item) });
    }
  }
  const controller = snapshot.controller;
  const policy = options.policyTitle;
  return (type, id) => {
    if (type === 'controller') return { entityRef: null, entityName: controller ? entryName('controller', controller) : null };
    if (type === 'policy') return { entityRef: null, entityName: policy?.policyId === id ? policy.title : null };
    return entries.get(`${type}:${id}`) ?? { entityRef: null, entityName: null };
  };
}

/**
 * Every finding of the registry, or of a policy's scope (`activityIds`): controller-level rules always
 * apply, activity-level rules to the active activities in scope and the recipients, transfers and
 * trackers they use. Each names its entry (type, id, ref, name). Ordered by severity, rule, entity type, entity id.
 */
export function checkCompliance(snapshot: RegistrySnapshot, options: ComplianceOptions = {}): Finding[] {
  const ctx = buildContext(snapshot, options);
  const named = entryNamer(snapshot, options);
  return RULES.flatMap((rule) =>
    rule.check(ctx).map(({ entityType, entityId, message }) => ({
      rule: rule.id,
      severity: rule.severity,
      article: rule.article,
      entityType,
      entityId,
      ...named(entityType, entityId),
      message,
    })),
  ).sort(compareFindings);
}
