/**
 * The fixed words inside the cells and sheets of the Art. 30 exports, one object per language (`lang=en|pl|de`):
 * every field is required, so a word added in English fails to compile until it is translated, as the headings of
 * export-language.ts do. The Polish and German objects (cell-wording-pl.ts, cell-wording-de.ts) use the terms of the
 * Polish and German texts of Regulation (EU) 2016/679. The English one takes the reference labels as they are, so
 * that the English record stays as it was.
 */
import type {
  ActivityRole,
  ActivityStatus,
  Art22Exception,
  CollectionMethod,
  Derogation,
  DpiaStatus,
  LegalBasis,
  RecipientType,
  RequirementKind,
  RetentionTrigger,
  RetiredDataOutcome,
  SecurityMeasureKind,
  SpecialCategoryCondition,
  TransferMechanism,
} from '../domain/vocabulary';
import { countryName } from '../language/countries';
import { humanizeDate, humanizeDuration, humanizer } from '../language/humanize';
import type { PolicyLanguage } from '../domain/languages';
import { ART22_EXCEPTION_LABELS, LEGAL_BASIS_LABELS, SPECIAL_CATEGORY_CONDITION_LABELS } from '../reference/legal-bases';
import type { DataSubjectRight } from '../reference/rights';
import { RIGHT_ARTICLES } from '../reference/rights';
import { SCC_MODULE_LABELS, type SccModule } from '../reference/scc';
import { DEROGATION_LABELS, TRANSFER_MECHANISM_LABELS } from '../reference/transfer-mechanisms';
import {
  COLLECTION_METHOD_LABELS,
  OUR_SUB_PROCESSOR_LABEL,
  RECIPIENT_TYPE_LABELS,
  RETENTION_TRIGGER_LABELS,
} from '../reference/vocabulary-labels';

/** The XLSX sheets besides the record's own, and the headings of their columns. */
export interface SheetWording {
  cover: string;
  records: { controller: string; processor: string };
  recipients: string;
  transfers: string;
  retention: string;
  security: string;
  heading: {
    recipient: string;
    type: string;
    country: string;
    dpf: string;
    dpa: string;
    privacyPolicy: string;
    usedBy: string;
    mechanism: string;
    safeguards: string;
    copy: string;
    retentionRule: string;
    periodTriggerCriteria: string;
    measure: string;
    kind: string;
    description: string;
  };
  copyOnRequest: string;
  copyNotAvailable: string;
}

export interface CellWording {
  /** A fact the record should hold and does not: told apart from "None", which the record states */
  notRecorded: string;
  /** The same inside a sentence ("contact: not recorded") */
  notRecordedInline: string;
  none: string;
  noneInline: string;
  notApplicable: string;
  notApplicableBecause(reason: string): string;
  noneDesignated(reason: string): string;
  yes: string;
  no: string;
  country(code: string): string;
  date(iso: string): string;
  duration(iso: string): string;

  roles: Record<ActivityRole, string>;
  statuses: Record<ActivityStatus, string>;
  requirements: Record<RequirementKind, string>;
  ifNotProvided(consequences: string): string;
  dpiaStatuses: Record<DpiaStatus, string>;
  securityKinds: Record<SecurityMeasureKind, string>;
  rights: Record<DataSubjectRight, string>;
  rightArticles: Record<DataSubjectRight, string>;
  notSubjectToAutomatedDecision: string;
  legalBases: Record<LegalBasis, string>;
  specialConditions: Record<SpecialCategoryCondition, string>;
  art22Exceptions: Record<Art22Exception, string>;
  collectionMethods: Record<CollectionMethod, string>;
  sourceNotNamed(reason: string): string;
  specialCategoryMark: string;
  criminalDataMark: string;
  unionLaw: string;
  lawOf(country: string): string;
  conditionUnder(condition: string, law: string): string;
  conditionLawNotRecorded(condition: string): string;
  noSpecialCategoryData: string;
  noCriminalData: string;
  jointController(name: string, country: string, arrangement: string | null, contact: string): string;
  automated: {
    appliesNotRecorded: string;
    applies: string;
    logic(applies: string, logic: string): string;
    significance(text: string): string;
    exceptionNotRecorded: string;
    humanIntervention: string;
    expressView: string;
    contest: string;
    profiling: string;
  };

