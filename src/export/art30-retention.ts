/** Art. 30(1)(f): the time limits for erasure, per data category, in words. */
import type { ProcessingActivity, RetentionRule } from '../domain/registry-snapshot';
import { humanizeDuration } from '../language/humanize';
import { RETENTION_TRIGGER_LABELS } from '../reference/vocabulary-labels';
import { join, NOT_RECORDED, notApplicable } from './art30-wording';
import type { RecordIndex } from './record-index';

/** "P10Y" → "10 years"; a period, its trigger, the criteria and the law, in words. */
export function describeRetention(rule: RetentionRule): string {
  const period = rule.period
    ? `${humanizeDuration(rule.period)} ${RETENTION_TRIGGER_LABELS[rule.trigger]}`
    : RETENTION_TRIGGER_LABELS[rule.trigger];
  return `${rule.name}: ${period} — ${rule.criteria}${rule.legalReference ? ` (${rule.legalReference})` : ''}`;
}

/** Art. 30(1)(f) per data category, in words: the category's own rule, else the activity's general one. */
export function retentionCell(a: ProcessingActivity, ix: RecordIndex): string {
  const general = a.retentionRuleId ? ix.retention.get(a.retentionRuleId) : undefined;
  const own = new Map(a.retentionByCategory.map((r) => [r.dataCategoryId, r.retentionRuleId]));
  const perCategory = ix.ordered(a.dataCategoryIds).map((categoryId) => {
    const ruleId = own.get(categoryId);
    const rule = ruleId ? ix.retention.get(ruleId) : general;
    const name = ix.names.get(categoryId) ?? categoryId;
    if (rule) return `${name} — ${describeRetention(rule)}`;
    return a.notApplicable.retention ? null : `${name} — ${NOT_RECORDED.toLowerCase()}`;
  });
  const listed = join(perCategory);
  if (a.notApplicable.retention) return join([listed, notApplicable(a, 'retention')]);
  if (a.dataCategoryIds.length === 0) return general ? describeRetention(general) : NOT_RECORDED;
  return listed;
}
