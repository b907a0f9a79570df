import type { ProcessingActivity, RetentionRule } from '../../domain/registry-snapshot';
import type { RetentionTrigger } from '../../domain/vocabulary';
import { activityHit, type Rule, type RuleContext, type RuleHit } from '../rule';

/**
 * Events that end the keeping by themselves, outside our choosing: the contract ends, consent is withdrawn,
 * the limitation period of the claims runs out (set by law). The others ("from collection", "after your last
 * activity", "other") say from when a period counts, and keep data for ever without one.
 */
const ENDING_EVENTS: readonly RetentionTrigger[] = ['end_of_contract', 'consent_withdrawal', 'claims_expiry'];

export const isOpenEnded = (rule: RetentionRule): boolean => !rule.period?.trim() && !ENDING_EVENTS.includes(rule.trigger);

/** The rules an activity keeps its data by: its general rule and those per data category. */
function rulesOf(a: ProcessingActivity, ctx: RuleContext): RetentionRule[] {
  const ids = new Set([...(a.retentionRuleId ? [a.retentionRuleId] : []), ...a.retentionByCategory.map((r) => r.retentionRuleId)]);
  return [...ids].map((id) => ctx.byId.retentionRules.get(id)).filter((r): r is RetentionRule => r !== undefined);
}

export const RETENTION_RULES: readonly Rule[] = [
  {
    id: 'retention-limit',
    severity: 'error',
    article: 'Art. 5(1)(e), 13(2)(a); WP260 rev.01',
    description:
      'A retention rule an activity uses has a maximum period, or ends at an objective event (the end of the contract, withdrawal of consent, the expiry of claims); "while our interest lasts" is neither.',
    check: (ctx) =>
      ctx.controllerActivities.flatMap((a): RuleHit[] =>
        rulesOf(a, ctx)
          .filter(isOpenEnded)
          .map((rule) =>
            activityHit(
              a,
              `keeps data under the retention rule "${rule.name}", which has neither a period (period) nor an event that ends it (trigger: end_of_contract, consent_withdrawal or claims_expiry). An error: data are kept no longer than necessary (Art. 5(1)(e)), and the notice gives the period or the criteria that determine it (Art. 13(2)(a)); "for as long as we need them" or "while our interest lasts" leaves the end to us, which the transparency guidelines (WP260 rev.01) do not accept. Record a maximum period (e.g. P2Y) or the objective event that ends the keeping.`,
            ),
          ),
      ),
  },
  {
    id: 'retired-data-outcome',
    severity: 'warning',
    article: 'Art. 5(1)(e), 30(1)(f); Art. 28(3)(g) for a processor',
    description:
      'A retired activity records what became of its data (erased, anonymised, kept until its retention ends or under a legal obligation, returned to the controller): the record states it instead of a retention that no longer runs. Checked on the whole registry only: a retired activity is in no notice.',
    check: (ctx) =>
      ctx.policyScope !== null
        ? []
        : ctx.snapshot.processingActivities
            .filter((a) => a.status === 'retired' && a.afterRetirement === null)
            .map((a) =>
              activityHit(
                a,
                `is retired but does not record what became of its data (afterRetirement). A warning: the data of a processing that ended are erased or anonymised once no longer needed, or kept only as long as a law or the retention rule requires (Art. 5(1)(e)), and the record an authority reads should say which (Art. 30(1)(f))${a.role === 'processor' ? '; as a processor, the data go back to the controller or are deleted, as it chose (Art. 28(3)(g))' : ''}. Record afterRetirement.outcome and, in details, when and how.`,
              ),
            ),
  },
];
