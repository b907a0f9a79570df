import { establishedInEea } from '../../reference/establishment';
import { AGE_OF_DIGITAL_CONSENT } from '../../reference/ages';
import { isInEea } from '../../reference/eea';
import { CONDITIONS_ON_LAW, LEGAL_BASIS_LABELS, SPECIAL_CATEGORY_CONDITION_LABELS } from '../../reference/legal-bases';
import type { ProcessingActivity } from '../../domain/registry-snapshot';
import { activityHit, type Rule, type RuleContext, type RuleHit } from '../rule';

/** Art. 6(3): (c) and (e) rest on Union or Member State law. */
const restsOnLaw = (a: ProcessingActivity): a is ProcessingActivity & { legalBasis: 'art6_1_c' | 'art6_1_e' } =>
  a.legalBasis === 'art6_1_c' || a.legalBasis === 'art6_1_e';

/** Union law, or the law of an EEA state (the EEA Agreement brings the GDPR, and Art. 6(3), to Iceland, Liechtenstein, Norway). */
const isUnionOrMemberStateLaw = (jurisdiction: string): boolean => jurisdiction === 'EU' || isInEea(jurisdiction);

export const LAWFULNESS_RULES: readonly Rule[] = [
  {
    id: 'legal-obligation-jurisdiction',
    severity: 'error',
    article: 'Art. 6(3), 6(1)(c), 6(1)(e)',
    description:
      'An obligation (Art. 6(1)(c)) or public task (Art. 6(1)(e)) rests on Union or Member State law; the law of a third country is no such basis.',
    check: (ctx) =>
      ctx.controllerActivities.filter(restsOnLaw).flatMap((a): RuleHit[] => {
        const jurisdiction = a.legalObligationJurisdiction?.toUpperCase();
        if (!jurisdiction || isUnionOrMemberStateLaw(jurisdiction)) return [];
        const alternative =
          a.legalBasis === 'art6_1_c'
            ? `Record the basis that applies instead: usually ${LEGAL_BASIS_LABELS.art6_1_f} (a legitimate interest in complying with that law, weighed against the people's interests), or (c) naming the Union or Member State law that imposes the obligation, if there is one.`
            : `Record the basis that applies instead: ${LEGAL_BASIS_LABELS.art6_1_f} or (b), or (e) naming the Union or Member State law that lays down the task.`;
        return [
          activityHit(
            a,
            `relies on ${LEGAL_BASIS_LABELS[a.legalBasis]} under the law of ${jurisdiction}, which is neither Union nor Member State law (Art. 6(3)). ${alternative}`,
          ),
        ];
      }),
  },
  {
    id: 'legal-obligation-jurisdiction-outside-eea',
    severity: 'error',
    article: 'Art. 6(3), 6(1)(c)',
    description:
      "A controller established outside the EEA records whose law imposes each obligation it relies on (Art. 6(1)(c)): its own country's law is the likely one, and no basis under Art. 6(3).",
    check: (ctx) =>
      ctx.controllerCountry === null || establishedInEea(ctx.controllerCountry)
        ? []
        : ctx.controllerActivities
            .filter((a) => a.legalBasis === 'art6_1_c' && !a.legalObligationJurisdiction?.trim())
            .map((a) =>
              activityHit(
                a,
                `relies on ${LEGAL_BASIS_LABELS.art6_1_c}, but the controller is established outside the EEA (${ctx.controllerCountry}) and the activity does not record whose law imposes the obligation (legalObligationJurisdiction). An error: the obligation most likely comes from the law of ${ctx.controllerCountry}, which is no basis under Art. 6(3); record EU or the Member State whose law imposes it, or the basis that applies instead.`,
              ),
            ),
  },
  {
    id: 'legal-obligation-jurisdiction-recorded',
    severity: 'warning',
    article: 'Art. 6(3)',
    description:
      "An EEA controller's activity on Art. 6(1)(c) or (e) records whose law imposes the obligation or task (EU or the state); a warning, as the law of its own state is the likely one.",
    check: (ctx) =>
      ctx.controllerActivities
        .filter((a) => restsOnLaw(a) && !a.legalObligationJurisdiction?.trim())
        // Outside the EEA an obligation without its jurisdiction is the error above.
        .filter((a) => a.legalBasis === 'art6_1_e' || ctx.controllerCountry === null || establishedInEea(ctx.controllerCountry))
        .map((a) =>
          activityHit(
            a,
            `relies on ${LEGAL_BASIS_LABELS[a.legalBasis ?? 'art6_1_c']} but does not record whose law imposes it (legalObligationJurisdiction: EU or the state's code), so Art. 6(3) cannot be checked. A warning: the law named is most likely Union or Member State law, but only the record can say so.`,
          ),
        ),
  },
  {
    id: 'special-category-law',
    severity: 'error',
    article: 'Art. 9(2)(b), 9(2)(g)-(j)',
    description:
      'An activity on Art. 9(2)(b), (g), (h), (i) or (j) names the Union or Member State law the condition rests on and whose law it is; the law of a third country is no such basis.',
    check: (ctx) =>
      ctx.controllerActivities.flatMap((a): RuleHit[] => {
        const condition = a.specialCategoryCondition;
        if (condition === null || !CONDITIONS_ON_LAW.includes(condition)) return [];
        const label = SPECIAL_CATEGORY_CONDITION_LABELS[condition];
        const jurisdiction = a.specialCategoryLawJurisdiction?.trim().toUpperCase() ?? '';
        const missing = [
          !a.specialCategoryLaw?.trim() && 'the law it rests on (specialCategoryLaw)',
          jurisdiction === '' && "whose law that is (specialCategoryLawJurisdiction: EU or the state's code)",
        ].filter((m): m is string => m !== false);
        if (missing.length > 0)
          return [
            activityHit(
              a,
              `processes special-category data under ${label} but does not record ${missing.join(' or ')}. An error: that condition lifts the prohibition of Art. 9(1) only as Union or Member State law (for (b) also a collective agreement under it) provides, so the record and the notice name the law, as Art. 6(3) asks of a legal obligation.`,
            ),
          ];
        if (isUnionOrMemberStateLaw(jurisdiction)) return [];
        return [
          activityHit(
            a,
            `processes special-category data under ${label} on the law of ${jurisdiction}, which is neither Union nor Member State law. An error: Art. 9(2)(b) and (g)-(j) rest on Union or Member State law only; record that law, or the condition that applies instead.`,
          ),
        ];
      }),
  },
  {
    id: 'child-consent-age',
    severity: 'error',
    article: 'Art. 8(1)',
    description:
      "Consent-based processing for an online service is not open to children younger than the age of digital consent of the controller's Member State (13-16): below it only a parent's consent is valid, which the record cannot show.",
    check: (ctx) => {
      const c = ctx.snapshot.controller;
      const country = ctx.controllerCountry;
      // Art. 8(1) defers to "the Member State"; for a controller outside the EEA no one state is its own.
      if (!c || country === null || !establishedInEea(country)) return [];
      const age = AGE_OF_DIGITAL_CONSENT[country];
      if (age === undefined || c.minimumAge === null || c.minimumAge >= age) return [];
      const online = onlineConsentActivities(ctx);
      if (online.length === 0) return [];
      return [
        {
          entityType: 'controller',
          entityId: c.id,
          message: `Controller profile "${c.legalName}": the services are open from the age of ${c.minimumAge}, but in ${country} a child can consent alone to an online service only from ${age} (Art. 8(1)), and ${online.map((a) => `"${a.name}"`).join(', ')} ${online.length > 1 ? 'rely' : 'relies'} on consent. An error: below ${age} that consent is lawful only if a parent gives or authorises it (Art. 8(1)), and the record cannot show that it is obtained and verified (Art. 8(2)). Raise minimumAge to ${age}.`,
        },
      ];
    },
  },
];

/** Active consent-based activities of an online service (an information society service, Art. 8(1)). */
function onlineConsentActivities(ctx: RuleContext): ProcessingActivity[] {
  return ctx.controllerActivities.filter((a) => a.legalBasis === 'art6_1_a' && a.serviceIds.length > 0);
}
