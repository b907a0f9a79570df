/**
 * Where each field of the registry goes in the Art. 30 record (the CSV, XLSX and PDF rows): one table
 * per domain type the rows read, each `satisfies Record<keyof T, …>`, so that a field added to the
 * domain does not compile here until someone decides which column states it, or that none does and
 * why. Filled from what art30-rows.ts and the cell files do; column-map.spec.ts checks each mapping
 * by changing the field and watching the cells.
 */
import type {
  CollectionPoint,
  ControllerProfile,
  DataCategory,
  DataSubjectCategory,
  ProcessingActivity,
  Recipient,
  RetentionRule,
  SecurityMeasure,
  Transfer,
} from '../domain/registry-snapshot';
import type { ControllerColumnKey, ProcessorColumnKey } from './art30-columns';

/** The columns of each record whose cells state the field. */
export interface InRecord {
  controller: readonly ControllerColumnKey[];
  processor: readonly ProcessorColumnKey[];
}

/** No column states the field, with the reason in one line. */
export interface NotInRecord {
  columns: null;
  reason: string;
}

export type FieldColumns = InRecord | NotInRecord;

const inRecord = <C extends ControllerColumnKey, P extends ProcessorColumnKey>(
  controller: readonly C[],
  processor: readonly P[] = [],
): InRecord => ({ controller, processor });

const notInRecord = (reason: string): NotInRecord => ({ columns: null, reason });

export const isInRecord = (columns: FieldColumns): columns is InRecord => !('columns' in columns);

/** Entry bookkeeping of the entries an activity refers to: the row dates and versions the activity. */
const ENTRY_META = {
  id: notInRecord('the registry key activities refer to; the record names the entry instead'),
  version: notInRecord("the entry's own bookkeeping; the Version column is the activity's"),
  createdAt: notInRecord("the entry's own bookkeeping; the Created column is the activity's"),
  updatedAt: notInRecord("the entry's own bookkeeping; the Last updated column is the activity's"),
  translations: notInRecord("the record is written in the registry's language; translations serve the notices"),
} as const;

/** Entry bookkeeping of an entry of a registry list: its key as well. */
const KEYED_META = {
  ...ENTRY_META,
  ref: notInRecord('the key the API accepts in place of the id; the record names the entry instead'),
} as const;

export const ACTIVITY_COLUMNS = {
  id: notInRecord('the registry key; a row names the activity instead'),
  ref: notInRecord('the key the API accepts in place of the id; a row names the activity instead'),
  version: inRecord(['version'], ['version']),
  createdAt: inRecord(['createdAt'], ['createdAt']),
  updatedAt: inRecord(['updatedAt'], ['updatedAt']),
  translations: ENTRY_META.translations,
  name: inRecord(['name'], ['name']),
  purpose: inRecord(['purpose'], ['purpose']),
  description: inRecord(['description']),
  role: inRecord(['role', 'jointControllers']),
  status: inRecord(['status', 'retiredAt', 'retention'], ['status', 'retiredAt']),
  legalBasis: inRecord([
    'legalBasis',
    'rights',
    'legitimateInterest',
    'legitimateInterestAssessment',
    'legalObligation',
    'consentMechanism',
  ]),
  legitimateInterest: inRecord(['legitimateInterest']),
  legitimateInterestAssessment: inRecord(['legitimateInterestAssessment']),
  legalObligation: inRecord(['legalObligation']),
  legalObligationJurisdiction: inRecord(['legalObligation']),
  consentMechanism: inRecord(['consentMechanism']),
  consentWithdrawal: notInRecord('a notice item (Art. 7(3), 13(2)(c)), not an Art. 30 element; the rules check it'),
  specialCategoryCondition: inRecord(['specialCategoryCondition', 'rights']),
  specialCategoryLaw: inRecord(['specialCategoryCondition']),
  specialCategoryLawJurisdiction: inRecord(['specialCategoryCondition']),
  criminalDataAuthorisation: inRecord(['criminalDataAuthorisation']),
  dataSubjectCategoryIds: inRecord(['dataSubjects']),
  dataCategoryIds: inRecord(['dataCategories', 'sources', 'retention']),
  recipientIds: inRecord(['recipients', 'processorContracts', 'transfers', 'locations'], ['recipients', 'processorContracts', 'transfers']),
  retentionRuleId: inRecord(['retention']),
  retentionByCategory: inRecord(['retention']),
  securityMeasureIds: inRecord(['securityMeasures'], ['securityMeasures']),
  serviceIds: inRecord(['services']),
  sources: inRecord(['sources']),
  sourceUnnamedReason: inRecord(['sources']),
  automatedDecision: inRecord(['rights', 'automatedDecisions']),
  profiling: inRecord(['automatedDecisions']),
  directMarketing: notInRecord('a notice item (Art. 21(2)-(3)); the Rights column lists objection by legal basis'),
  marketingChannels: notInRecord('a notice item (ePrivacy Directive Art. 13); the rules check the consent each channel needs'),
  softOptIn: notInRecord('a notice item (ePrivacy Directive Art. 13(2)); the rules check its conditions'),
  requirement: inRecord(['requirement']),
  dpia: inRecord(['dpiaRequired', 'dpiaStatus', 'dpiaReference']),
  onBehalfOf: inRecord([], ['onBehalfOf', 'controllerRepresentatives']),
  notApplicable: inRecord(['recipients', 'transfers', 'retention', 'securityMeasures'], ['recipients', 'transfers', 'securityMeasures']),
  retiredAt: inRecord(['retiredAt', 'retention'], ['retiredAt']),
  afterRetirement: inRecord(['retention'], ['retiredAt']),
} satisfies Record<keyof ProcessingActivity, FieldColumns>;

