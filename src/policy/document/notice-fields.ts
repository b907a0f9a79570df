import type {
  CollectionPoint,
  ControllerProfile,
  DataCategory,
  DataSubjectCategory,
  ProcessingActivity,
  Recipient,
  RetentionRule,
  SecurityMeasure,
  Service,
  Tracker,
  Transfer,
} from '../../domain/registry-snapshot';
import type { SectionId } from './i18n/catalogue';

/**
 * Which fields of the registry a notice states, and where: for each domain type, every field either
 * names the sections whose text it changes (sections/<section>.ts), or says why no section states it.
 * Every key is required, so a field added to a domain type does not compile here until someone decides
 * whether the notice must say it (Art. 13/14). notice-fields.spec.ts checks the sections named.
 */
export type NoticeField = readonly [SectionId, ...SectionId[]] | Unstated;

/** A field no section states, and why (it may still choose what the notice speaks of, or be its provenance). */
export interface Unstated {
  readonly sections: null;
  readonly why: string;
}

export type NoticeFieldMap<T> = Record<keyof T, NoticeField>;

const unstated = (why: string): Unstated => ({ sections: null, why });

/** The sections that state a field; empty when none does. */
export const sectionsOf = (field: NoticeField): readonly SectionId[] => ('why' in field ? [] : field);

/** What every entry carries. */
const ENTRY = {
  id: unstated('identifies the entry: in the provenance (sources) of the blocks, never in their text'),
  version: unstated("the entry's version: in the provenance of the blocks, never in their text"),
  createdAt: unstated('bookkeeping of the registry'),
  updatedAt: unstated('bookkeeping of the registry'),
  translations: unstated(
    "the entry's texts in other languages: a notice in one of them states each where it states the field it translates",
  ),
} as const;

/** What every entry of a registry list carries besides. */
const KEYED_ENTRY = {
  ...ENTRY,
  ref: unstated('the key links may use instead of the id: for the DPO and the API, never in a text'),
} as const;

export const ACTIVITY_FIELDS = {
  ...KEYED_ENTRY,
  name: ['sources', 'purposes-and-legal-bases', 'right-to-object', 'automated-decisions', 'security'],
  purpose: ['purposes-and-legal-bases'],
  description: unstated('the record describes the activity (Art. 30); the notice states its purpose'),
  role: unstated('chooses: a processor-role activity is in no notice (activitiesInScope); the others are all ours'),
  status: unstated('chooses: only active activities are in a notice'),
  legalBasis: ['purposes-and-legal-bases', 'your-rights', 'right-to-object'],
  legitimateInterest: ['purposes-and-legal-bases'],
  legitimateInterestAssessment: unstated('where the assessment is kept, for the controller and the authority'),
  legalObligation: ['purposes-and-legal-bases'],
  legalObligationJurisdiction: unstated(
    'whose law imposes the obligation (Art. 6(3)): checked by the compliance rules, the notice states the obligation',
  ),
  consentMechanism: ['purposes-and-legal-bases'],
  consentWithdrawal: ['purposes-and-legal-bases'],
  // Explicit consent (Art. 9(2)(a)) also brings its withdrawal into the rights.
  specialCategoryCondition: ['purposes-and-legal-bases', 'your-rights'],
  specialCategoryLaw: ['purposes-and-legal-bases'],
  specialCategoryLawJurisdiction: unstated(
    'whose law the Art. 9(2) condition rests on: checked by the compliance rules, the notice states the law',
  ),
  criminalDataAuthorisation: ['purposes-and-legal-bases'],
  dataSubjectCategoryIds: unstated(
    'a link: chooses the activities of a notice narrowed to some data subjects, and whom a notice speaks to (their relationship is stated by DATA_SUBJECT_CATEGORY_FIELDS)',
  ),
  dataCategoryIds: unstated('a link: the data categories it names are stated by their own fields (DATA_CATEGORY_FIELDS)'),
  recipientIds: unstated('a link: the recipients it names are stated by their own fields (RECIPIENT_FIELDS)'),
  retentionRuleId: unstated('a link: the rule it names is stated by its own fields (RETENTION_RULE_FIELDS)'),
  retentionByCategory: unstated('links: the rules and categories they name are stated by their own fields'),
  securityMeasureIds: unstated('a link: the measures it names are stated by their own fields (SECURITY_MEASURE_FIELDS)'),
  serviceIds: unstated("chooses: a service's notice speaks of the activities of that service"),
  sources: ['sources'],
  sourceUnnamedReason: ['sources'],
  // A decision Art. 22(1) covers also brings the Art. 22 right.
  automatedDecision: ['automated-decisions', 'your-rights'],
  profiling: ['right-to-object', 'automated-decisions'],
  directMarketing: ['purposes-and-legal-bases', 'your-rights', 'right-to-object'],
  // E-mail also makes the cookie section speak of e-mails, when a beacon serves the activity.
  marketingChannels: ['purposes-and-legal-bases', 'cookies-and-similar-technologies'],
  softOptIn: ['purposes-and-legal-bases'],
  requirement: ['purposes-and-legal-bases', 'providing-data'],
  dpia: unstated('the impact assessment (Art. 35) is for the controller and the authority'),
  onBehalfOf: unstated('the controllers a processor-role activity serves: such an activity is in no notice'),
  notApplicable: ['purposes-and-legal-bases', 'retention', 'security'],
  retiredAt: unstated('a retired activity is in no notice'),
  afterRetirement: unstated('a retired activity is in no notice'),
} satisfies NoticeFieldMap<ProcessingActivity>;

