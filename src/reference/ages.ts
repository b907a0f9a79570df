import type { Reviewed } from './reviewed';

/**
 * Art. 8(1): the age from which a child can consent alone to an information society service offered
 * directly to it, per EEA state (16 unless national law lowers it, not below 13). Sources in the
 * README (national implementing acts, as collected by the Better Internet for Kids map, 2024).
 */
const AGES: Readonly<Record<string, number>> = {
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

/** Where every age comes from, and when it was last compared with that source (docs/law.md lists the ages by state). */
const AGE_SOURCE: Reviewed = {
  checkedOn: '2026-12-07',
  source:
    'national implementing acts as collected by the Better Internet for Kids "age of digital consent" map (2024) and national authorities\' pages ⚠️ (docs/law.md)',
};

export interface DigitalConsentAge extends Reviewed {
  age: number;
}

/** Each state's age with the date it was checked and its source (src/reference/review-dates.spec.ts). */
export const DIGITAL_CONSENT_AGES: Readonly<Record<string, DigitalConsentAge>> = Object.fromEntries(
  Object.entries(AGES).map(([country, age]) => [country, { age, ...AGE_SOURCE }]),
);

/** The age of digital consent per EEA state (ISO 3166-1 alpha-2). */
export const AGE_OF_DIGITAL_CONSENT: Readonly<Record<string, number>> = AGES;
