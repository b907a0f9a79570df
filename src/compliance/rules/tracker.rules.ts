import { LEGAL_BASIS_LABELS } from '../../reference/legal-bases';
import type { ProcessingActivity, Recipient, Tracker } from '../../domain/registry-snapshot';
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

const sameName = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The tracker's activity, when it is one of ours in scope. */
const activityOf = (ctx: RuleContext, t: Tracker): ProcessingActivity | undefined =>
  t.processingActivityId === null ? undefined : ctx.byId.processingActivities.get(t.processingActivityId);

/** The recipients of the tracker's activity that bear the provider's name. */
function providerAsRecipient(ctx: RuleContext, t: Tracker): Recipient[] {
  return (activityOf(ctx, t)?.recipientIds ?? [])
    .map((id) => ctx.byId.recipients.get(id))
    .filter((r): r is Recipient => r !== undefined && sameName(r.name, t.provider));
}

/**
 * A third party's marketing or analytics tracker on a consent activity: the provider receives what it
 * collects on our pages, for purposes of its own as a rule (CJEU C-40/17 Fashion ID, 29 July 2019).
 */
const thirdPartyOnConsent = (ctx: RuleContext, t: Tracker): boolean =>
  t.party === 'third' && (t.category === 'marketing' || t.category === 'analytics') && activityOf(ctx, t)?.legalBasis === 'art6_1_a';

const trackerHit = (t: Tracker, message: string): RuleHit => ({
  entityType: 'tracker',
  entityId: t.id,
  message: `Tracker "${t.name}"${message}`,
});

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
    severity: 'error',
    article: 'ePrivacy Art. 5(3), GDPR Art. 13(2)(a); CJEU C-673/17 Planet49',
    description:
      'A tracker that stores something on the device (cookie, local storage, SDK) states how long it stays there: the duration is part of the clear and comprehensive information consent rests on (Planet49), so its absence blocks publishing.',
    check: (ctx) =>
      ctx.trackers
        .filter((t) => stores(t.kind) && isBlank(t.duration))
        .map((t) =>
          trackerHit(
            t,
            ` (${t.kind.replace('_', ' ')}) does not say how long it stays on the device (duration). An error: the information given before storing anything on a device includes how long it operates (ePrivacy Art. 5(3); CJEU C-673/17 Planet49), so consent given without it is not informed.`,
          ),
        ),
  },
  {
    id: 'tracker-provider-recipient',
    severity: 'error',
    article: 'Art. 13(1)(e), 26; CJEU C-40/17 Fashion ID',
    description:
      "A third party's marketing or analytics tracker on a consent activity names a provider that is a recorded recipient of that activity: what it collects on our pages is disclosed to it, and it may be a joint controller.",
    check: (ctx) =>
      ctx.trackers
        .filter((t) => thirdPartyOnConsent(ctx, t) && providerAsRecipient(ctx, t).length === 0)
        .map((t) =>
          trackerHit(
            t,
            ` is a third party's ${t.category} tracker, but its provider "${t.provider}" is not a recorded recipient of "${activityOf(ctx, t)?.name ?? t.processingActivityId}". An error: what the tracker collects on our pages goes to the provider, so the notice must name it among the recipients (Art. 13(1)(e)), and it may be a joint controller for the collection and transmission (Art. 26; CJEU C-40/17 Fashion ID). Record the provider by its name as a recipient of that activity (as joint controller where it uses the data for purposes of its own).`,
          ),
        ),
  },
  {
    id: 'tracker-joint-controller',
    severity: 'warning',
    article: 'Art. 26; CJEU C-40/17 Fashion ID',
    description:
      "A third-party tracker whose provider is not recorded as a joint controller of the tracker's activity: a warning, because whether the provider decides purposes of its own is a judgement on the facts.",
    check: (ctx) =>
      ctx.trackers
        .filter((t) => t.party === 'third' && t.category !== 'strictly_necessary')
        // One missing from the recipients altogether is the error above.
        .filter((t) => !(thirdPartyOnConsent(ctx, t) && providerAsRecipient(ctx, t).length === 0))
        .filter((t) => !providerAsRecipient(ctx, t).some((r) => r.type === 'joint_controller'))
        .map((t) => {
          const activity = activityOf(ctx, t);
          return trackerHit(
            t,
            `: its provider "${t.provider}" collects on our pages, but no joint-controller recipient of that name is recorded on ${activity ? `"${activity.name}"` : "the tracker's activity"}. A warning, a judgement on the facts: where the provider uses what it collects for purposes of its own, it is a joint controller with us for the collection and transmission (Art. 26; CJEU C-40/17 Fashion ID), and is recorded as such with the arrangement; where it acts only on our instructions, it is our processor and this warning stays.`,
          );
        }),
  },
];