export const CONTROLLER_FIELDS = {
  ...ENTRY,
  legalName: ['who-we-are'],
  // The country also decides whether the controller is established in the EEA (complaints, transfers).
  registeredAddress: ['who-we-are', 'international-transfers', 'complaints'],
  registrationNumber: ['who-we-are'],
  // Where the reader writes to, unless the policy names another contact.
  email: ['who-we-are', 'international-transfers', 'your-rights', 'right-to-object', 'children'],
  phone: ['who-we-are'],
  website: ['who-we-are'],
  dpo: ['who-we-are'],
  representative: ['who-we-are', 'complaints'],
  // Where the UK GDPR or the FADP applies to a controller established outside the UK or Switzerland.
  ukRepresentative: ['who-we-are'],
  swissRepresentative: ['who-we-are'],
  supervisoryAuthority: ['complaints'],
  minimumAge: ['children'],
  notApplicable: ['who-we-are'],
  language: unstated("the language of the registry's texts: decides whether a notice reads them or their translations"),
  gpcHonouredSince: unstated('served to browsers as /.well-known/gpc.json; the notice states the opt-outs of the activities themselves'),
} satisfies NoticeFieldMap<ControllerProfile>;

export const SERVICE_FIELDS = {
  ...KEYED_ENTRY,
  name: ['who-we-are'],
  slug: unstated('the public URL of the notice, not its text'),
  url: unstated('the service itself; the notice names it'),
  description: unstated('for the record; the notice names the service'),
} satisfies NoticeFieldMap<Service>;

export const DATA_CATEGORY_FIELDS = {
  ...KEYED_ENTRY,
  name: ['data-we-process', 'sources', 'purposes-and-legal-bases', 'cookies-and-similar-technologies'],
  description: ['data-we-process'],
  examples: ['data-we-process'],
  special: ['data-we-process'],
  criminal: ['data-we-process'],
  // Data obtained from a third party are named beside their source (Art. 14(1)(d)).
  collection: ['sources'],
  videoSurveillance: unstated('chooses: the activity gets a camera sign (policy/sign/); the long notice names the category as any other'),
} satisfies NoticeFieldMap<DataCategory>;

export const DATA_SUBJECT_CATEGORY_FIELDS = {
  ...KEYED_ENTRY,
  name: unstated('the notice speaks to "you", never naming the category'),
  description: unstated('for the record'),
  // Whether the notice speaks to people who use our websites or apps ("when you use <service>" in the opening).
  usesServices: ['who-we-are', 'sources', 'cookies-and-similar-technologies', 'children', 'changes'],
  relationship: ['who-we-are'],
} satisfies NoticeFieldMap<DataSubjectCategory>;

