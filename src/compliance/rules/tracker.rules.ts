import { LEGAL_BASIS_LABELS } from '../../reference/legal-bases';
import type { Tracker } from '../../domain/registry-snapshot';
import type { TrackerCategory, TrackerKind } from '../../domain/vocabulary';
import { isBlank, type Rule, type RuleContext, type RuleHit } from '../rule';

/** Whether the tracker stores something on the device, and so has a lifetime to state. */
function stores(kind: TrackerKind): boolean {
  switch (kind) {
    case 'cookie':
    case 'local_storage':
    case 'sdk':
      return true;
    case 'web_beacon':
    case 'pixel':
      return false;
  }
}

/** ePrivacy Art. 5(3): storing or reading information on a device needs consent unless strictly necessary. */
function needsConsent(category: TrackerCategory): boolean {
  switch (category) {
    case 'strictly_necessary':
      return false;
    case 'functional':
    case 'analytics':
    case 'marketing':
      return true;
  }
}

/** Why a consent-requiring tracker is not covered by consent; null when it is, or when `dangling-reference` reports it. */
function consentProblem(ctx: RuleContext, t: Tracker): string | null {
  if (t.processingActivityId === null) return 'is not tied to any processing activity, so no consent covers it.';
  const activity = ctx.byId.processingActivities.get(t.processingActivityId);
  if (!activity || activity.status === 'retired') return null;
  if (activity.status !== 'active') return `serves "${activity.name}", which is a ${activity.status}, not an active activity.`;
  if (activity.legalBasis === null) return `serves "${activity.name}", which records no legal basis of ours, not consent.`;
  if (activity.legalBasis !== 'art6_1_a')
    return `serves "${activity.name}", which relies on ${LEGAL_BASIS_LABELS[activity.legalBasis]}, not consent.`;
  return null;
}

export const TRACKER_RULES: readonly Rule[] = [
  {
    id: 'tracker-consent',
    severity: 'error',
    article: 'ePrivacy Art. 5(3), GDPR Art. 6(1)(a)',
    description: 'A tracker that is not strictly necessary serves an active activity based on consent.',
    check: (ctx) =>
      ctx.trackers.flatMap((t): RuleHit[] => {
        const problem = needsConsent(t.category) ? consentProblem(ctx, t) : null;
        return problem === null
          ? []
          : [{ entityType: 'tracker', entityId: t.id, message: `Tracker "${t.name}" (${t.category.replace('_', ' ')}) ${problem}` }];
      }),
  },
  {
    id: 'tracker-duration',
    severity: 'warning',
    article: 'ePrivacy Art. 5(3), GDPR Art. 13(2)(a)',
    description: 'A tracker that stores something on the device states how long it stays there.',
    check: (ctx) =>
      ctx.trackers
        .filter((t) => stores(t.kind) && isBlank(t.duration))
        .map((t) => ({
          entityType: 'tracker' as const,
          entityId: t.id,
          message: `Tracker "${t.name}" (${t.kind.replace('_', ' ')}) does not say how long it stays on the device (duration).`,
        })),
  },
];
