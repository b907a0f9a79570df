import { EVERY_LAW } from '../finding';
import { LEGAL_BASIS_LABELS } from '../../reference/legal-bases';
import { LEGAL_BASES } from '../../domain/vocabulary';
import type { ProcessingActivity } from '../../domain/registry-snapshot';
import { activityHit, isBlank, type Rule, type RuleContext, type RuleHit } from '../rule';

type Check = (a: ProcessingActivity, ctx: RuleContext) => string | null;

/** One hit per activity of the Art. 30(1) record (controller and joint-controller roles) that fails. */
const eachControllerActivity =
  (check: Check) =>
  (ctx: RuleContext): RuleHit[] =>
    ctx.controllerActivities.flatMap((a) => {
      const message = check(a, ctx);
      return message === null ? [] : [activityHit(a, message)];
    });

const namesOf = (ids: readonly string[], ctx: RuleContext): string =>
  ids.map((id) => `"${ctx.byId.dataCategories.get(id)?.name ?? id}"`).join(', ');

const categoriesWhere = (a: ProcessingActivity, ctx: RuleContext, flag: 'special' | 'criminal'): string[] =>
  a.dataCategoryIds.filter((id) => ctx.byId.dataCategories.get(id)?.[flag] === true);

export const ACTIVITY_RULES: readonly Rule[] = [
  {
    id: 'activity-purpose',
    alsoUnder: EVERY_LAW,
    severity: 'error',
    article: 'Art. 30(1)(b), 13(1)(c)',
    description: 'Each active activity states its purpose.',
    check: eachControllerActivity((a) => (isBlank(a.purpose) ? 'no purpose is stated.' : null)),
  },
  {
    id: 'activity-legal-basis',
    severity: 'error',
    article: 'Art. 6(1), 13(1)(c)',
    description: 'Each active activity relies on one of the legal bases of Art. 6(1)(a)-(f).',
    check: eachControllerActivity((a) =>
      a.legalBasis !== null && (LEGAL_BASES as readonly string[]).includes(a.legalBasis) ? null : 'no Art. 6(1) legal basis is recorded.',
    ),
  },
  {
    id: 'activity-data-subjects',
    severity: 'error',
    article: 'Art. 30(1)(c)',
    description: 'Each active activity names at least one category of data subjects.',
    check: eachControllerActivity((a) => (a.dataSubjectCategoryIds.length === 0 ? 'no category of data subjects is named.' : null)),
  },
  {
    id: 'activity-data-categories',
    severity: 'error',
    article: 'Art. 30(1)(c), 14(1)(d)',
    description: 'Each active activity names at least one category of personal data.',
    check: eachControllerActivity((a) => (a.dataCategoryIds.length === 0 ? 'no category of personal data is named.' : null)),
  },
  {
    id: 'activity-retention',
    severity: 'error',
    article: 'Art. 30(1)(f), 13(2)(a)',
    description:
      'Each active activity has a retention rule (general, or per data category for all its categories), or retention declared not applicable with a reason.',
    check: eachControllerActivity((a, ctx) => {
      if (a.retentionRuleId || !isBlank(a.notApplicable.retention)) return null;
      const covered = new Set(a.retentionByCategory.map((r) => r.dataCategoryId));
      const uncovered = a.dataCategoryIds.filter((id) => !covered.has(id));
      if (a.dataCategoryIds.length > 0 && uncovered.length === 0) return null;
      const what = a.retentionByCategory.length === 0 ? 'its data' : `the data categories ${namesOf(uncovered, ctx)}`;
      return `no retention rule covers ${what} (set retentionRuleId or retentionByCategory, or give a reason in notApplicable.retention).`;
    }),
  },
  {
    id: 'activity-security',
    severity: 'error',
    article: 'Art. 30(1)(g), 32(1)',
    description: 'Each active activity lists its security measures, or declares them not applicable with a reason.',
    check: eachControllerActivity((a) =>
      a.securityMeasureIds.length === 0 && isBlank(a.notApplicable.securityMeasures)
        ? 'no security measures are listed and no reason is given (notApplicable.securityMeasures).'
        : null,
    ),
  },
  {
    id: 'legitimate-interest-stated',
    severity: 'error',
    article: 'Art. 13(1)(d), 6(1)(f)',
    description: 'An activity on legitimate interests states the interest pursued.',
    check: eachControllerActivity((a) =>
      a.legalBasis === 'art6_1_f' && isBlank(a.legitimateInterest)
        ? `relies on ${LEGAL_BASIS_LABELS.art6_1_f} but does not state the interest pursued.`
        : null,
    ),
  },
  {
    id: 'legal-obligation-named',
    severity: 'error',
    article: 'Art. 6(1)(c), 6(3)',
    description: 'An activity on a legal obligation names the law that imposes it.',
    check: eachControllerActivity((a) =>
      a.legalBasis === 'art6_1_c' && isBlank(a.legalObligation)
        ? `relies on ${LEGAL_BASIS_LABELS.art6_1_c} but does not name the law that imposes it.`
        : null,
    ),
  },
  {
    id: 'consent-mechanism',
    severity: 'error',
    article: 'Art. 6(1)(a), 7, 9(2)(a)',
    description: 'An activity on consent (or explicit consent for special-category data) says how consent is given.',
    check: eachControllerActivity((a) =>
      (a.legalBasis === 'art6_1_a' || a.specialCategoryCondition === 'art9_2_a') && isBlank(a.consentMechanism)
        ? 'relies on consent but does not record how consent is given (consentMechanism).'
        : null,
    ),
  },
  {
    id: 'special-category-condition',
    severity: 'error',
    article: 'Art. 9(2)',
    description: 'An activity processing special-category data names its Art. 9(2) condition.',
    check: eachControllerActivity((a, ctx) => {
      const special = categoriesWhere(a, ctx, 'special');
      return special.length > 0 && !a.specialCategoryCondition
        ? `processes special-category data (${namesOf(special, ctx)}) without an Art. 9(2) condition.`
        : null;
    }),
  },
  {
    id: 'criminal-data-authorisation',
    severity: 'error',
    article: 'Art. 10',
    description: 'An activity processing criminal-offence data names the official authority or the law that allows it.',
    check: eachControllerActivity((a, ctx) => {
      const criminal = categoriesWhere(a, ctx, 'criminal');
      return criminal.length > 0 && isBlank(a.criminalDataAuthorisation)
        ? `processes data on criminal convictions and offences (${namesOf(criminal, ctx)}) without naming the official authority or law that allows it (Art. 10).`
        : null;
    }),
  },
  {
    id: 'activity-source',
    severity: 'error',
    article: 'Art. 14(2)(f); Recital 61',
    description:
      'An activity with data obtained from third parties names their source, or records why it cannot be named (various sources, Recital 61).',
    check: eachControllerActivity((a, ctx) => {
      const indirect = a.dataCategoryIds.filter((id) => ctx.byId.dataCategories.get(id)?.collection === 'third_party');
      return indirect.length > 0 && isBlank(a.sources) && isBlank(a.sourceUnnamedReason)
        ? `obtains ${namesOf(indirect, ctx)} from third parties but neither names the source (sources) nor records why it cannot be named (sourceUnnamedReason). An error: the notice tells the person where their data come from (Art. 14(2)(f)); only where various sources were used may it give general information instead, saying so (Recital 61).`
        : null;
    }),
  },
  {
    id: 'automated-decision-information',
    severity: 'error',
    article: 'Art. 13(2)(f), 14(2)(g), 22',
    description: 'Automated decision-making comes with meaningful information about its logic and its significance.',
    check: eachControllerActivity((a) => {
      const adm = a.automatedDecision;
      if (!adm) return null;
      const missing = [isBlank(adm.logic) && 'the logic involved', isBlank(adm.significance) && 'its significance and consequences'];
      const named = missing.filter((m) => m !== false);
      return named.length > 0 ? `makes automated decisions but does not explain ${named.join(' or ')}.` : null;
    }),
  },
  {
    id: 'processor-on-behalf-of',
    severity: 'error',
    article: 'Art. 30(2)(a)',
    description: 'A processor-role activity names each controller it acts for, with contact details.',
    check: (ctx) =>
      ctx.processorActivities
        .filter((a) => a.onBehalfOf.length === 0)
        .map((a) => activityHit(a, 'we act as processor but no controller we act for is named, with contact details (onBehalfOf).')),
  },
  {
    id: 'dpia-incomplete',
    severity: 'warning',
    article: 'Art. 35',
    description: 'A data protection impact assessment that is required has been completed.',
    check: (ctx) =>
      [...ctx.controllerActivities, ...ctx.processorActivities]
        .filter((a) => a.dpia?.required === true && a.dpia.status !== 'completed')
        .map((a) => activityHit(a, `a DPIA is required but is ${a.dpia?.status === 'in_progress' ? 'still in progress' : 'not started'}.`)),
  },
];
