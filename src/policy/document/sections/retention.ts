import type { EntityRef } from '../../../domain/entity-types';
import type { ProcessingActivity } from '../../../domain/registry-snapshot';
import type { RetentionTrigger } from '../../../domain/vocabulary';
import { mentionsPeriod, sentenceOf } from '../../../language/sentences';
import type { Block, ListItem } from '../model';
import { list, ref } from './blocks';
import type { SectionContext } from './context';

/** The sentences of "How long we keep your data"; the period, trigger and law also fill the per-purpose table. */
export interface RetentionWording {
  retentionIntro: string;
  retentionPeriod(period: string, trigger: string): string;
  retentionTrigger: Record<RetentionTrigger, string>;
  retentionLaw(reference: string): string;
  retentionFor(activities: string, rule: string): string;
  retentionForCategory(category: string, activity: string, rule: string): string;
  retentionNotApplicable(activity: string, reason: string): string;
}

/** What describing one rule needs: the words the purposes table shares with this section. */
export type RuleWording = Pick<RetentionWording, 'retentionPeriod' | 'retentionTrigger' | 'retentionLaw'>;

/** The retention of one rule, period and criteria read once; null when the rule is gone. */
export function describeRetention(ctx: SectionContext<RuleWording>, ruleId: string): { text: string; source: EntityRef } | null {
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
  const text = [period, sentenceOf(criteria), rule.legalReference ? t.retentionLaw(rule.legalReference) : ''].filter(Boolean).join(' ');
  return { text, source: ref('retention_rule', rule) };
}

/** An activity's rules per data category, in the snapshot's order of the categories, then by rule id. */
export function orderedRetentionByCategory(ctx: SectionContext, a: ProcessingActivity) {
  const categoryOrder = (id: string) => ctx.snapshot.dataCategories.findIndex((c) => c.id === id);
  return [...a.retentionByCategory].sort(
    (x, y) => categoryOrder(x.dataCategoryId) - categoryOrder(y.dataCategoryId) || (x.retentionRuleId < y.retentionRuleId ? -1 : 1),
  );
}

/** Each general rule once with the purposes that follow it, then the rules per data category, then why none applies. */
export function retention(ctx: SectionContext<RetentionWording>): Block[] {
  const { t, h } = ctx;
  const byRule = new Map<string, ProcessingActivity[]>();
  const items: ListItem[] = [];
  for (const a of ctx.activities) {
    if (a.retentionRuleId) byRule.set(a.retentionRuleId, [...(byRule.get(a.retentionRuleId) ?? []), a]);
    for (const entry of orderedRetentionByCategory(ctx, a)) {
      const described = describeRetention(ctx, entry.retentionRuleId);
      const category = ctx.snapshot.dataCategories.find((c) => c.id === entry.dataCategoryId);
      if (described && category) {
        items.push({
          text: t.retentionForCategory(category.name, a.name, described.text),
          sources: [described.source, ref('data_category', category), ref('processing_activity', a)],
        });
      }
    }
    if (!a.retentionRuleId && a.notApplicable.retention)
      items.push({ text: t.retentionNotApplicable(a.name, a.notApplicable.retention), sources: [ref('processing_activity', a)] });
  }
  const general: ListItem[] = [];
  for (const rule of ctx.snapshot.retentionRules.filter((r) => byRule.has(r.id))) {
    const described = describeRetention(ctx, rule.id);
    const users = byRule.get(rule.id) ?? [];
    if (described)
      general.push({
        text: t.retentionFor(h.and(users.map((a) => a.name)), described.text),
        sources: [described.source, ...users.map((a) => ref('processing_activity', a))],
      });
  }
  const all = general.concat(items);
  return all.length > 0 ? [list(t.retentionIntro, all)] : [];
}
