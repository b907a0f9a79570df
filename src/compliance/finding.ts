import type { PolicyLanguage } from '../domain/languages';
import type { EntityType } from '../domain/entity-types';
import type { FindingLaw, Law } from '../domain/vocabulary';

export type Severity = 'error' | 'warning';

/** One breach of one rule by one registry entry. */
export interface Finding {
  rule: string;
  severity: Severity;
  article: string;
  /** The law the rule enforces; it runs only where that law applies */
  law: FindingLaw;
  /** The registry entry at fault, or `policy` for a policy's own text (its title) */
  entityType: EntityType | 'policy';
  entityId: string;
  /** The entry's ref (what links may write instead of its id); null for the controller, which has none */
  entityRef: string | null;
  /** The entry's name as a person reads it (a transfer's: where it goes and on what ground); null when the entry is not in the registry */
  entityName: string | null;
  message: string;
}

/** A policy's title as written (in the controller's language) and its translations, checked like registry texts. */
export interface PolicyTitle {
  policyId: string;
  title: string;
  /** language → the title in it */
  translated: Partial<Record<PolicyLanguage, string>>;
}

/** A rule as listed in the catalogue (README, `GET /compliance/rules`). */
export interface ComplianceRule {
  /** Stable kebab-case id, the `rule` of its findings */
  id: string;
  severity: Severity;
  article: string;
  /** The law it enforces (README, "UK and Swiss law"); `gdpr` where left out */
  law?: FindingLaw;
  /**
   * Other laws under which the same duty holds (the controller's identity and contact, the purposes: UK GDPR
   * Art. 13, FADP Art. 19(2)), so the rule also runs where only they apply; its findings then name the first of them
   */
  alsoUnder?: readonly Law[];
  description: string;
}

export interface ComplianceOptions {
  /** Restricts activity-level rules (and the recipients, transfers, trackers they use) to a policy's scope */
  activityIds?: ReadonlySet<string>;
  /**
   * With activityIds: the policy's service, whose trackers are checked too; null means a policy of all
   * services, so every tracker is in scope.
   */
  serviceId?: string | null;
  /** With activityIds: the data subjects the policy is narrowed to (empty or absent: everyone) */
  dataSubjectCategoryIds?: readonly string[];
  /** With activityIds: exactly the trackers the policy shows, instead of deriving them from serviceId */
  trackerIds?: ReadonlySet<string>;
  /** Day (or instant) the adequacy decisions are judged on; defaults to the snapshot's instant */
  onDate?: string;
  /** The languages the policy is written in: each text reaching it needs a translation into each (`translation-missing`) */
  languages?: readonly PolicyLanguage[];
  /** The policy's title, which needs a translation into each of `languages` too */
  policyTitle?: PolicyTitle;
  /** With activityIds: the laws the policy adds to the derived ones (src/reference/laws.ts) */
  policyLaws?: readonly Law[] | null;
}

/** A rule whose duty every law shares: it runs whichever law applies. */
export const EVERY_LAW: readonly Law[] = ['uk_gdpr', 'ch_fadp'];
