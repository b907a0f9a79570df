import type { PolicyLanguage } from '../domain/languages';
import type {
  DataCategory,
  DataSubjectCategory,
  ProcessingActivity,
  Recipient,
  RegistrySnapshot,
  RetentionRule,
  SecurityMeasure,
  Service,
  Tracker,
  Transfer,
} from '../domain/registry-snapshot';
import type { Law } from '../domain/vocabulary';
import type { Disclosure } from '../reference/establishment';
import type { ComplianceRule, Finding, PolicyTitle } from './finding';

/** What a rule sees: the snapshot, narrowed to the scope, with lookups by id. */
export interface RuleContext {
  snapshot: RegistrySnapshot;
  /** YYYY-MM-DD on which adequacy decisions are judged */
  onDate: string;
  /** The controller's country of establishment (ISO 3166-1 alpha-2), null while no profile records one */
  controllerCountry: string | null;
  /** The laws that apply (src/reference/laws.ts): the controller's, and for a policy those it adds; a rule of another law does not run */
  laws: readonly Law[];
  /** What disclosing data to a country is, from where the controller stands, on `onDate` (one function for all rules) */
  disclosure(country: string): Disclosure;
  /** Active controller and joint-controller activities in scope: the Art. 30(1) record and the notice */
  controllerActivities: readonly ProcessingActivity[];
  /** Active processor activities in scope: the Art. 30(2) record */
  processorActivities: readonly ProcessingActivity[];
  transfers: readonly Transfer[];
  trackers: readonly Tracker[];
  /** The policy's service; null for a policy of every service or for the whole registry */
  serviceId: string | null;
  /** What the policy being checked is about; null for the whole registry */
  policyScope: { serviceId: string | null; dataSubjectCategoryIds: readonly string[] } | null;
  /** The languages of the policy being checked; none for the whole registry */
  languages: readonly PolicyLanguage[];
  /** The title of the policy being checked; null for the whole registry */
  policyTitle: PolicyTitle | null;
  byId: {
    services: ReadonlyMap<string, Service>;
    dataCategories: ReadonlyMap<string, DataCategory>;
    dataSubjectCategories: ReadonlyMap<string, DataSubjectCategory>;
    recipients: ReadonlyMap<string, Recipient>;
    retentionRules: ReadonlyMap<string, RetentionRule>;
    securityMeasures: ReadonlyMap<string, SecurityMeasure>;
    processingActivities: ReadonlyMap<string, ProcessingActivity>;
  };
}

/** What a rule finds; the finding names the entry (its ref and name) from the snapshot. */
export type RuleHit = Pick<Finding, 'entityType' | 'entityId' | 'message'>;

export interface Rule extends ComplianceRule {
  check(ctx: RuleContext): RuleHit[];
}

export function isBlank(text: string | null | undefined): boolean {
  return !text?.trim();
}

export function activityHit(activity: ProcessingActivity, message: string): RuleHit {
  return { entityType: 'processing_activity', entityId: activity.id, message: `Processing activity "${activity.name}": ${message}` };
}

export function transferHit(ctx: RuleContext, transfer: Transfer, message: string): RuleHit {
  const recipient = ctx.byId.recipients.get(transfer.recipientId);
  const to = recipient ? `"${recipient.name}"` : `unknown recipient ${transfer.recipientId}`;
  return { entityType: 'transfer', entityId: transfer.id, message: `Transfer to ${to} in ${transfer.country}: ${message}` };
}
