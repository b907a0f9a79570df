/**
 * GDPR reference data shared by validation, Swagger descriptions, compliance rules, the policy
 * generator and the exports. Sources: ../shared/reference/gdpr-domain.md (§3, §4).
 */
import type {
  ActivityRole,
  CollectionMethod,
  Derogation,
  LegalBasis,
  RecipientType,
  RetentionTrigger,
  SpecialCategoryCondition,
  TrackerCategory,
  TrackerKind,
  TransferMechanism,
} from '../domain/vocabulary';

export const LEGAL_BASIS_LABELS: Record<LegalBasis, string> = {
  art6_1_a: 'Art. 6(1)(a) consent',
  art6_1_b: 'Art. 6(1)(b) performance of a contract',
  art6_1_c: 'Art. 6(1)(c) legal obligation',
  art6_1_d: 'Art. 6(1)(d) vital interests',
  art6_1_e: 'Art. 6(1)(e) public task or official authority',
  art6_1_f: 'Art. 6(1)(f) legitimate interests',
};

export const SPECIAL_CATEGORY_CONDITION_LABELS: Record<SpecialCategoryCondition, string> = {
  art9_2_a: 'Art. 9(2)(a) explicit consent',
  art9_2_b: 'Art. 9(2)(b) employment, social security and social protection law',
  art9_2_c: 'Art. 9(2)(c) vital interests of a person incapable of consenting',
  art9_2_d: 'Art. 9(2)(d) not-for-profit body with a political, philosophical, religious or trade-union aim',
  art9_2_e: 'Art. 9(2)(e) data manifestly made public by the data subject',
  art9_2_f: 'Art. 9(2)(f) legal claims or courts acting in their judicial capacity',
  art9_2_g: 'Art. 9(2)(g) substantial public interest under Union or Member State law',
  art9_2_h: 'Art. 9(2)(h) preventive or occupational medicine, health or social care',
  art9_2_i: 'Art. 9(2)(i) public interest in public health',
  art9_2_j: 'Art. 9(2)(j) archiving, scientific or historical research, statistics',
};

export const RECIPIENT_TYPE_LABELS: Record<RecipientType, string> = {
  processor: 'processor acting on our instructions (Art. 28)',
  sub_processor: 'sub-processor engaged by one of our processors (Art. 28(4))',
  joint_controller: 'joint controller (Art. 26)',
  independent_controller: 'independent controller with its own privacy policy',
  public_authority: 'public authority, when the law requires it',
  internal: 'our own personnel',
};

export const TRANSFER_MECHANISM_LABELS: Record<TransferMechanism, string> = {
  adequacy: 'Art. 45 adequacy decision of the European Commission',
  dpf: 'Art. 45 EU-US Data Privacy Framework (Decision (EU) 2023/1795), for a certified recipient',
  scc: 'Art. 46(2)(c) standard contractual clauses (Decision (EU) 2021/914)',
  bcr: 'Art. 46(2)(b) and 47 binding corporate rules',
  code_of_conduct: 'Art. 46(2)(e) approved code of conduct with binding commitments of the importer',
  certification: 'Art. 46(2)(f) approved certification with binding commitments of the importer',
  derogation: 'Art. 49 derogation for a specific situation',
};

export const SCC_MODULE_LABELS: Record<1 | 2 | 3 | 4, string> = {
  1: 'Module One (controller to controller)',
  2: 'Module Two (controller to processor)',
  3: 'Module Three (processor to processor)',
  4: 'Module Four (processor to controller)',
};

export const DEROGATION_LABELS: Record<Derogation, string> = {
  a: 'Art. 49(1)(a) explicit consent to the transfer after being informed of its risks',
  b: 'Art. 49(1)(b) performance of a contract with the data subject',
  c: 'Art. 49(1)(c) a contract concluded in the interest of the data subject',
  d: 'Art. 49(1)(d) important reasons of public interest',
  e: 'Art. 49(1)(e) establishment, exercise or defence of legal claims',
  f: 'Art. 49(1)(f) vital interests of a person incapable of consenting',
  g: 'Art. 49(1)(g) transfer from a public register',
  compelling_legitimate_interests: 'Art. 49(1), second subparagraph: compelling legitimate interests',
};

export const RETENTION_TRIGGER_LABELS: Record<RetentionTrigger, string> = {
  collection: 'from the time the data are collected',
  end_of_contract: 'from the end of the contract',
  consent_withdrawal: 'until consent is withdrawn',
  last_activity: 'from the last activity',
  claims_expiry: 'until claims related to the contract expire',
  other: 'from the event described in the criteria',
};