export const RECIPIENT_FIELDS = {
  ...KEYED_ENTRY,
  // The name also tells a joint controller from a third party that sets trackers.
  name: ['purposes-and-legal-bases', 'cookies-and-similar-technologies', 'recipients', 'international-transfers'],
  type: ['who-we-are', 'purposes-and-legal-bases', 'cookies-and-similar-technologies', 'recipients', 'international-transfers'],
  country: ['recipients', 'international-transfers'],
  description: ['recipients'],
  privacyPolicyUrl: ['recipients'],
  dpfCertified: ['international-transfers'],
  // The FADP's state list (a Swiss controller) and the UK tools (a UK controller).
  swissDpfCertified: ['international-transfers'],
  ukExtensionCertified: ['international-transfers'],
  engagedBy: ['international-transfers'],
  legalEntity: unstated('decides only whether the name is asked for in translation (translation-missing), never the text'),
  dpaReference: unstated('the processing agreement (Art. 28), for the record'),
  jointArrangement: ['recipients'],
  contactPoint: ['recipients'],
} satisfies NoticeFieldMap<Recipient>;

export const TRANSFER_FIELDS = {
  ...KEYED_ENTRY,
  recipientId: unstated('a link: the recipient is stated by its own fields (RECIPIENT_FIELDS)'),
  country: ['international-transfers'],
  mechanism: ['international-transfers'],
  localTools: ['international-transfers'],
  sccModule: ['international-transfers'],
  derogation: ['international-transfers'],
  safeguards: ['international-transfers'],
  copyAvailable: ['international-transfers'],
  copyInstructions: ['international-transfers'],
} satisfies NoticeFieldMap<Transfer>;

export const RETENTION_RULE_FIELDS = {
  ...KEYED_ENTRY,
  name: unstated("the rule's name in the record: the notice states the period and criteria (the name only orders the rules)"),
  // Stated once, in the row of each purpose that keeps data by the rule; the retention section points there.
  period: ['purposes-and-legal-bases'],
  trigger: ['purposes-and-legal-bases'],
  criteria: ['purposes-and-legal-bases'],
  legalReference: ['purposes-and-legal-bases'],
} satisfies NoticeFieldMap<RetentionRule>;

export const SECURITY_MEASURE_FIELDS = {
  ...KEYED_ENTRY,
  name: ['security'],
  kind: unstated('technical or organisational: for the record'),
  description: ['security'],
} satisfies NoticeFieldMap<SecurityMeasure>;

export const TRACKER_FIELDS = {
  ...KEYED_ENTRY,
  name: ['cookies-and-similar-technologies'],
  kind: ['cookies-and-similar-technologies'],
  category: ['cookies-and-similar-technologies'],
  provider: ['cookies-and-similar-technologies'],
  party: ['cookies-and-similar-technologies'],
  purpose: ['cookies-and-similar-technologies'],
  duration: ['cookies-and-similar-technologies'],
  serviceIds: unstated("chooses: a service's notice lists the trackers of that service"),
  // A link (the provenance of its row; the trackers of a narrowed notice), and a beacon of an e-mail activity is in e-mails.
  processingActivityId: ['cookies-and-similar-technologies'],
  dataCategoryIds: unstated('a link: the data categories it names are stated by their own fields (DATA_CATEGORY_FIELDS)'),
  optOut: ['cookies-and-similar-technologies'],
} satisfies NoticeFieldMap<Tracker>;

/** The long notice covers every form of its scope through the activities; a collection point's own short notice states these (policy/collection/). */
const AT_COLLECTION = unstated("stated by the collection point's short notice at collection (Art. 13), not by the long notice");

export const COLLECTION_POINT_FIELDS = {
  ...KEYED_ENTRY,
  name: AT_COLLECTION,
  serviceId: AT_COLLECTION,
  processingActivityIds: AT_COLLECTION,
  dataCategoryIds: AT_COLLECTION,
} satisfies NoticeFieldMap<CollectionPoint>;