  retention: {
    triggers: Record<RetentionTrigger, string>;
    /** The date is null when the record lacks it */
    retiredOn(date: string | null, afterRetirement: string, rules: string): string;
    afterRetirementNotRecorded: string;
    afterRetirement: Record<RetiredDataOutcome, string>;
  };
  transfers: {
    mechanisms: Record<TransferMechanism, string>;
    derogations: Record<Derogation, string>;
    sccModules: Record<SccModule, string>;
    fromRoles: string;
    mechanismNotRecorded: string;
    noThirdCountry: string;
    /** A sub-processor's leg from our processor abroad (Art. 44): not our transfer; `basis` is one of the two below */
    onwardBy(processor: string, processorCountry: string, basis: string): string;
    onwardUnderDpf: string;
    onwardUnderContract: string;
  };
  recipients: {
    types: Record<RecipientType, string>;
    ourSubProcessor: string;
    noProcessor: string;
  };
  /** The "Record" column of both records together (`role=all`) */
  recordLabels: { controller: string; processor: string };
  cover: {
    noReason: string;
    noControllerProfile: string;
    currentState: string;
    findings(errors: number, warnings: number): string;
  };
  pdf: {
    noActivity: string;
    noActivityInRecord: string;
    exported: string;
    page(n: number): string;
    end(activities: number, pages: number): string;
  };
  sheets: SheetWording;
}

/**
 * A translated record's countries, dates and durations, in the words of its language's humanizer (made on first
 * use). English keeps its own: the export names countries as Intl's plain "en" does.
 */
export function humanizedCells(language: Exclude<PolicyLanguage, 'en'>): Pick<CellWording, 'country' | 'date' | 'duration'> {
  return {
    country: (code) => humanizer(language).country(code),
    date: (iso) => humanizer(language).date(iso),
    duration: (iso) => humanizer(language).duration(iso),
  };
}

