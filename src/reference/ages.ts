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