export const COLLECTION_METHOD_LABELS: Record<CollectionMethod, string> = {
  provided: 'provided by the data subject',
  observed: 'observed from the use of the service',
  derived: 'derived or inferred from other data',
  third_party: 'obtained from a third party (Art. 14)',
};

export const TRACKER_KIND_LABELS: Record<TrackerKind, string> = {
  cookie: 'cookie',
  web_beacon: 'web beacon',
  pixel: 'tracking pixel',
  local_storage: 'local storage',
  sdk: 'software development kit',
};

export const TRACKER_CATEGORY_LABELS: Record<TrackerCategory, string> = {
  strictly_necessary: 'strictly necessary (no consent needed, ePrivacy Art. 5(3))',
  functional: 'functional (consent)',
  analytics: 'analytics (consent)',
  marketing: 'marketing (consent)',
};

export const ACTIVITY_ROLE_LABELS: Record<ActivityRole, string> = {
  controller: 'we decide why and how (Art. 30(1) record)',
  joint_controller: 'we decide jointly with another controller (Art. 26, Art. 30(1) record)',
  processor: 'we process on behalf of another controller (Art. 30(2) record)',
};

/** Rights of the data subject, with their articles. */
export const RIGHTS = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'portability',
  'object',
  'withdraw_consent',
  'complaint',
] as const;
export type DataSubjectRight = (typeof RIGHTS)[number];

export const RIGHT_ARTICLES: Record<DataSubjectRight, string> = {
  access: 'Art. 15',
  rectification: 'Art. 16',
  erasure: 'Art. 17',
  restriction: 'Art. 18',
  portability: 'Art. 20',
  object: 'Art. 21',
  withdraw_consent: 'Art. 7(3)',
  complaint: 'Art. 77',
};

/**
 * The rights a legal basis brings (Art. 15-21, 7(3), 77): portability only for (a) and (b) (Art. 20(1)),
 * objection only for (e) and (f) (Art. 21(1)), withdrawal only for consent; erasure is limited for
 * (c) and (e) by Art. 17(3)(b). Follows DPV's legal-basis → rights mapping (gdpr-domain.md §3.1).
 */
export function rightsForBasis(basis: LegalBasis | null): DataSubjectRight[] {
  // A processor-role activity has no basis of ours: people exercise their rights with the controller.
  if (basis === null) return [];
  const rights: DataSubjectRight[] = ['access', 'rectification'];
  if (basis !== 'art6_1_c' && basis !== 'art6_1_e') rights.push('erasure');
  rights.push('restriction');
  if (basis === 'art6_1_a' || basis === 'art6_1_b') rights.push('portability');
  if (basis === 'art6_1_e' || basis === 'art6_1_f') rights.push('object');
  if (basis === 'art6_1_a') rights.push('withdraw_consent');
  rights.push('complaint');
  return rights;
}

/** EU member states plus Iceland, Liechtenstein and Norway: no transfer mechanism needed. */
export const EEA_COUNTRIES: ReadonlySet<string> = new Set([
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'IS',
  'LI',
  'NO',
]);

export function isInEea(country: string): boolean {
  return EEA_COUNTRIES.has(country.toUpperCase());
}

/**
 * What a decision covers, so that the notice states the scope rather than "the country is adequate":
 * `whole` for a whole country or territory; the others are partial (Art. 45(1), (3): a decision may cover
 * specified sectors or recipients).
 */
export const ADEQUACY_SCOPES = ['whole', 'appi', 'pipeda', 'pipa', 'lgpd', 'uk', 'dpf', 'safe_harbor', 'privacy_shield'] as const;
export type AdequacyScope = (typeof ADEQUACY_SCOPES)[number];

export interface AdequacyDecision {
  /** ISO 3166-1 alpha-2 of the country or territory */
  country: string;
  name: string;
  /** What the decision covers, for findings and exports (the notice words it from `scopeId`) */
  scope: string;
  scopeId: AdequacyScope;
  decision: string;
  adoptedOn: string;
  /**
   * A later decision that renewed this one, cited by its own number and date; `decision` is null while
   * its Official Journal number is not verified (gdpr-domain.md §7), and it is then cited by its date.
   */
  renewal: { decision: string | null; adoptedOn: string } | null;
  /** Last day the decision has effect; null while in force with no end date */
  validUntil: string | null;
  /** Set when a court or the Commission ended it early */
  endedBy: string | null;
  /** Only recipients certified under a scheme (the US DPF) are covered */
  requiresCertification: boolean;
}

