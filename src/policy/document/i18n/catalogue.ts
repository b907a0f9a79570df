import type { AdequacyScope } from '../../../reference/adequacy';
import type { DataSubjectRight } from '../../../reference/rights';
import type {
  Derogation,
  LegalBasis,
  RecipientType,
  RequirementKind,
  RetentionTrigger,
  SpecialCategoryCondition,
  TrackerCategory,
  TrackerKind,
  TransferMechanism,
} from '../../../domain/vocabulary';
import { sentenceOf as sentence, upperFirst } from '../../../language/sentences';

/**
 * Every sentence the generator writes, for one language. A new language implements this whole
 * interface, so the compiler tells what is still to be translated.
 */
export interface PolicyCatalogue {
  headings: Record<SectionId, string>;
  tableOfContents: string;
  effectiveFrom(date: string): string;
  upcomingChange(date: string, summary: string): string;

  intro(controller: string, service: string | null): string;
  regulation: string;
  registeredOffice(address: string, registrationNumber: string): string;
  contactUs(email: string, phone: string | null, website: string | null): string;
  dpo(email: string, name: string | null, phone: string | null): string;
  noDpo(reason: string, email: string): string;
  representative(name: string, email: string, address: string): string;
  noRepresentative(reason: string): string;
  thirdPartyLinks: string;

  /** `purposesHeading`: the heading of the section with the per-purpose table, which the short list points at */
  dataIntro(purposesHeading: string): string;
  dataCategory(name: string, examples: string[], description: string | null, special: boolean, criminal: boolean): string;

  sourcesIntro: string;
  /** Art. 14(1)(d), (2)(f): the source, the data obtained from it, and the purpose they serve */
  sourceOfActivity(activity: string, source: string, categories: string[]): string;
  /** The rest of the data, for people who use our websites or apps */
  sourcesOtherwise: string;
  /** The rest of the data, for people who do not (employees, applicants…) */
  sourcesOtherwiseDirect: string;
  /** Art. 14(3), fixed legal text */
  sourcesTiming: string;

  purposesIntro: string;
  /** Purpose · data · legal basis · retention · recipients */
  purposeColumns: [string, string, string, string, string];
  basisGroup: Record<LegalBasis, string>;
  /** The legal basis as a table cell: a short name and its article */
  basisLabel: Record<LegalBasis, string>;
  purpose(name: string, purpose: string): string;
  dataUsed(categories: string[]): string;
  requirementKind: Record<RequirementKind, string>;
  requirementCell(kind: RequirementKind, consequences: string | null): string;
  recipientInCell(name: string, type: RecipientType): string;
  recipientsCell(recipients: string[]): string;
  retentionForCategoryCell(category: string, rule: string): string;
  legitimateInterest(interest: string): string;
  legalObligation(law: string): string;
  consentGiven(how: string): string;
  consentWithdrawn(how: string): string;
  directMarketingNote: string;
  /** An Art. 9(2) condition as cited in this language (its article and a few words), given to specialCondition */
  specialConditionLabel: Record<SpecialCategoryCondition, string>;
  specialCondition(condition: string): string;
  criminalAuthorisation(authorisation: string): string;
  consentWithdrawal: string;

  trackersIntro: string;
  trackerColumns: [string, string, string, string, string, string, string];
  trackerKind: Record<TrackerKind, string>;
  trackerCategory: Record<TrackerCategory, string>;
  firstParty(provider: string): string;
  thirdParty(provider: string): string;
  /**
   * Shown for a tracker with no stated duration when its kind stores nothing on the device; for the other
   * kinds a missing duration is a compliance finding (`tracker-duration`) and the cell stays empty
   */
  noDuration: Record<'web_beacon' | 'pixel', string>;
  consentBasis: string;
  necessaryBasis: string;
  optOutIntro: string;
  thirdPartyTrackers(providers: string): string;
  noTrackers: string;

  recipientsIntro: string;
  recipientType: Record<RecipientType, string>;
  recipient(name: string, country: string, description: string | null): string;
  ownPolicy(url: string): string;
  /** Art. 26(2): the essence of the arrangement, written by the DPO */
  jointArrangement(essence: string): string;
  /** Art. 26(1): where to turn */
  jointContactPoint(contact: string): string;
  noRecipients: string;

