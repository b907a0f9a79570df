import type { EntityType } from './entity-types';
import type { EntryField, EntryShapes } from './registry-snapshot';

/** The fields of `T` that hold free text: a string or a list of strings (enums, whose values are fixed words, are not). */
export type TextField<T> = {
  [K in EntryField<T>]-?: string extends NonNullable<T[K]> ? K : string[] extends NonNullable<T[K]> ? K : never;
}[EntryField<T>];

/** `translated`: it reaches a notice as prose, so a notice in another language needs its translation. Otherwise why it is the same in every language. */
export type TextFieldLanguage = 'translated' | `same in every language: ${string}`;

const ID = 'same in every language: the id of another entry';
const IDS = 'same in every language: ids of other entries';
const NOT_IN_NOTICE = 'same in every language: the DPO’s own note, stated in no notice';
const REF = 'same in every language: the key links may use instead of the id, stated in no notice';

/**
 * Every top-level free-text field of every entry type, and whether a notice translates it. A text field
 * added to a domain type fails to compile here until someone decides; `TRANSLATABLE` (translations.ts)
 * lists the translated ones (and the nested paths), and `text-fields.spec.ts` keeps the two in step.
 */
export const TEXT_FIELDS: { [T in EntityType]: Record<TextField<EntryShapes[T]>, TextFieldLanguage> } = {
  controller: {
    legalName: 'same in every language: a legal name',
    registrationNumber: 'same in every language: a register number',
    email: 'same in every language: an e-mail address',
    phone: 'same in every language: a phone number',
    website: 'same in every language: a URL',
    gpcHonouredSince: 'same in every language: a date, stated in no notice',
  },
  service: {
    ref: REF,
    name: 'translated',
    slug: 'same in every language: a URL segment',
    url: 'same in every language: a URL',
    description: NOT_IN_NOTICE,
  },
  data_category: { ref: REF, name: 'translated', description: 'translated', examples: 'translated' },
  data_subject_category: { ref: REF, name: 'translated', description: NOT_IN_NOTICE, relationship: 'translated' },
  recipient: {
    ref: REF,
    name: 'translated',
    description: 'translated',
    jointArrangement: 'translated',
    contactPoint: 'translated',
    country: 'same in every language: an ISO 3166-1 code, named by the notice in its language',
    privacyPolicyUrl: 'same in every language: a URL',
    dpaReference: 'same in every language: a reference to a signed agreement',
    engagedBy: ID,
  },
  transfer: {
    ref: REF,
    recipientId: ID,
    country: 'same in every language: an ISO 3166-1 code, named by the notice in its language',
    safeguards: 'translated',
    copyInstructions: 'translated',
  },
  retention_rule: {
    ref: REF,
    name: NOT_IN_NOTICE,
    period: 'same in every language: an ISO 8601 duration, worded by the notice in its language',
    criteria: 'translated',
    legalReference: 'translated',
  },
  security_measure: { ref: REF, name: 'translated', description: 'translated' },
  tracker: {
    ref: REF,
    name: 'translated',
    purpose: 'translated',
    duration: 'translated',
    optOut: 'translated',
    provider: 'same in every language: a legal name',
    serviceIds: IDS,
    processingActivityId: ID,
    dataCategoryIds: IDS,
  },
  processing_activity: {
    ref: REF,
    name: 'translated',
    purpose: 'translated',
    legitimateInterest: 'translated',
    legalObligation: 'translated',
    consentMechanism: 'translated',
    consentWithdrawal: 'translated',
    criminalDataAuthorisation: 'translated',
    sources: 'translated',
    sourceUnnamedReason: 'translated',
    specialCategoryLaw: 'translated',
    specialCategoryLawJurisdiction: 'same in every language: EU or an ISO 3166-1 code',
    description: NOT_IN_NOTICE,
    legitimateInterestAssessment: 'same in every language: where the assessment is kept (a link or a reference)',
    legalObligationJurisdiction: 'same in every language: EU or an ISO 3166-1 code',
    dataSubjectCategoryIds: IDS,
    dataCategoryIds: IDS,
    recipientIds: IDS,
    retentionRuleId: ID,
    securityMeasureIds: IDS,
    serviceIds: IDS,
    retiredAt: 'same in every language: an instant, worded by the notice in its language',
  },
  collection_point: { ref: REF, name: 'translated', serviceId: ID, processingActivityIds: IDS, dataCategoryIds: IDS },
};
