/** Art. 30(1)(f): the time limits for erasure, per data category, in words. */
import type { ProcessingActivity, RetentionRule } from '../domain/registry-snapshot';
import { join, notApplicable } from './art30-wording';
import { type CellWording, EN } from './cell-wording';
import type { RecordIndex } from './record-index';

/**
 * "P10Y" → "10 years"; a period, its trigger, the criteria and the law, in words. The rule's name is the DPO's
 * own label ("Fraud signals") and stays out of the prose: the record reads "Contact details — 18 months …".
 */
export function describeRetention(rule: RetentionRule, w: CellWording = EN): string {
  const trigger = w.retention.triggers[rule.trigger];
  const period = rule.period ? `${w.duration(rule.period)} ${trigger}` : trigger;
  return `${period} — ${rule.criteria}${rule.legalReference ? ` (${rule.legalReference})` : ''}`;
}

/**
 * Art. 30(1)(f) per data category, in words: the category's own rule, else the activity's general one. A retired
 * activity no longer runs: its cell says so first, with its date, and gives the rules as those that applied while it
 * ran, not as a retention still running ("until consent is withdrawn").
 */
export function retentionCell(a: ProcessingActivity, ix: RecordIndex): string {
  const rules = runningRetention(a, ix);
  if (a.status !== 'retired') return rules;
  return ix.w.retention.retiredOn(a.retiredAt ? ix.w.date(a.retiredAt) : null, afterRetirementText(a, ix.w), rules);
}

/** What became of a retired activity's data, in words: the Art. 30 record states it rather than a running retention. */
export function afterRetirementText(a: ProcessingActivity, w: CellWording = EN): string {
  if (!a.afterRetirement) return w.retention.afterRetirementNotRecorded;
  const { outcome, details } = a.afterRetirement;
  const label = w.retention.afterRetirement[outcome];
  return details?.trim() ? `${label} (${details.trim().replace(/\.$/, '')})` : label;
}

function runningRetention(a: ProcessingActivity, ix: RecordIndex): string {
  const general = a.retentionRuleId ? ix.retention.get(a.retentionRuleId) : undefined;
  const own = new Map(a.retentionByCategory.map((r) => [r.dataCategoryId, r.retentionRuleId]));
  const perCategory = ix.ordered(a.dataCategoryIds).map((categoryId) => {
    const ruleId = own.get(categoryId);
    const rule = ruleId ? ix.retention.get(ruleId) : general;
    const name = ix.names.get(categoryId) ?? categoryId;
    if (rule) return `${name} — ${describeRetention(rule, ix.w)}`;
    return a.notApplicable.retention ? null : `${name} — ${ix.w.notRecordedInline}`;
  });
  const listed = join(perCategory);
  if (a.notApplicable.retention) return join([listed, notApplicable(a, 'retention', ix.w)]);
  if (a.dataCategoryIds.length === 0) return general ? describeRetention(general, ix.w) : ix.w.notRecorded;
  return listed;
}