/**
 * Adequacy decisions under Art. 45 (and Art. 45(9) for Directive-era ones), lapsed ones included so
 * that records relying on them are flagged. gdpr-domain.md §4.1; decision numbers of the Directive-era
 * decisions are marked unverified there.
 */
export const ADEQUACY_DECISIONS: readonly AdequacyDecision[] = [
  {
    country: 'AD',
    name: 'Andorra',
    scope: 'whole country',
    scopeId: 'whole',
    decision: 'Decision 2010/625/EU',
    adoptedOn: '2010-10-19',
    renewal: null,
    validUntil: null,
    endedBy: null,
    requiresCertification: false,
  },
  {
    country: 'AR',
    name: 'Argentina',
    scope: 'whole country',
    scopeId: 'whole',
    decision: 'Decision 2003/490/EC',
    adoptedOn: '2003-06-30',
    renewal: null,
    validUntil: null,
    endedBy: null,
    requiresCertification: false,
  },
  {
    country: 'BR',
    name: 'Brazil',
    scope: 'processing subject to the LGPD',
    scopeId: 'lgpd',
    decision: 'Implementing Decision (EU) 2026/179',
    adoptedOn: '2026-01-26',
    renewal: null,
    validUntil: null,
    endedBy: null,
    requiresCertification: false,
  },
  {
    country: 'CA',
    name: 'Canada',
    scope: 'commercial organisations subject to PIPEDA',
    scopeId: 'pipeda',
    decision: 'Decision 2002/2/EC',
    adoptedOn: '2001-12-20',
    renewal: null,
    validUntil: null,
    endedBy: null,
    requiresCertification: false,
  },
  {
    country: 'CH',
    name: 'Switzerland',
    scope: 'whole country',
    scopeId: 'whole',
    decision: 'Decision 2000/518/EC',
    adoptedOn: '2000-07-26',
    renewal: null,
    validUntil: null,
    endedBy: null,
    requiresCertification: false,
  },
  {
    country: 'FO',
    name: 'Faroe Islands',
    scope: 'whole territory',
    scopeId: 'whole',
    decision: 'Decision 2010/146/EU',
    adoptedOn: '2010-03-05',
    renewal: null,
    validUntil: null,
    endedBy: null,
    requiresCertification: false,
  },
  {
    country: 'GB',
    name: 'United Kingdom',
    scope: 'data transferred under the GDPR, except data processed for UK immigration control',
    scopeId: 'uk',
    decision: 'Implementing Decision (EU) 2021/1772',
    adoptedOn: '2021-06-28',
    renewal: { decision: null, adoptedOn: '2025-12-19' },
    validUntil: '2031-12-27',
    endedBy: null,
    requiresCertification: false,
  },
  {
    country: 'GG',
    name: 'Guernsey',
    scope: 'whole territory',
    scopeId: 'whole',
    decision: 'Decision 2003/821/EC',
    adoptedOn: '2003-11-21',
    renewal: null,
    validUntil: null,
    endedBy: null,
    requiresCertification: false,
  },
  {
    country: 'IL',
    name: 'Israel',
    scope: 'whole country',
    scopeId: 'whole',
    decision: 'Decision 2011/61/EU',
    adoptedOn: '2011-01-31',
    renewal: null,
    validUntil: null,
    endedBy: null,
    requiresCertification: false,
  },
  {
    country: 'IM',
    name: 'Isle of Man',
    scope: 'whole territory',
    scopeId: 'whole',
    decision: 'Decision 2004/411/EC',
    adoptedOn: '2004-04-28',
    renewal: null,
    validUntil: null,
    endedBy: null,
    requiresCertification: false,
  },
  {
    country: 'JE',
    name: 'Jersey',
    scope: 'whole territory',
    scopeId: 'whole',
    decision: 'Decision 2008/393/EC',
    adoptedOn: '2008-05-08',
    renewal: null,
    validUntil: null,
    endedBy: null,
    requiresCertification: false,
  },
  {
    country: 'JP',
    name: 'Japan',
    scope: 'personal information handling business operators subject to the APPI',
    scopeId: 'appi',
    decision: 'Implementing Decision (EU) 2019/419',
    adoptedOn: '2019-01-23',
    renewal: null,
    validUntil: null,
    endedBy: null,
    requiresCertification: false,
  },
  {
    country: 'KR',
    name: 'Republic of Korea',
    scope: 'recipients subject to PIPA',
    scopeId: 'pipa',
    decision: 'Implementing Decision (EU) 2022/254',
    adoptedOn: '2021-12-17',
    renewal: null,
    validUntil: null,
    endedBy: null,
    requiresCertification: false,
  },
  {
    country: 'NZ',
    name: 'New Zealand',
    scope: 'whole country',
    scopeId: 'whole',
    decision: 'Decision 2013/65/EU',
    adoptedOn: '2012-12-19',
    renewal: null,
    validUntil: null,
    endedBy: null,
    requiresCertification: false,
  },
  {
    country: 'UY',
    name: 'Uruguay',
    scope: 'whole country',
    scopeId: 'whole',
    decision: 'Decision 2012/484/EU',
    adoptedOn: '2012-08-21',
    renewal: null,
    validUntil: null,
    endedBy: null,
    requiresCertification: false,
  },
  {
    country: 'US',
    name: 'United States (Safe Harbor)',
    scope: 'organisations self-certified under Safe Harbor',
    scopeId: 'safe_harbor',
    decision: 'Decision 2000/520/EC',
    adoptedOn: '2000-07-26',
    renewal: null,
    validUntil: '2015-10-06',
    endedBy: 'CJEU C-362/14 Schrems',
    requiresCertification: true,
  },
  {
    country: 'US',
    name: 'United States (Privacy Shield)',
    scope: 'organisations certified under the EU-US Privacy Shield',
    scopeId: 'privacy_shield',
    decision: 'Implementing Decision (EU) 2016/1250',
    adoptedOn: '2016-07-12',
    renewal: null,
    validUntil: '2020-07-16',
    endedBy: 'CJEU C-311/18 Schrems II',
    requiresCertification: true,
  },
  {
    country: 'US',
    name: 'United States (Data Privacy Framework)',
    scope: 'organisations certified under the EU-US Data Privacy Framework',
    scopeId: 'dpf',
    decision: 'Implementing Decision (EU) 2023/1795',
    adoptedOn: '2023-07-10',
    renewal: null,
    validUntil: null,
    endedBy: null,
    requiresCertification: true,
  },
];

