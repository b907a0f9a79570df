import type { PolicyLanguage } from './languages';
import type { Translations } from './translations';
import type {
  ActivityNotApplicableKey,
  Art22Exception,
  ActivityRole,
  ActivityStatus,
  CollectionMethod,
  Derogation,
  DpiaStatus,
  LegalBasis,
  LocalTransferTool,
  MarketingChannel,
  RecipientType,
  RequirementKind,
  RetiredDataOutcome,
  RetentionTrigger,
  SecurityMeasureKind,
  SpecialCategoryCondition,
  TrackerCategory,
  TrackerKind,
  TrackerParty,
  TransferMechanism,
} from './vocabulary';

/**
 * The whole registry as one immutable plain object. Compliance rules, the policy generator and
 * the exports are pure functions of this type; only the snapshot loader builds it.
 * Every list is sorted by name, then id, so that output built from it is deterministic.
 */

export interface EntityMeta {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** The fields a DPO writes on an entry of domain type `T`: all of them but the meta every entry carries. */
export type EntryField<T> = Exclude<keyof T, keyof EntityMeta>;

/**
 * An entry of a registry list (all but the controller): its `ref` is a short key unique within its type
 * ("contact-details"), accepted wherever an id of that type is, and the same in every language.
 */
export interface Keyed {
  ref: string;
}

/** An entry whose free texts reaching a notice carry translations (see `TRANSLATABLE`). */
export interface Translatable {
  /** language → translatable field → text; `{}` when there are none */
  translations: Translations;
}

export interface PostalAddress {
  street: string;
  postalCode: string;
  city: string;
  /** ISO 3166-1 alpha-2 */
  country: string;
}

export interface ControllerProfile extends EntityMeta, Translatable {
  legalName: string;
  registeredAddress: PostalAddress;
  registrationNumber: string;
  email: string;
  phone: string | null;
  website: string | null;
  dpo: { name: string | null; email: string; phone: string | null } | null;
  representative: { name: string; email: string; address: string } | null;
  /** The representative in the United Kingdom (UK GDPR Art. 27) of a controller outside the UK that targets people there */
  ukRepresentative: { name: string; email: string; address: string } | null;
  /** The representative in Switzerland (FADP Art. 14) of a controller abroad that the FADP requires to appoint one */
  swissRepresentative: { name: string; email: string; address: string } | null;
  supervisoryAuthority: { name: string; country: string; website: string | null };
  minimumAge: number | null;
  /** Element → reason, for "where applicable" elements deliberately absent (dpo, representative). */
  notApplicable: { dpo?: string; representative?: string; ukRepresentative?: string; swissRepresentative?: string };
  /** The language the registry's texts are written in; `translations` give the others */
  language: PolicyLanguage;
  /**
   * The day (YYYY-MM-DD) from which the controller honours Global Privacy Control signals as a request to opt
   * out, as last stated; null when it does not say it does. Published as `/.well-known/gpc.json`
   */
  gpcHonouredSince: string | null;
}

export interface Service extends EntityMeta, Keyed, Translatable {
  name: string;
  slug: string;
  url: string | null;
  description: string | null;
}

export interface DataCategory extends EntityMeta, Keyed, Translatable {
  name: string;
  description: string | null;
  examples: string[];
  /** Art. 9(1) special category */
  special: boolean;
  /** Art. 10 criminal convictions and offences */
  criminal: boolean;
  collection: CollectionMethod;
  /** Images of people from a camera (CCTV): an activity using it gets a warning sign (EDPB Guidelines 3/2019) */
  videoSurveillance: boolean;
}

export interface DataSubjectCategory extends EntityMeta, Keyed, Translatable {
  name: string;
  description: string | null;
  /** These people use our websites or apps, so a notice to them speaks of use, cookies and children */
  usesServices: boolean;
  /**
   * How they come to deal with us, as the notice's opening says it: "as our employee", "when you visit our
   * warehouse", "because we obtained your business contact details from …"; null while not recorded
   */
  relationship: string | null;
}

export interface Recipient extends EntityMeta, Keyed, Translatable {
  name: string;
  type: RecipientType;
  /** ISO 3166-1 alpha-2 */
  country: string;
  description: string | null;
  privacyPolicyUrl: string | null;
  dpfCertified: boolean;
  /** Certified under the Swiss–US Data Privacy Framework, a certification separate from the EU–US one */
  swissDpfCertified: boolean;
  /** Certified under the UK Extension to the EU–US Data Privacy Framework (the UK–US data bridge) */
  ukExtensionCertified: boolean;
  /** The name is a legal entity's own ("LiveChat, Inc."), the same in every language: no translation is asked for */
  legalEntity: boolean;
  /** A sub-processor: the recipient (our processor) that engaged it (Art. 28(2), (4)); null when we engaged it ourselves */
  engagedBy: string | null;
  dpaReference: string | null;
  /** Joint controllers (Art. 26(2)): the essence of the arrangement, as the notice states it */
  jointArrangement: string | null;
  /** Joint controllers (Art. 26(1)): the contact point for data subjects */
  contactPoint: string | null;
}

export interface Transfer extends EntityMeta, Keyed, Translatable {
  recipientId: string;
  /** ISO 3166-1 alpha-2 of the destination */
  country: string;
  /** The GDPR Chapter V mechanism */
  mechanism: TransferMechanism;
  /** Transfer tools of UK and Swiss law the transfer also rests on (IDTA, UK Addendum, Swiss clauses); empty when none */
  localTools: LocalTransferTool[];
  sccModule: 1 | 2 | 3 | 4 | null;
  derogation: Derogation | null;
  safeguards: string | null;
  /** Whether the data subject can obtain a copy of the safeguards */
  copyAvailable: boolean;
  /** Where or how to obtain that copy (URL or request channel) */
  copyInstructions: string | null;
}

export interface RetentionRule extends EntityMeta, Keyed, Translatable {
  name: string;
  /** ISO 8601 duration, e.g. P5Y, P30D */
  period: string | null;
  trigger: RetentionTrigger;
  criteria: string;
  legalReference: string | null;
}

export interface SecurityMeasure extends EntityMeta, Keyed, Translatable {
  name: string;
  kind: SecurityMeasureKind;
  description: string;
}

export interface Tracker extends EntityMeta, Keyed, Translatable {
  name: string;
  kind: TrackerKind;
  category: TrackerCategory;
  provider: string;
  party: TrackerParty;
  purpose: string;
  duration: string | null;
  serviceIds: string[];
  processingActivityId: string | null;
  /** Data the tracker collects */
  dataCategoryIds: string[];
  /** How a user can refuse or remove it */
  optOut: string | null;
}

/**
 * A form or channel that collects personal data from the person (a newsletter sign-up, the checkout, a job
 * application form): its short notice, shown beside it, is public (Art. 13(1)-(2), information at collection).
 */
export interface CollectionPoint extends EntityMeta, Keyed, Translatable {
  name: string;
  /** The service it belongs to; its notice links to that service's published policy */
  serviceId: string;
  /** The activities the data collected there serve: the purposes, bases and requirements its notice states */
  processingActivityIds: string[];
  /** The data it asks for */
  dataCategoryIds: string[];
}

/**
 * Automated decision-making (Art. 13(2)(f), 14(2)(g), 22). The logic and significance are stated for every
 * decision recorded; the exception and safeguards belong to one that Art. 22(1) covers.
 */
export interface AutomatedDecision {
  logic: string;
  significance: string;
  /**
   * Art. 22(1): the decision is based solely on automated processing and has legal or similarly significant
   * effects; false when it is not; null while not assessed
   */
  art22Applies: boolean | null;
  /** Art. 22(2): the exception that allows it (a contract, Union or Member State law, explicit consent) */
  exception: Art22Exception | null;
  /** Art. 22(2)(b): the law that authorises it and lays down safeguards */
  exceptionLaw: string | null;
  /** Art. 22(3): how the person obtains a human review of the decision */
  humanIntervention: string | null;
  /** Art. 22(3): how the person expresses their point of view */
  expressView: string | null;
  /** Art. 22(3): how the person contests the decision */
  contest: string | null;
}

/** ePrivacy Directive 2002/58/EC Art. 13(2): e-mail or SMS marketing without consent, to one's own customers. */
export interface SoftOptIn {
  /** The contact details were obtained from the customer in the context of a sale of a product or service */
  saleContext: boolean;
  /** Only our own similar products or services are marketed */
  similarProducts: boolean;
  /** How the customer can object, free of charge and easily, when the details are collected and in each message */
  objection: string;
}

/** Art. 30(2)(a): a controller on whose behalf a processor-role activity is carried out. */
export interface ControllerServed {
  name: string;
  email: string;
  address: string | null;
  phone: string | null;
  /** Its Art. 27 representative in the Union, where it has one */
  representative: { name: string; email: string; address: string } | null;
}

export interface ProcessingActivity extends EntityMeta, Keyed, Translatable {
  name: string;
  purpose: string;
  description: string | null;
  role: ActivityRole;
  status: ActivityStatus;
  /** Null for the processor role: a processor acts on the controller's basis and records none (Art. 30(2)) */
  legalBasis: LegalBasis | null;
  legitimateInterest: string | null;
  /** Where the legitimate-interests assessment is kept (a link or a document reference) */
  legitimateInterestAssessment: string | null;
  legalObligation: string | null;
  /**
   * Art. 6(3): whose law imposes the obligation or task of Art. 6(1)(c) or (e): `EU` or the ISO 3166-1
   * alpha-2 code of the state
   */
  legalObligationJurisdiction: string | null;
  /** Art. 7(2): how consent is given */
  consentMechanism: string | null;
  /** Art. 7(3): how consent is withdrawn, a fact of its own */
  consentWithdrawal: string | null;
  specialCategoryCondition: SpecialCategoryCondition | null;
  /**
   * Art. 9(2)(b), (g)-(j): the Union or Member State law (or, for (b), collective agreement) the condition
   * rests on
   */
  specialCategoryLaw: string | null;
  /** Whose law that is: `EU` or the ISO 3166-1 alpha-2 code of the state */
  specialCategoryLawJurisdiction: string | null;
  /** Art. 10: official authority or the Union/Member State law authorising criminal-offence data */
  criminalDataAuthorisation: string | null;
  dataSubjectCategoryIds: string[];
  dataCategoryIds: string[];
  recipientIds: string[];
  retentionRuleId: string | null;
  retentionByCategory: { dataCategoryId: string; retentionRuleId: string }[];
  securityMeasureIds: string[];
  serviceIds: string[];
  /** Art. 14(2)(f): where data not obtained from the data subject come from */
  sources: string | null;
  /** Recital 61: why the source cannot be named (various sources were used), with the general information given instead */
  sourceUnnamedReason: string | null;
  automatedDecision: AutomatedDecision | null;
  profiling: boolean;
  /** Art. 21(2)-(3): the data are used for direct marketing, so objection is absolute */
  directMarketing: boolean;
  /** Direct marketing only: the channels it uses */
  marketingChannels: MarketingChannel[];
  /** Direct marketing by e-mail or SMS without consent: the conditions of ePrivacy Art. 13(2) */
  softOptIn: SoftOptIn | null;
  requirement: { kind: RequirementKind; consequences: string | null } | null;
  dpia: { required: boolean; status: DpiaStatus; reference: string | null } | null;
  /** Processor role: each controller served, with contact details and representative (Art. 30(2)(a)) */
  onBehalfOf: ControllerServed[];
  notApplicable: Partial<Record<ActivityNotApplicableKey, string>>;
  /** When a retired activity ended (set when it is retired, unless given) */
  retiredAt: string | null;
  /** Retired activities: what became of the data, and when or how (an Art. 30 entry, in no notice) */
  afterRetirement: { outcome: RetiredDataOutcome; details: string | null } | null;
}

export interface RegistrySnapshot {
  /** ISO 8601 instant the snapshot describes */
  asOf: string;
  controller: ControllerProfile | null;
  services: Service[];
  dataCategories: DataCategory[];
  dataSubjectCategories: DataSubjectCategory[];
  recipients: Recipient[];
  transfers: Transfer[];
  retentionRules: RetentionRule[];
  securityMeasures: SecurityMeasure[];
  trackers: Tracker[];
  processingActivities: ProcessingActivity[];
  collectionPoints: CollectionPoint[];
}

/** Entity type → its domain type: tables keyed by entity type name every field of each through it. */
export interface EntryShapes {
  controller: ControllerProfile;
  service: Service;
  data_category: DataCategory;
  data_subject_category: DataSubjectCategory;
  recipient: Recipient;
  transfer: Transfer;
  retention_rule: RetentionRule;
  security_measure: SecurityMeasure;
  tracker: Tracker;
  processing_activity: ProcessingActivity;
  collection_point: CollectionPoint;
}
