import type { LegalBasis, RecipientType, TrackerKind, TransferMechanism } from '../../../domain/vocabulary';

/**
 * The reader's "what changes for you" sentences of a policy diff, for one language. A new language
 * implements the whole interface, as for the policy catalogue.
 */
export interface DiffCatalogue {
  basis: Record<LegalBasis, string>;
  /** An activity with no Art. 6 basis of ours: a processor-role activity (Art. 30(2)) */
  noBasis: string;
  recipientType: Record<RecipientType, string>;
  mechanism: Record<TransferMechanism, string>;
  trackerKind: Record<TrackerKind, string>;
  /** "a, b and c" */
  and(items: string[]): string;

  activityAdded(name: string, basis: string, purpose: string): string;
  activityRemoved(name: string): string;
  activityBasis(name: string, basis: string, before: string): string;
  activityPurpose(name: string, purpose: string): string;
  activityInterest(name: string, interest: string): string;
  activityShares(name: string, recipients: string): string;
  activityStopsSharing(name: string, recipients: string): string;
  activityCollects(name: string, categories: string): string;
  activityStopsCollecting(name: string, categories: string): string;
  activityRetention(name: string, rule: string): string;
  activityProfiling(name: string, profiling: boolean): string;
  activityAutomatedDecision(name: string, deciding: boolean): string;
  activityOther(name: string, fields: string): string;

  recipientAdded(name: string, type: string, country: string): string;
  recipientRemoved(name: string): string;
  recipientCountry(name: string, country: string, before: string): string;
  recipientNewType(name: string, type: string): string;
  recipientPolicy(name: string, url: string): string;
  recipientOther(name: string, fields: string): string;

  transferAdded(country: string, recipient: string, mechanism: string): string;
  transferRemoved(country: string, recipient: string): string;
  transferMechanism(country: string, recipient: string, mechanism: string, before: string): string;
  transferOther(country: string, recipient: string, fields: string): string;

  /** "for 5 years after the contract ends" */
  retentionPeriod(period: string, trigger: string): string;
  retentionAdded(rule: string, keep: string): string;
  retentionRemoved(rule: string, keep: string): string;
  retentionChanged(rule: string, keep: string, before: string): string;
  retentionOther(rule: string, fields: string): string;

  categoryAdded(name: string): string;
  categoryRemoved(name: string): string;
  categorySpecial(name: string, special: boolean): string;
  categoryOther(name: string): string;

  trackerAdded(kind: string, name: string, purpose: string): string;
  trackerRemoved(kind: string, name: string): string;
  trackerChanged(kind: string, name: string, fields: string): string;

  measureAdded(name: string): string;
  measureRemoved(name: string): string;
  measureChanged(name: string): string;

  controllerChanged(fields: string): string;
  scopeAdded(name: string): string;
  scopeRemoved(name: string): string;
  scopeChanged(name: string): string;
}
