import type { ProcessingActivity, Recipient, Tracker } from '../../domain/registry-snapshot';
import { activityHit, isBlank, type Rule, type RuleContext, type RuleHit } from '../rule';

/**
 * Facts the notice (Art. 13/14) states and nothing else may stand in for: when one is missing the
 * generator drops the line, and one of these rules says which entity and field to fill in.
 */

const usesConsent = (a: ProcessingActivity): boolean => a.legalBasis === 'art6_1_a' || a.specialCategoryCondition === 'art9_2_a';

/**
 * Browser settings and image blocking are general controls the reader already has, not a way to take
 * back the consent given to us (Art. 7(3); EDPB Guidelines 05/2020 on consent, §114).
 */
const BROWSER_ONLY =
  /\b(browser|cookie settings|block(?:ing)? (?:images|cookies)|image loading|images? off|ad ?blocker|privacy extension)/i;
const OWN_CHANNEL =
  /\b(unsubscribe|e-?mail us|write to|contact us|link|switch|toggle|banner|preference|consent manager|account|app settings|our settings|cookie panel|privacy centre|privacy center)/i;

export function browserOnlyWithdrawal(text: string | null): boolean {
  return !isBlank(text) && BROWSER_ONLY.test(text ?? '') && !OWN_CHANNEL.test(text ?? '');
}

const recipientHit = (r: Recipient, message: string): RuleHit => ({
  entityType: 'recipient',
  entityId: r.id,
  message: `Recipient "${r.name}": ${message}`,
});

const trackerHit = (t: Tracker, message: string): RuleHit => ({
  entityType: 'tracker',
  entityId: t.id,
  message: `Tracker "${t.name}": ${message}`,
});

function jointControllersInScope(ctx: RuleContext): Recipient[] {
  const ids = new Set(ctx.controllerActivities.flatMap((a) => a.recipientIds));
  return [...ids].map((id) => ctx.byId.recipients.get(id)).filter((r): r is Recipient => r !== undefined && r.type === 'joint_controller');
}

const sameName = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

export const TRANSPARENCY_RULES: readonly Rule[] = [
  {
    id: 'consent-withdrawal',
    severity: 'error',
    article: 'Art. 7(3), 13(2)(c)',
    description: 'An activity on consent (or explicit consent, Art. 9(2)(a)) records how consent is withdrawn, as a fact of its own.',
    check: (ctx) =>
      ctx.controllerActivities
        .filter((a) => usesConsent(a) && isBlank(a.consentWithdrawal))
        .map((a) => activityHit(a, 'relies on consent but does not record how it is withdrawn (consentWithdrawal).')),
  },
  {
    id: 'consent-withdrawal-browser-only',
    severity: 'warning',
    article: 'Art. 7(3); EDPB Guidelines 05/2020 §114',
    description:
      'Withdrawing consent is as easy as giving it and goes through a channel of ours; browser settings or blocking images alone are not a withdrawal mechanism.',
    check: (ctx) =>
      ctx.controllerActivities
        .filter((a) => usesConsent(a) && browserOnlyWithdrawal(a.consentWithdrawal))
        .map((a) =>
          activityHit(
            a,
            'consent is withdrawn only through browser settings or by blocking images (consentWithdrawal); offer a way of ours, as easy as giving consent.',
          ),
        ),
  },
  {
    id: 'activity-requirement',
    severity: 'warning',
    article: 'Art. 13(2)(e)',
    description:
      'Each activity records whether providing the data is a statutory or contractual requirement, and what happens without them.',
    check: (ctx) =>
      ctx.controllerActivities
        .filter((a) => !a.requirement)
        .map((a) =>
          activityHit(
            a,
            'does not record whether the data are required and what happens without them (requirement); the notice says nothing.',
          ),
        ),
  },
  {
    id: 'children-minimum-age',
    severity: 'warning',
    article: 'Art. 8(1), 12(1)',
    description: 'When people who use our services are in scope, the controller records the minimum age of its users.',
    check: (ctx) => {
      const c = ctx.snapshot.controller;
      if (!c || c.minimumAge !== null) return [];
      const users = ctx.controllerActivities.some((a) =>
        a.dataSubjectCategoryIds.some((id) => ctx.byId.dataSubjectCategories.get(id)?.usesServices === true),
      );
      return users
        ? [
            {
              entityType: 'controller',
              entityId: c.id,
              message: `Controller profile "${c.legalName}": people who use our services are in scope but no minimum age is recorded (minimumAge); the notice has no children section.`,
            },
          ]
        : [];
    },
  },
  {
    id: 'joint-controller-arrangement',
    severity: 'error',
    article: 'Art. 26(2)',
    description: 'A joint controller in scope has the essence of the arrangement written down, as the notice states it.',
    check: (ctx) =>
      jointControllersInScope(ctx)
        .filter((r) => isBlank(r.jointArrangement))
        .map((r) => recipientHit(r, 'is a joint controller but the essence of the arrangement is not written down (jointArrangement).')),
  },
  {
    id: 'joint-controller-contact-point',
    severity: 'warning',
    article: 'Art. 26(1)',
    description: 'A joint controller in scope says where data subjects turn (the contact point).',
    check: (ctx) =>
      jointControllersInScope(ctx)
        .filter((r) => isBlank(r.contactPoint))
        .map((r) => recipientHit(r, 'is a joint controller but no contact point for data subjects is recorded (contactPoint).')),
  },
  {
    id: 'tracker-joint-controller',
    severity: 'warning',
    article: 'Art. 26; CJEU C-40/17 Fashion ID',
    description:
      "A third-party tracker that collects on our pages makes its provider a joint controller for collection and transmission: the provider is recorded as a joint-controller recipient of the tracker's activity.",
    check: (ctx) =>
      ctx.trackers
        .filter((t) => t.party === 'third' && t.category !== 'strictly_necessary')
        .flatMap((t) => {
          const activity = t.processingActivityId ? ctx.byId.processingActivities.get(t.processingActivityId) : undefined;
          const recorded = (activity?.recipientIds ?? [])
            .map((id) => ctx.byId.recipients.get(id))
            .some((r) => r !== undefined && r.type === 'joint_controller' && sameName(r.name, t.provider));
          return recorded
            ? []
            : [
                trackerHit(
                  t,
                  `its provider "${t.provider}" collects on our pages, so it is a joint controller for collection and transmission, but no joint-controller recipient of that name is recorded on ${activity ? `"${activity.name}"` : "the tracker's activity"}.`,
                ),
              ];
        }),
  },
];
