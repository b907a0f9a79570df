/** The closed vocabularies of the registry: each enum as its list of values and its type. */

export const LEGAL_BASES = ['art6_1_a', 'art6_1_b', 'art6_1_c', 'art6_1_d', 'art6_1_e', 'art6_1_f'] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

export const SPECIAL_CATEGORY_CONDITIONS = [
  'art9_2_a',
  'art9_2_b',
  'art9_2_c',
  'art9_2_d',
  'art9_2_e',
  'art9_2_f',
  'art9_2_g',
  'art9_2_h',
  'art9_2_i',
  'art9_2_j',
] as const;
export type SpecialCategoryCondition = (typeof SPECIAL_CATEGORY_CONDITIONS)[number];

export const COLLECTION_METHODS = ['provided', 'observed', 'derived', 'third_party'] as const;
export type CollectionMethod = (typeof COLLECTION_METHODS)[number];

export const RECIPIENT_TYPES = [
  'processor',
  'sub_processor',
  'joint_controller',
  'independent_controller',
  'public_authority',
  'internal',
] as const;
export type RecipientType = (typeof RECIPIENT_TYPES)[number];

export const TRANSFER_MECHANISMS = ['adequacy', 'dpf', 'scc', 'bcr', 'code_of_conduct', 'certification', 'derogation'] as const;
export type TransferMechanism = (typeof TRANSFER_MECHANISMS)[number];

/** Art. 49(1)(a)-(g); `compelling_legitimate_interests` is the second subparagraph of Art. 49(1). */
export const DEROGATIONS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'compelling_legitimate_interests'] as const;
export type Derogation = (typeof DEROGATIONS)[number];

export const RETENTION_TRIGGERS = [
  'collection',
  'end_of_contract',
  'consent_withdrawal',
  'last_activity',
  'claims_expiry',
  'other',
] as const;
export type RetentionTrigger = (typeof RETENTION_TRIGGERS)[number];

export const SECURITY_MEASURE_KINDS = ['technical', 'organisational'] as const;
export type SecurityMeasureKind = (typeof SECURITY_MEASURE_KINDS)[number];

export const TRACKER_KINDS = ['cookie', 'web_beacon', 'pixel', 'local_storage', 'sdk'] as const;
export type TrackerKind = (typeof TRACKER_KINDS)[number];

export const TRACKER_CATEGORIES = ['strictly_necessary', 'functional', 'analytics', 'marketing'] as const;
export type TrackerCategory = (typeof TRACKER_CATEGORIES)[number];

export const TRACKER_PARTIES = ['first', 'third'] as const;
export type TrackerParty = (typeof TRACKER_PARTIES)[number];

export const ACTIVITY_ROLES = ['controller', 'joint_controller', 'processor'] as const;
export type ActivityRole = (typeof ACTIVITY_ROLES)[number];

export const ACTIVITY_STATUSES = ['draft', 'active', 'retired'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

/** What became of a retired activity's personal data (Art. 5(1)(e), 17; for a processor Art. 28(3)(g)) */
export const RETIRED_DATA_OUTCOMES = [
  'erased',
  'anonymised',
  'kept_until_retention_ends',
  'kept_under_legal_obligation',
  'returned_to_controller',
] as const;
export type RetiredDataOutcome = (typeof RETIRED_DATA_OUTCOMES)[number];

export const REQUIREMENT_KINDS = ['statutory', 'contractual', 'contract_precondition', 'none'] as const;
export type RequirementKind = (typeof REQUIREMENT_KINDS)[number];

export const DPIA_STATUSES = ['not_started', 'in_progress', 'completed'] as const;
export type DpiaStatus = (typeof DPIA_STATUSES)[number];

/** "Where applicable" elements of an activity that a DPO may declare not applicable, with a reason. */
export const ACTIVITY_NOT_APPLICABLE_KEYS = ['retention', 'securityMeasures', 'recipients', 'transfers'] as const;
export type ActivityNotApplicableKey = (typeof ACTIVITY_NOT_APPLICABLE_KEYS)[number];

/** Art. 22(2)(a)-(c): what allows a decision based solely on automated processing with legal or similarly significant effects. */
export const ART22_EXCEPTIONS = ['contract', 'law', 'explicit_consent'] as const;
export type Art22Exception = (typeof ART22_EXCEPTIONS)[number];

/** How direct marketing reaches people (ePrivacy Directive 2002/58/EC Art. 13: e-mail and SMS are electronic mail). */
export const MARKETING_CHANNELS = ['email', 'sms', 'phone', 'post', 'in_app'] as const;
export type MarketingChannel = (typeof MARKETING_CHANNELS)[number];
