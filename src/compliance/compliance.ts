import { cooperative } from '../common/cooperative';
import type { EntityType } from '../domain/entity-types';
import { entryName } from '../domain/entry-names';
import type { RegistrySnapshot } from '../domain/registry-snapshot';
import type { FindingLaw, Law } from '../domain/vocabulary';
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
import { FADP_RULES } from './rules/fadp.rules';
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
import { UK_RULES } from './rules/uk.rules';

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
  ...UK_RULES,
  ...FADP_RULES,
  ...TRACKER_RULES,
  ...COLLECTION_POINT_RULES,
  ...TRANSPARENCY_RULES,
  ...TRANSLATION_RULES,
  ...SCOPE_RULES,
  ...REFERENCE_RULES,
];

/** The catalogue, for the README and Swagger. */
export const COMPLIANCE_RULES: readonly (ComplianceRule & { law: FindingLaw })[] = Object.freeze(
  RULES.map(({ id, severity, article, law, description }) => Object.freeze({ id, severity, article, law: law ?? 'gdpr', description })),
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

/** A rule runs where its law applies; the storage-and-access rules (ePrivacy and its national laws) wherever a notice is made. */
const applies = (law: FindingLaw, laws: readonly Law[]): boolean => law === 'eprivacy' || laws.includes(law);

/**
 * GDPR rules that rest on EU law beyond the text the UK kept (Union representatives and authorities, Member State
 * law and ages, the Commission's adequacy decisions and SCCs, the ePrivacy Directive): the UK GDPR does not run them.
 * Every other GDPR rule states a duty of the same article of the UK GDPR (Art. 13/14 and 30 kept as they were, per
 * the shared note), so a notice under the UK GDPR alone runs it too, naming `uk_gdpr`.
 */
const EU_ONLY = new Set([
  'controller-representative',
  'controller-lead-authority',
  'legal-obligation-jurisdiction',
  'legal-obligation-jurisdiction-outside-eea',
  'legal-obligation-jurisdiction-recorded',
  'special-category-law',
  'child-consent-age',
  'children-minimum-age',
  'direct-marketing-channel',
  'direct-marketing-soft-opt-in',
  'recipient-transfer-missing',
  'transfer-adequacy',
  'transfer-adequacy-lapsed',
  'transfer-dpf',
  'transfer-scc-module',
  'transfer-scc-module-roles',
  'transfer-derogation-ground',
  'transfer-derogation-safeguards',
  'transfer-copy-of-safeguards',
  'transfer-inside-eea',
  'transfer-country-mismatch',
]);

/** The law a rule's findings name where it runs: its own, else the first of `alsoUnder` that applies; null: it does not run. */
function lawOf(rule: Rule, laws: readonly Law[]): FindingLaw | null {
  const own = rule.law ?? 'gdpr';
  if (applies(own, laws)) return own;
  if (own === 'gdpr' && laws.includes('uk_gdpr') && !EU_ONLY.has(rule.id)) return 'uk_gdpr';
  return rule.alsoUnder?.find((law) => laws.includes(law)) ?? null;
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
  return [...findingsByRule(snapshot, options)].flat().sort(compareFindings);
}

/**
 * {@link checkCompliance}, in turns: between two rules the event loop runs once `pause`'s budget is spent. The
 * rules of a registry of 100,000 activities take seconds (none of them more than a seventh); done in one go,
 * they would stop the process answering its probes and other requests meanwhile.
 */
export async function checkComplianceInTurns(
  snapshot: RegistrySnapshot,
  options: ComplianceOptions = {},
  pause: () => Promise<void> = cooperative(),
): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const step of findingsByRule(snapshot, options)) {
    for (const finding of step) findings.push(finding);
    await pause();
  }
  return findings.sort(compareFindings);
}

/** The findings one rule at a time, unsorted; the first step builds the context the rules share. */
function* findingsByRule(snapshot: RegistrySnapshot, options: ComplianceOptions): Generator<Finding[]> {
  const ctx = buildContext(snapshot, options);
  const named = entryNamer(snapshot, options);
  yield [];
  for (const rule of RULES) {
    const law = lawOf(rule, ctx.laws);
    if (law === null) continue;
    yield rule.check(ctx).map(({ entityType, entityId, message }) => ({
      rule: rule.id,
      severity: rule.severity,
      article: rule.article,
      law,
      entityType,
      entityId,
      ...named(entityType, entityId),
      message,
    }));
  }
}
