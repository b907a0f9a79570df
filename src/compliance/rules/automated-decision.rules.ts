import { ART22_EXCEPTION_LABELS } from '../../reference/legal-bases';
import { activityHit, isBlank, type Rule } from '../rule';

/**
 * Art. 22: a decision based solely on automated processing with legal or similarly significant effects is
 * allowed only under an exception of Art. 22(2), with safeguards. The record says whether Art. 22(1)
 * covers each automated decision; one it covers states its exception and how the person obtains human
 * intervention, puts their view and contests the decision, which the notice prints (Art. 13(2)(f)).
 */
export const AUTOMATED_DECISION_RULES: readonly Rule[] = [
  {
    id: 'automated-decision-art22-assessed',
    severity: 'error',
    article: 'Art. 22(1), 13(2)(f), 14(2)(g)',
    description:
      'An automated decision records whether Art. 22(1) applies (based solely on automated processing, with legal or similarly significant effects).',
    check: (ctx) =>
      ctx.controllerActivities
        .filter((a) => a.automatedDecision !== null && a.automatedDecision.art22Applies === null)
        .map((a) =>
          activityHit(
            a,
            'makes an automated decision but does not record whether Art. 22(1) applies (automatedDecision.art22Applies). An error: a decision based solely on automated processing with legal or similarly significant effects is prohibited unless an exception of Art. 22(2) and its safeguards apply, and the notice must say so (Art. 13(2)(f)); record true (then its exception and safeguards) or false (a person decides, or the decision has no such effect).',
          ),
        ),
  },
  {
    id: 'automated-decision-art22-safeguards',
    severity: 'error',
    article: 'Art. 22(2), 22(3); Recital 71',
    description:
      'A decision Art. 22(1) covers records its Art. 22(2) exception (for Union or Member State law, the law) and how the person obtains human intervention, expresses their point of view and contests the decision.',
    check: (ctx) =>
      ctx.controllerActivities.flatMap((a) => {
        const d = a.automatedDecision;
        if (d?.art22Applies !== true) return [];
        const missing = [
          d.exception === null && 'the Art. 22(2) exception that allows it (exception: contract, law or explicit_consent)',
          d.exception === 'law' && isBlank(d.exceptionLaw) && 'the Union or Member State law that authorises it (exceptionLaw)',
          isBlank(d.humanIntervention) && 'how the person obtains human intervention (humanIntervention)',
          isBlank(d.expressView) && 'how the person expresses their point of view (expressView)',
          isBlank(d.contest) && 'how the person contests the decision (contest)',
        ].filter((m): m is string => m !== false);
        if (missing.length === 0) return [];
        const allowedBy = d.exception ? ` (${ART22_EXCEPTION_LABELS[d.exception]})` : '';
        return [
          activityHit(
            a,
            `takes a decision Art. 22(1) covers${allowedBy} but does not record ${missing.join('; ')}. An error: such a decision is allowed only under an exception of Art. 22(2), and the person keeps at least the right to obtain human intervention, to express their point of view and to contest it (Art. 22(3)); for a decision the law allows, the protective reading asks the same of the safeguards that law lays down (Art. 22(2)(b), Recital 71). The notice prints each.`,
          ),
        ];
      }),
  },
];
