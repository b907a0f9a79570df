import type { ProcessingActivity, Recipient } from '../../domain/registry-snapshot';
import { activityHit, isBlank, type Rule, type RuleContext, type RuleHit } from '../rule';

/**
 * Facts the notice (Art. 13/14) states and nothing else may stand in for: when one is missing the
 * generator drops the line, and one of these rules says which entity and field to fill in.
 */

const usesConsent = (a: ProcessingActivity): boolean => a.legalBasis === 'art6_1_a' || a.specialCategoryCondition === 'art9_2_a';

/**
 * Settings of the reader's own browser, device or e-mail program, and privacy extensions, are general
 * controls the reader already has, not a way to take back the consent given to us (Art. 7(3); EDPB
 * Guidelines 05/2020 on consent, §114). A withdrawal that names one of them and no channel of ours is
 * withdrawal only through them. English text: the registry's base language in every record so far.
 */
const BROWSER_ONLY =
  /\b(browsers?|devices?|phones?|operating system|e-?mail (?:program|client|app|software|settings)|mail (?:program|client|app)|cookie settings|block(?:ing)? (?:images|cookies|tracking|trackers)|image (?:loading|downloads?)|images? off|ad ?blockers?|privacy extensions?|tracking protection)\b/i;
/** A channel only we provide: our banner, panel, link, account, app, or writing to us. */
const OWN_CHANNEL =
  /\b(unsubscribe|opt-?out link|e-?mail us|write to us|contact us|tell us|cookie (?:banner|panel|settings link|preferences? (?:link|centre|center))|consent (?:manager|banner|panel)|preference (?:centre|center)|privacy (?:centre|center|dashboard)|our (?:website|site|app|service|settings|form)|on (?:the|our) (?:website|site)|in (?:the|our) (?:app|service)|(?:your|the) account|footer|link (?:in|at|on) (?:every|each|the|our))\b/i;

export function browserOnlyWithdrawal(text: string | null): boolean {
  return !isBlank(text) && BROWSER_ONLY.test(text ?? '') && !OWN_CHANNEL.test(text ?? '');
}

const recipientHit = (r: Recipient, message: string): RuleHit => ({
  entityType: 'recipient',
  entityId: r.id,
  message: `Recipient "${r.name}": ${message}`,
});

function jointControllersInScope(ctx: RuleContext): Recipient[] {
  const ids = new Set(ctx.controllerActivities.flatMap((a) => a.recipientIds));
  return [...ids].map((id) => ctx.byId.recipients.get(id)).filter((r): r is Recipient => r !== undefined && r.type === 'joint_controller');
}

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
    severity: 'error',
    article: 'Art. 7(3); EDPB Guidelines 05/2020 §114',
    description:
      "Withdrawing consent is as easy as giving it and goes through a channel of ours; the settings of the reader's browser, device or e-mail program, or a privacy extension, alone are not a withdrawal mechanism.",
    check: (ctx) =>
      ctx.controllerActivities
        .filter((a) => usesConsent(a) && browserOnlyWithdrawal(a.consentWithdrawal))
        .map((a) =>
          activityHit(
            a,
            "consent is withdrawn only through the settings of the reader's browser, device or e-mail program, or a privacy extension (consentWithdrawal). An error: withdrawing must be as easy as giving consent and go through a way we offer, such as the cookie settings link or an unsubscribe link (Art. 7(3); EDPB Guidelines 05/2020 §114); general controls of the reader's own software are not our withdrawal mechanism.",
          ),
        ),
  },
  {
    id: 'activity-requirement-contract-or-law',
    severity: 'error',
    article: 'Art. 13(2)(e)',
    description:
      'An activity on a contract (Art. 6(1)(b)) or a legal obligation (Art. 6(1)(c)) records whether giving the data is a contractual or statutory requirement and what happens without them.',
    check: (ctx) =>
      ctx.controllerActivities
        .filter((a) => !a.requirement && (a.legalBasis === 'art6_1_b' || a.legalBasis === 'art6_1_c'))
        .map((a) =>
          activityHit(
            a,
            `relies on ${a.legalBasis === 'art6_1_b' ? 'a contract' : 'a legal obligation'} but does not record whether the data are required and what happens without them (requirement). An error: where a contract or the law makes people give their data, the notice must say so and what follows if they do not (Art. 13(2)(e)), and nothing else can answer it.`,
          ),
        ),
  },
  {
    id: 'activity-requirement',
    severity: 'warning',
    article: 'Art. 13(2)(e)',
    description:
      'An activity on a basis other than consent, a contract or a legal obligation records whether the data are required and what happens without them (for consent the notice says itself that giving them is voluntary).',
    check: (ctx) =>
      ctx.controllerActivities
        .filter((a) => !a.requirement && a.legalBasis !== null && !['art6_1_a', 'art6_1_b', 'art6_1_c'].includes(a.legalBasis))
        .map((a) =>
          activityHit(
            a,
            'does not record whether the data are required and what happens without them (requirement); the notice says nothing. A warning: on this basis the data are usually not required, but only the record can say so (Art. 13(2)(e)).',
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
];