  transfersIntro: string;
  /** A controller established outside the EEA: where it holds the data (`country` as used inside a sentence) */
  establishedOutsideEea(country: string): string;
  /** … then the list of onward transfers, or that there are none */
  onwardTransfersIntro: string;
  noOnwardTransfers: string;
  transferTo(country: string, recipients: string): string;
  /** How an adequacy decision is cited: its number and date, its renewal (number, or date alone while unverified) and end */
  decisionCitation(
    decision: string,
    adoptedOn: string,
    renewal: { decision: string | null; adoptedOn: string } | null,
    validUntil: string | null,
  ): string;
  /** What a partial adequacy decision covers (Art. 45(3): a sector or a kind of recipient), keyed by src/reference/gdpr.ts */
  adequacyScope: Record<Exclude<AdequacyScope, 'whole'>, string>;
  /** A decision for the whole country or territory; `citation` from decisionCitation */
  adequacyInForce(country: string, citation: string): string;
  /** A decision covering only part of the country (`scope` from adequacyScope) */
  adequacyPartial(country: string, scope: string, citation: string): string;
  /** Follows the recipient's name in its item (`transferRecipient`), for a decision that covers only certified recipients */
  recipientNotCertified: string;
  recipientCertified: string;
  /** One recipient in a country, with what is particular to it ("" when nothing is) */
  transferRecipient(recipient: string, details: string): string;
  noAdequacy(country: string): string;
  mechanism: Record<Exclude<TransferMechanism, 'derogation'>, string>;
  /** The module of the standard contractual clauses, as named in this language's version of Decision (EU) 2021/914 */
  sccModuleLabel: Record<1 | 2 | 3 | 4, string>;
  sccModule(module: string): string;
  derogation: Record<Derogation, string>;
  transferUnrecorded(recipient: string): string;
  transferRisk: string;
  copyOfSafeguards(how: string): string;
  copyOnRequest(email: string): string;
  newCountries: string;
  noTransfers: string;

  retentionIntro: string;
  retentionPeriod(period: string, trigger: string): string;
  retentionTrigger: Record<RetentionTrigger, string>;
  retentionLaw(reference: string): string;
  retentionFor(activities: string, rule: string): string;
  retentionForCategory(category: string, activity: string, rule: string): string;
  retentionNotApplicable(activity: string, reason: string): string;

  rightsIntro: string;
  right: Record<Exclude<DataSubjectRight, 'object' | 'complaint'>, string>;
  rightToObjectPointer: string;
  exerciseRights(email: string): string;

  /** Art. 21(1); `publicTask` only when an Art. 6(1)(e) activity is among them */
  objectionIntro(activities: string, publicTask: boolean, legitimateInterests: boolean): string;
  /** Art. 21(2)-(3): absolute; `profiling` when one of them profiles for it */
  objectionMarketing(activities: string, profiling: boolean): string;
  objectionHow(email: string): string;

  complaint(authority: string, website: string | null): string;
  /** A controller with no establishment in the EEA: no lead authority; the representative is the contact point */
  complaintWithoutLeadAuthority(representative: { name: string; email: string; address: string } | null): string;

  requirementsIntro: string;
  requirement(activities: string, kind: RequirementKind, consequences: string | null): string;

  automatedDecision(activity: string, logic: string, significance: string): string;
  profiling(activity: string, purpose: string): string;
  noSolelyAutomatedDecisions: string;
  noAutomatedDecisions: string;
  /** After the automated decisions listed: none other */
  noOtherAutomatedDecisions: string;

  children(age: number, email: string): string;

  securityIntro: string;
  securityMeasure(name: string, description: string): string;
  securityNotApplicable(activity: string, reason: string): string;

  /** `stopUsing`: the reader uses our services, so may stop using them */
  changes(noticeDays: number, stopUsing: boolean): string;
}

export const SECTION_IDS = [
  'who-we-are',
  'data-we-process',
  'sources',
  'purposes-and-legal-bases',
  'cookies-and-similar-technologies',
  'recipients',
  'international-transfers',
  'retention',
  'your-rights',
  'right-to-object',
  'complaints',
  'providing-data',
  'automated-decisions',
  'children',
  'security',
  'changes',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/**
 * The per-purpose table's cells: the same punctuation in every language, only the words differ (what a
 * requirement kind and a recipient role are called). Each catalogue spreads these in.
 */
export function tableCells(
  requirementKind: Record<RequirementKind, string>,
  recipientRole: Record<RecipientType, string>,
): Pick<PolicyCatalogue, 'purpose' | 'dataUsed' | 'requirementCell' | 'recipientInCell' | 'recipientsCell' | 'retentionForCategoryCell'> {
  return {
    purpose: (name, purpose) => `${name}: ${sentence(purpose)}`,
    dataUsed: (categories) => `${categories.join(', ')}.`,
    requirementCell: (kind, consequences) =>
      `${sentence(upperFirst(requirementKind[kind]))}${consequences?.trim() ? ` ${sentence(consequences)}` : ''}`,
    recipientInCell: (name, type) => `${name} (${recipientRole[type]})`,
    recipientsCell: (recipients) => `${recipients.join('; ')}.`,
    retentionForCategoryCell: (category, rule) => `${category}: ${rule}`,
  };
}