export const RECIPIENT_COLUMNS = {
  ...KEYED_META,
  name: inRecord(['recipients', 'processorContracts', 'transfers', 'jointControllers'], ['recipients', 'processorContracts', 'transfers']),
  type: inRecord(['recipients', 'processorContracts', 'jointControllers'], ['recipients', 'processorContracts']),
  country: inRecord(['recipients', 'transfers', 'locations', 'jointControllers'], ['recipients', 'transfers']),
  description: notInRecord('a notice text; the record names the recipient, its type and country'),
  privacyPolicyUrl: notInRecord('a notice item; the XLSX Recipients sheet lists it'),
  dpfCertified: notInRecord('checked by the transfer rules; the XLSX Recipients sheet lists it'),
  swissDpfCertified: notInRecord('checked by the FADP disclosure rule (Swiss–US DPF); no GDPR Art. 30 element'),
  ukExtensionCertified: notInRecord('checked by the UK transfer rule (UK Extension); no GDPR Art. 30 element'),
  legalEntity: notInRecord('says only which language the name is in; the name itself is in the record'),
  engagedBy: inRecord(['transfers'], ['transfers']),
  dpaReference: inRecord(['processorContracts', 'jointControllers'], ['processorContracts']),
  jointArrangement: notInRecord('a notice item (Art. 26(2)); the record names the joint controller'),
  contactPoint: inRecord(['jointControllers']),
} satisfies Record<keyof Recipient, FieldColumns>;

export const TRANSFER_COLUMNS = {
  ...KEYED_META,
  recipientId: inRecord(['transfers'], ['transfers']),
  country: inRecord(['transfers'], ['transfers']),
  mechanism: inRecord(['transfers'], ['transfers']),
  localTools: notInRecord(
    'the UK and Swiss tools beside the Chapter V mechanism; the GDPR Art. 30(1)(e) record documents the GDPR safeguards',
  ),
  sccModule: inRecord(['transfers'], ['transfers']),
  derogation: inRecord(['transfers'], ['transfers']),
  safeguards: inRecord(['transfers'], ['transfers']),
  copyAvailable: notInRecord('a notice item (Art. 13(1)(f)); the XLSX Transfers sheet states it'),
  copyInstructions: notInRecord('a notice item (Art. 13(1)(f)); the XLSX Transfers sheet states it'),
} satisfies Record<keyof Transfer, FieldColumns>;

