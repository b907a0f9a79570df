import type { FieldOrigin } from '../../migrations';
import type { EntityType } from '../domain/entity-types';
import type { EntryField, EntryShapes } from '../domain/registry-snapshot';

const INITIAL = 'Initial1795566020824';
const PROCESSOR_RECORDS = 'ProcessorRecords1796000000100';
const TRUTHFUL_POLICY = 'TruthfulPolicy1796100000000';
const TRANSLATIONS = 'Translations1796500000000';
const REFS = 'Refs1796600000000';
const LAWFUL_FIELDS = 'LawfulFields1796700000000';
const UK_SWISS_LAWS = 'UkSwissLaws1796900000000';
const COLLECTION_POINTS = 'CollectionPoints1796950000000';
const VIDEO_SURVEILLANCE = 'VideoSurveillance1796960000000';
const GPC = 'GlobalPrivacyControl1796970000000';
const RETIRED_DATA = 'RetiredData1797000000000';
const RECIPIENT_LEGAL_ENTITY = 'RecipientLegalEntity1797100000000';
const SUB_PROCESSOR_ENGAGED_BY = 'SubProcessorEngagedBy1797200000000';

/**
 * The migration each registry field came with. Audit events older than a field lack it, so replaying
 * the trail (as of a past instant) reads them through that migration's upgrade (migrations/index.ts:
 * `AUDIT_UPGRADES`); `field-history.spec.ts` checks that the upgrade gives the field a value and that the
 * first migration creates the column of every field said to be there from the start. A field added to a
 * domain type fails to compile here until its migration, and so its upgrade, is named.
 */
export const FIELD_HISTORY: { [T in EntityType]: Record<EntryField<EntryShapes[T]>, FieldOrigin> } = {
  controller: {
    legalName: INITIAL,
    registeredAddress: INITIAL,
    registrationNumber: INITIAL,
    email: INITIAL,
    phone: INITIAL,
    website: INITIAL,
    dpo: INITIAL,
    representative: INITIAL,
    ukRepresentative: UK_SWISS_LAWS,
    swissRepresentative: UK_SWISS_LAWS,
    supervisoryAuthority: INITIAL,
    minimumAge: INITIAL,
    notApplicable: INITIAL,
    language: TRANSLATIONS,
    translations: TRANSLATIONS,
    gpcHonouredSince: GPC,
  },
  service: { ref: REFS, name: INITIAL, slug: INITIAL, url: INITIAL, description: INITIAL, translations: TRANSLATIONS },
  data_category: {
    ref: REFS,
    name: INITIAL,
    description: INITIAL,
    examples: INITIAL,
    special: INITIAL,
    criminal: INITIAL,
    collection: INITIAL,
    videoSurveillance: VIDEO_SURVEILLANCE,
    translations: TRANSLATIONS,
  },
  data_subject_category: {
    ref: REFS,
    name: INITIAL,
    description: INITIAL,
    usesServices: TRUTHFUL_POLICY,
    relationship: LAWFUL_FIELDS,
    translations: TRANSLATIONS,
  },
  recipient: {
    ref: REFS,
    name: INITIAL,
    type: INITIAL,
    country: INITIAL,
    description: INITIAL,
    privacyPolicyUrl: INITIAL,
    dpfCertified: INITIAL,
    swissDpfCertified: UK_SWISS_LAWS,
    ukExtensionCertified: UK_SWISS_LAWS,
    legalEntity: RECIPIENT_LEGAL_ENTITY,
    engagedBy: SUB_PROCESSOR_ENGAGED_BY,
    dpaReference: INITIAL,
    jointArrangement: TRUTHFUL_POLICY,
    contactPoint: TRUTHFUL_POLICY,
    translations: TRANSLATIONS,
  },
  transfer: {
    ref: REFS,
    recipientId: INITIAL,
    country: INITIAL,
    mechanism: INITIAL,
    localTools: UK_SWISS_LAWS,
    sccModule: INITIAL,
    derogation: INITIAL,
    safeguards: INITIAL,
    copyAvailable: INITIAL,
    copyInstructions: INITIAL,
    translations: TRANSLATIONS,
  },
  retention_rule: {
    ref: REFS,
    name: INITIAL,
    period: INITIAL,
    trigger: INITIAL,
    criteria: INITIAL,
    legalReference: INITIAL,
    translations: TRANSLATIONS,
  },
  security_measure: { ref: REFS, name: INITIAL, kind: INITIAL, description: INITIAL, translations: TRANSLATIONS },
  tracker: {
    ref: REFS,
    name: INITIAL,
    kind: INITIAL,
    category: INITIAL,
    provider: INITIAL,
    party: INITIAL,
    purpose: INITIAL,
    duration: INITIAL,
    serviceIds: INITIAL,
    processingActivityId: INITIAL,
    dataCategoryIds: INITIAL,
    optOut: INITIAL,
    translations: TRANSLATIONS,
  },
  processing_activity: {
    ref: REFS,
    name: INITIAL,
    purpose: INITIAL,
    description: INITIAL,
    role: INITIAL,
    status: INITIAL,
    legalBasis: INITIAL,
    legitimateInterest: INITIAL,
    legitimateInterestAssessment: PROCESSOR_RECORDS,
    legalObligation: INITIAL,
    legalObligationJurisdiction: PROCESSOR_RECORDS,
    consentMechanism: INITIAL,
    consentWithdrawal: TRUTHFUL_POLICY,
    specialCategoryCondition: INITIAL,
    specialCategoryLaw: LAWFUL_FIELDS,
    specialCategoryLawJurisdiction: LAWFUL_FIELDS,
    criminalDataAuthorisation: INITIAL,
    dataSubjectCategoryIds: INITIAL,
    dataCategoryIds: INITIAL,
    recipientIds: INITIAL,
    retentionRuleId: INITIAL,
    retentionByCategory: INITIAL,
    securityMeasureIds: INITIAL,
    serviceIds: INITIAL,
    sources: INITIAL,
    sourceUnnamedReason: LAWFUL_FIELDS,
    automatedDecision: INITIAL,
    profiling: INITIAL,
    directMarketing: TRUTHFUL_POLICY,
    marketingChannels: LAWFUL_FIELDS,
    softOptIn: LAWFUL_FIELDS,
    requirement: INITIAL,
    dpia: INITIAL,
    onBehalfOf: INITIAL,
    notApplicable: INITIAL,
    retiredAt: PROCESSOR_RECORDS,
    afterRetirement: RETIRED_DATA,
    translations: TRANSLATIONS,
  },
  collection_point: {
    ref: COLLECTION_POINTS,
    name: COLLECTION_POINTS,
    serviceId: COLLECTION_POINTS,
    processingActivityIds: COLLECTION_POINTS,
    dataCategoryIds: COLLECTION_POINTS,
    translations: COLLECTION_POINTS,
  },
};