export const EN: CellWording = {
  notRecorded: 'Not recorded',
  notRecordedInline: 'not recorded',
  none: 'None',
  noneInline: 'none',
  notApplicable: 'Not applicable',
  notApplicableBecause: (reason) => `Not applicable: ${reason}`,
  noneDesignated: (reason) => `None designated: ${reason}`,
  yes: 'yes',
  no: 'no',
  country: (code) => countryName(code),
  date: humanizeDate,
  duration: humanizeDuration,

  roles: { controller: 'controller', joint_controller: 'joint controller (Art. 26)', processor: 'processor (Art. 28)' },
  statuses: { draft: 'draft', active: 'active', retired: 'retired' },
  requirements: {
    statutory: 'statutory requirement',
    contractual: 'contractual requirement',
    contract_precondition: 'requirement necessary to enter into a contract',
    none: 'neither statutory nor contractual; providing the data is voluntary',
  },
  ifNotProvided: (consequences) => `. If not provided: ${consequences}`,
  dpiaStatuses: { not_started: 'not started', in_progress: 'in progress', completed: 'completed' },
  securityKinds: { technical: 'technical', organisational: 'organisational' },
  rights: {
    access: 'access',
    rectification: 'rectification',
    erasure: 'erasure',
    restriction: 'restriction of processing',
    portability: 'data portability',
    object: 'to object',
    withdraw_consent: 'to withdraw consent',
    complaint: 'to lodge a complaint with a supervisory authority',
  },
  rightArticles: RIGHT_ARTICLES,
  notSubjectToAutomatedDecision: 'not to be subject to a decision based solely on automated processing (Art. 22)',
  legalBases: LEGAL_BASIS_LABELS,
  specialConditions: SPECIAL_CATEGORY_CONDITION_LABELS,
  art22Exceptions: ART22_EXCEPTION_LABELS,
  collectionMethods: COLLECTION_METHOD_LABELS,
  sourceNotNamed: (reason) => `Source not named (Recital 61): ${reason}`,
  specialCategoryMark: 'special category, Art. 9',
  criminalDataMark: 'criminal offence data, Art. 10',
  unionLaw: 'Union law',
  lawOf: (country) => `law of ${country}`,
  conditionUnder: (condition, law) => `${condition}, under ${law}`,
  conditionLawNotRecorded: (condition) => `${condition}, law not recorded`,
  noSpecialCategoryData: 'None (no special-category data)',
  noCriminalData: 'None (no criminal-offence data)',
  jointController: (name, country, arrangement, contact) =>
    `${name} (${country}${arrangement ? `, arrangement: ${arrangement}` : ''}) — contact: ${contact}`,
  automated: {
    appliesNotRecorded: ' (whether Art. 22(1) applies: not recorded)',
    applies: ' (Art. 22(1))',
    logic: (applies, logic) => `Automated decision-making${applies} — logic: ${logic}`,
    significance: (text) => `significance and consequences: ${text}`,
    exceptionNotRecorded: 'exception: Not recorded',
    humanIntervention: 'human intervention',
    expressView: 'expressing a point of view',
    contest: 'contesting the decision',
    profiling: 'Profiling',
  },

  retention: {
    triggers: RETENTION_TRIGGER_LABELS,
    retiredOn: (date, after, rules) => `Retired on ${date ?? 'a date not recorded'}; ${after}. Retention while it ran: ${rules}`,
    afterRetirementNotRecorded: 'what was done with its data is not recorded',
    afterRetirement: {
      erased: 'its data were erased',
      anonymised: 'its data were anonymised and are no longer personal data',
      kept_until_retention_ends: 'its data are kept only until the retention that follows ends, then erased',
      kept_under_legal_obligation: 'its data are kept only as far as a legal obligation requires, then erased',
      returned_to_controller: 'its data were returned to the controller or deleted, as the controller chose (Art. 28(3)(g))',
    },
  },
  transfers: {
    mechanisms: TRANSFER_MECHANISM_LABELS,
    derogations: DEROGATION_LABELS,
    sccModules: SCC_MODULE_LABELS,
    fromRoles: ' (from the roles of the parties)',
    mechanismNotRecorded: 'mechanism not recorded',
    noThirdCountry: 'None (no recipient in a third country)',
    onwardBy: (processor, country, basis) => `onward transfer by our processor ${processor} (${country}), not by us (Art. 44): ${basis}`,
    onwardUnderDpf: 'under the EU–US Data Privacy Framework principle on onward transfers',
    onwardUnderContract: 'under the same data protection obligations, by its contract (Art. 28(4))',
  },
  recipients: { types: RECIPIENT_TYPE_LABELS, ourSubProcessor: OUR_SUB_PROCESSOR_LABEL, noProcessor: 'None (no processor)' },
  recordLabels: { controller: 'Art. 30(1) controller', processor: 'Art. 30(2) processor' },
  cover: {
    noReason: 'no reason recorded',
    noControllerProfile: 'No controller profile recorded',
    currentState: '(current state)',
    findings: (errors, warnings) => `${errors} error(s), ${warnings} warning(s)`,
  },
  pdf: {
    noActivity: 'No processing activity is recorded.',
    noActivityInRecord: 'No processing activity is recorded in this record.',
    exported: 'exported',
    page: (n) => `Page ${n}`,
    end: (activities, pages) => `End of the record: ${activities} ${activities === 1 ? 'activity' : 'activities'} on ${pages} pages.`,
  },
  sheets: {
    cover: 'Cover',
    records: { controller: 'Record Art. 30(1)', processor: 'Record Art. 30(2)' },
    recipients: 'Recipients',
    transfers: 'Transfers',
    retention: 'Retention',
    security: 'Security measures',
    heading: {
      recipient: 'Recipient',
      type: 'Type',
      country: 'Country',
      dpf: 'DPF certified',
      dpa: 'Contract / DPA',
      privacyPolicy: 'Privacy policy',
      usedBy: 'Used by activities',
      mechanism: 'Transfer mechanism',
      safeguards: 'Safeguards',
      copy: 'Copy of the safeguards',
      retentionRule: 'Retention rule',
      periodTriggerCriteria: 'Period, trigger and criteria',
      measure: 'Measure',
      kind: 'Kind',
      description: 'Description',
    },
    copyOnRequest: 'available on request',
    copyNotAvailable: 'not available',
  },
};
