/** Art. 30(1)(f): the time limits for erasure, per data category, in words. */
import type { ProcessingActivity, RetentionRule } from '../domain/registry-snapshot';
import type { RetiredDataOutcome } from '../domain/vocabulary';
import { humanizeDate, humanizeDuration } from '../language/humanize';
import { RETENTION_TRIGGER_LABELS } from '../reference/vocabulary-labels';
import { join, NOT_RECORDED, notApplicable } from './art30-wording';
import type { RecordIndex } from './record-index';

/**
 * "P10Y" → "10 years"; a period, its trigger, the criteria and the law, in words. The rule's name is the DPO's
 * own label ("Fraud signals") and stays out of the prose: the record reads "Contact details — 18 months …".
 */
export function describeRetention(rule: RetentionRule): string {
  const period = rule.period
    ? `${humanizeDuration(rule.period)} ${RETENTION_TRIGGER_LABELS[rule.trigger]}`
    : RETENTION_TRIGGER_LABELS[rule.trigger];
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
  const on = a.retiredAt ? humanizeDate(a.retiredAt) : 'a date not recorded';
  return `Retired on ${on}; ${afterRetirementText(a)}. Retention while it ran: ${rules}`;
}

/** What became of a retired activity's data, in words: the Art. 30 record states it rather than a running retention. */
export function afterRetirementText(a: ProcessingActivity): string {
  if (!a.afterRetirement) return 'what was done with its data is not recorded';
  const { outcome, details } = a.afterRetirement;
  return details?.trim() ? `${AFTER_RETIREMENT_LABELS[outcome]} (${details.trim().replace(/\.$/, '')})` : AFTER_RETIREMENT_LABELS[outcome];
}

const AFTER_RETIREMENT_LABELS: Record<RetiredDataOutcome, string> = {
  erased: 'its data were erased',
  anonymised: 'its data were anonymised and are no longer personal data',
  kept_until_retention_ends: 'its data are kept only until the retention that follows ends, then erased',
  kept_under_legal_obligation: 'its data are kept only as far as a legal obligation requires, then erased',
  returned_to_controller: 'its data were returned to the controller or deleted, as the controller chose (Art. 28(3)(g))',
};

function runningRetention(a: ProcessingActivity, ix: RecordIndex): string {
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