/** The decision in force for a country on a date (YYYY-MM-DD), if any. */
export function adequacyDecisionInForce(country: string, onDate: string): AdequacyDecision | undefined {
  const day = onDate.slice(0, 10);
  return ADEQUACY_DECISIONS.find(
    (d) => d.country === country.toUpperCase() && d.adoptedOn <= day && (d.validUntil === null || day <= d.validUntil),
  );
}

/** The most recent decision for a country that is no longer in force on a date. */
export function lapsedAdequacyDecision(country: string, onDate: string): AdequacyDecision | undefined {
  const day = onDate.slice(0, 10);
  return ADEQUACY_DECISIONS.filter((d) => d.country === country.toUpperCase() && d.validUntil !== null && d.validUntil < day).at(-1);
}

/**
 * Art. 8(1): the age from which a child can consent alone to an information society service offered
 * directly to it, per EEA state (16 unless national law lowers it, not below 13). Sources in the
 * README (national implementing acts, as collected by the Better Internet for Kids map, 2024).
 */
export const AGE_OF_DIGITAL_CONSENT: Readonly<Record<string, number>> = {
  AT: 14,
  BE: 13,
  BG: 14,
  CY: 14,
  CZ: 15,
  DE: 16,
  DK: 13,
  EE: 13,
  ES: 14,
  FI: 13,
  FR: 15,
  GR: 15,
  HR: 16,
  HU: 16,
  IE: 16,
  IS: 13,
  IT: 14,
  LI: 16,
  LT: 14,
  LU: 16,
  LV: 13,
  MT: 13,
  NL: 16,
  NO: 13,
  PL: 16,
  PT: 13,
  RO: 16,
  SE: 13,
  SI: 15,
  SK: 16,
};

/** Who sends and who receives personal data in a transfer, for the SCC module (Decision (EU) 2021/914). */
export type TransferParty = 'controller' | 'processor';

/**
 * The SCC module the parties' roles call for: controller→controller One, controller→processor Two,
 * processor→processor Three, processor→controller Four (Decision (EU) 2021/914, Annex, Section I).
 */
export function sccModuleFor(exporter: TransferParty, importer: TransferParty): 1 | 2 | 3 | 4 {
  if (exporter === 'controller') return importer === 'controller' ? 1 : 2;
  return importer === 'processor' ? 3 : 4;
}

/** The role a recipient plays when it receives data; null for our own personnel, who are no other party. */
export function importerRole(type: RecipientType): TransferParty | null {
  switch (type) {
    case 'processor':
    case 'sub_processor':
      return 'processor';
    case 'joint_controller':
    case 'independent_controller':
    case 'public_authority':
      return 'controller';
    case 'internal':
      return null;
  }
}