export const RETENTION_RULE_COLUMNS = {
  ...KEYED_META,
  name: notInRecord("the DPO's own label for the rule; the record states the period, trigger and criteria, not the name"),
  period: inRecord(['retention']),
  trigger: inRecord(['retention']),
  criteria: inRecord(['retention']),
  legalReference: inRecord(['retention']),
} satisfies Record<keyof RetentionRule, FieldColumns>;

export const DATA_CATEGORY_COLUMNS = {
  ...KEYED_META,
  name: inRecord(['dataCategories', 'sources', 'retention']),
  description: inRecord(['dataCategories']),
  examples: notInRecord('illustrations for the notice and the JSON-LD concepts; the record prints the description'),
  special: inRecord(['dataCategories', 'specialCategoryCondition']),
  criminal: inRecord(['dataCategories', 'criminalDataAuthorisation']),
  collection: inRecord(['sources']),
  videoSurveillance: notInRecord('decides whether an activity gets a camera sign (EDPB Guidelines 3/2019); the record names the category'),
} satisfies Record<keyof DataCategory, FieldColumns>;

export const DATA_SUBJECT_CATEGORY_COLUMNS = {
  ...KEYED_META,
  name: inRecord(['dataSubjects']),
  description: notInRecord('Art. 30(1)(c) asks for the categories, which the record names; the description is not printed'),
  usesServices: notInRecord('decides what the notice says of use, cookies and children; no Art. 30 element'),
  relationship: notInRecord("the notice's opening (how they deal with us); Art. 30(1)(c) asks for the categories, which the record names"),
} satisfies Record<keyof DataSubjectCategory, FieldColumns>;

export const SECURITY_MEASURE_COLUMNS = {
  ...KEYED_META,
  name: inRecord(['securityMeasures'], ['securityMeasures']),
  kind: inRecord(['securityMeasures'], ['securityMeasures']),
  description: inRecord(['securityMeasures'], ['securityMeasures']),
} satisfies Record<keyof SecurityMeasure, FieldColumns>;

const IDENTITY_NAME = inRecord(['controllerName'], ['processorName']);
const IDENTITY_CONTACT = inRecord(['controllerContact'], ['processorContact']);

export const CONTROLLER_PROFILE_COLUMNS = {
  ...ENTRY_META,
  id: notInRecord('the registry key of the one controller profile'),
  legalName: IDENTITY_NAME,
  registrationNumber: IDENTITY_NAME,
  registeredAddress: inRecord(['controllerContact', 'locations'], ['processorContact']),
  email: IDENTITY_CONTACT,
  phone: IDENTITY_CONTACT,
  website: IDENTITY_CONTACT,
  dpo: inRecord(['dpo'], ['dpo']),
  representative: inRecord(['representative'], ['representative']),
  ukRepresentative: notInRecord('the UK GDPR Art. 27 representative; the GDPR Art. 30(1)(a) record names the one in the Union'),
  swissRepresentative: notInRecord('the FADP Art. 14 representative; the GDPR Art. 30(1)(a) record names the one in the Union'),
  supervisoryAuthority: notInRecord('a notice item (Art. 13(2)(d)); the XLSX and PDF cover states it'),
  minimumAge: notInRecord('a notice item (Art. 8); no Art. 30 element'),
  notApplicable: inRecord(['dpo', 'representative'], ['dpo', 'representative']),
  language: notInRecord('the language the texts are written in, which the record uses as they are'),
  gpcHonouredSince: notInRecord('a signal the website honours (/.well-known/gpc.json); no Art. 30 element'),
} satisfies Record<keyof ControllerProfile, FieldColumns>;

/** Where a form collects data is not an Art. 30(1) element: the activities it serves state the purposes and categories in their rows. */
const COLLECTED_AT = notInRecord(
  "where the data are collected (a form's short notice, Art. 13); the activities' rows state purposes and categories",
);

export const COLLECTION_POINT_COLUMNS = {
  ...KEYED_META,
  name: COLLECTED_AT,
  serviceId: COLLECTED_AT,
  processingActivityIds: COLLECTED_AT,
  dataCategoryIds: COLLECTED_AT,
} satisfies Record<keyof CollectionPoint, FieldColumns>;
