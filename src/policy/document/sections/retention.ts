import type { EntityRef } from '../../../domain/entity-types';
import type { ProcessingActivity } from '../../../domain/registry-snapshot';
import type { RetentionTrigger } from '../../../domain/vocabulary';
import { mentionsPeriod, sentenceOf } from '../../../language/sentences';
import type { Block } from '../model';
import { activityRefs, paragraph, ref } from './blocks';
import type { SectionContext } from './context';

/** The sentences of "How long we keep your data"; the period, trigger and law fill the per-purpose table. */
export interface RetentionWording {
  /** Points at the per-purpose table, which states the retention of each purpose once */
  retentionIntro(purposesHeading: string): string;
  retentionPeriod(period: string, trigger: string): string;
  retentionTrigger: Record<RetentionTrigger, string>;
  retentionLaw(reference: string): string;
}

/** What describing one rule needs: the words the purposes table shares with this section. */
export type RuleWording = Pick<RetentionWording, 'retentionPeriod' | 'retentionTrigger' | 'retentionLaw'>;

/**
 * The retention of one rule for one purpose, period and criteria read once; null when the rule is gone. The
 * rule's legal reference is the law that obliges keeping the data, said only for a purpose that rests on law
 * (Art. 6(1)(c) or (e)): for a purpose on a contract or our interests it would claim an obligation there is none.
 */
export function describeRetention(
  ctx: SectionContext<RuleWording>,
  ruleId: string,
  a: Pick<ProcessingActivity, 'legalBasis'>,
): { text: string; source: EntityRef } | null {
  const { t, h } = ctx;
  const rule = ctx.snapshot.retentionRules.find((r) => r.id === ruleId);
  if (!rule) return null;
  const criteria = rule.criteria?.trim() ?? '';
  const humanized = rule.period ? h.duration(rule.period) : '';
  // Criteria that already name the period say it in the DPO's words; the period is then not said again.
  const period =
    rule.period && !mentionsPeriod(criteria, rule.period)
      ? sentenceOf(t.retentionPeriod(humanized, t.retentionTrigger[rule.trigger]).trim())
      : '';
  const text = [
    period,
    sentenceOf(criteria),
    rule.legalReference && (a.legalBasis === 'art6_1_c' || a.legalBasis === 'art6_1_e') ? t.retentionLaw(rule.legalReference) : '',
  ]
    .filter(Boolean)
    .join(' ');
  return { text, source: ref('retention_rule', rule) };
}

/** An activity's rules per data category, in the snapshot's order of the categories, then by rule id. */
export function orderedRetentionByCategory(ctx: SectionContext, a: ProcessingActivity) {
  const categoryOrder = (id: string) => ctx.snapshot.dataCategories.findIndex((c) => c.id === id);
  return [...a.retentionByCategory].sort(
    (x, y) => categoryOrder(x.dataCategoryId) - categoryOrder(y.dataCategoryId) || (x.retentionRuleId < y.retentionRuleId ? -1 : 1),
  );
}

/**
 * Art. 13(2)(a): the retention of each purpose is stated once, in its row of the per-purpose table (its rule,
 * its rules per data category, or why none applies); this section points there, so that no registry text is
 * read twice.
 */
export function retention(ctx: SectionContext<RetentionWording & { headings: Record<'purposes-and-legal-bases', string> }>): Block[] {
  const { t } = ctx;
  const kept = ctx.activities.filter((a) => a.retentionRuleId || a.retentionByCategory.length > 0 || a.notApplicable.retention?.trim());
  if (kept.length === 0) return [];
  const rules = ctx.snapshot.retentionRules.filter((r) =>
    kept.some((a) => a.retentionRuleId === r.id || a.retentionByCategory.some((e) => e.retentionRuleId === r.id)),
  );
  return [
    paragraph(t.retentionIntro(t.headings['purposes-and-legal-bases']), [
      ...rules.map((r) => ref('retention_rule', r)),
      ...activityRefs(kept),
    ]),
  ];
}
