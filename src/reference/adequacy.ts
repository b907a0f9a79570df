import type { Reviewed } from './reviewed';

/**
 * What a decision covers, so that the notice states the scope rather than "the country is adequate":
 * `whole` for a whole country or territory; the others are partial (Art. 45(1), (3): a decision may cover
 * specified sectors or recipients).
 */
export const ADEQUACY_SCOPES = ['whole', 'appi', 'pipeda', 'pipa', 'lgpd', 'dpf', 'safe_harbor', 'privacy_shield'] as const;
export type AdequacyScope = (typeof ADEQUACY_SCOPES)[number];

export interface AdequacyDecision extends Reviewed {
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

/** The Commission's list and the research note that read it (../shared/reference/gdpr-domain.md §4.1 [ADQ]). */
const COMMISSION_LIST =
  'European Commission, "Adequacy decisions" page; CNPD Luxembourg transfer page (gdpr-domain.md §4.1 [ADQ]); decision number ⚠️ not read in the Official Journal';
const CHECKED = '2026-12-07';

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
    checkedOn: CHECKED,
    source: COMMISSION_LIST,
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
    checkedOn: CHECKED,
    source: COMMISSION_LIST,
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
    checkedOn: CHECKED,
    source: 'Implementing Decision (EU) 2026/179 (OJ 28 January 2026) via europalov.no, cms.law ⚠️ (gdpr-domain.md §4.1 [ADQ])',
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
    checkedOn: CHECKED,
    source: COMMISSION_LIST,
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
    checkedOn: CHECKED,
    source: COMMISSION_LIST,
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
    checkedOn: CHECKED,
    source: COMMISSION_LIST,
    requiresCertification: false,
  },
  {
    country: 'GB',
    name: 'United Kingdom',
    // The 2021 decision left out data transferred for UK immigration control (its Art. 1(2)). Commentary on the
    // renewal of 19 December 2025 reports that the renewed decision no longer does, after the UK's 2022 and 2024
    // amendments to the immigration exemption, and the Commission lists the UK without a sector. The renewal's text
    // was not read here (⚠️): the entry prints no exclusion the decision in force is reported not to make, and
    // names no number it has not verified (the renewal is cited by its date). Law-enforcement transfers have
    // their own decision under Directive (EU) 2016/680 and are outside ropa's scope.
    scope: 'whole country (transfers under the GDPR)',
    scopeId: 'whole',
    decision: 'Implementing Decision (EU) 2021/1772',
    adoptedOn: '2021-06-28',
    renewal: { decision: null, adoptedOn: '2025-12-19' },
    validUntil: '2031-12-27',
    endedBy: null,
    checkedOn: CHECKED,
    source:
      "Commission list (2021/1772); sunset, extension and renewal of 19 December 2025 to 27 December 2031 from dpocentre.com, mklink.co.uk, mondaq.com ⚠️; the renewal's number and text not read (docs/law.md)",
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
    checkedOn: CHECKED,
    source: COMMISSION_LIST,
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
    checkedOn: CHECKED,
    source: COMMISSION_LIST,
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
    checkedOn: CHECKED,
    source: COMMISSION_LIST,
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
    checkedOn: CHECKED,
    source: COMMISSION_LIST,
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
    checkedOn: CHECKED,
    source: 'Implementing Decision (EU) 2019/419, title via the legislation.gov.uk copy ⚠️ (gdpr-domain.md §4.1 [ADQ])',
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
    checkedOn: CHECKED,
    source:
      'Commission list; adoption 17 December 2021 from eucrim.eu, technologylawdispatch.com ⚠️, number 2022/254 not read in the Official Journal',
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
    checkedOn: CHECKED,
    source: COMMISSION_LIST,
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
    checkedOn: CHECKED,
    source: COMMISSION_LIST,
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
    checkedOn: CHECKED,
    source: 'CJEU C-362/14 Schrems (6 October 2015) and C-311/18 Schrems II (16 July 2020), which ended it (gdpr-domain.md §4.1)',
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
    checkedOn: CHECKED,
    source: 'CJEU C-362/14 Schrems (6 October 2015) and C-311/18 Schrems II (16 July 2020), which ended it (gdpr-domain.md §4.1)',
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
    checkedOn: CHECKED,
    source:
      'Implementing Decision (EU) 2023/1795 via eubelius.com, eucrim.eu ⚠️; Latombe T-553/23 dismissed 3 September 2025, appeal C-703/25 P pending (EUR-Lex C/2025/6610) (gdpr-domain.md §4.1 [ADQ])',
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
