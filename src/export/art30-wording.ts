/**
 * The Art. 30 record's cells shared by its parts: the organisation's identity, data categories, the rights and the
 * Art. 22 decision, in the words of the export's language (cell-wording.ts; English by default).
 */
import type { ActivityNotApplicableKey, DpiaStatus } from '../domain/vocabulary';
import type { ControllerProfile, ControllerServed, DataCategory, ProcessingActivity } from '../domain/registry-snapshot';
import { art22Decision, rightsForBasis, type DataSubjectRight } from '../reference/rights';
import { type CellWording, EN } from './cell-wording';

/** The DPIA's progress in English (the JSON-LD's descriptions); the other languages' are in cell-wording-*.ts. */
export const DPIA_STATUS_LABELS: Record<DpiaStatus, string> = EN.dpiaStatuses;

/**
 * The rights a data subject has for this activity: those of its Art. 6 basis, withdrawal of consent
 * also under Art. 9(2)(a) (Art. 13(2)(c)).
 */
export function rightsOfActivity(a: ProcessingActivity): DataSubjectRight[] {
  const rights = rightsForBasis(a.legalBasis);
  if (a.specialCategoryCondition === 'art9_2_a' && !rights.includes('withdraw_consent'))
    rights.splice(rights.indexOf('complaint'), 0, 'withdraw_consent');
  return rights;
}

export const join = (parts: (string | null | undefined)[]): string => parts.filter((p): p is string => Boolean(p?.trim())).join('; ');

export const notApplicable = (a: ProcessingActivity, key: ActivityNotApplicableKey, w: CellWording = EN): string | null =>
  a.notApplicable[key] ? w.notApplicableBecause(a.notApplicable[key]) : null;

export function describeCategory(c: DataCategory, w: CellWording = EN): string {
  const marks = [c.special ? w.specialCategoryMark : null, c.criminal ? w.criminalDataMark : null];
  const named = marks.some(Boolean) ? `${c.name} [${join(marks)}]` : c.name;
  return c.description?.trim() ? `${named}: ${c.description.trim()}` : named;
}

const postal = (c: ControllerProfile, w: CellWording): string => {
  const a = c.registeredAddress;
  return `${a.street}, ${a.postalCode} ${a.city}, ${w.country(a.country)}`;
};

/** The organisation's Art. 30(1)(a) / 30(2)(a) cells, the same on every row. */
export function identityCells(
  c: ControllerProfile | null,
  w: CellWording = EN,
): Record<'name' | 'contact' | 'dpo' | 'representative', string> {
  const missing = w.notRecorded;
  if (!c) return { name: missing, contact: missing, dpo: missing, representative: missing };
  return {
    name: c.registrationNumber ? `${c.legalName} (${c.registrationNumber})` : c.legalName,
    contact: join([postal(c, w), c.email, c.phone, c.website]),
    dpo: c.dpo ? join([c.dpo.name, c.dpo.email, c.dpo.phone]) : c.notApplicable.dpo ? w.noneDesignated(c.notApplicable.dpo) : missing,
    representative: c.representative
      ? join([c.representative.name, c.representative.address, c.representative.email])
      : c.notApplicable.representative
        ? w.notApplicableBecause(c.notApplicable.representative)
        : missing,
  };
}

export function describeControllerServed(c: ControllerServed): string {
  return `${c.name} (${join([c.address, c.email, c.phone]).replace(/; /g, ', ')})`;
}

/** An Art. 22 decision with its logic, significance, exception and Art. 22(3) safeguards; null when there is none. */
export function automatedDecisionCell(a: ProcessingActivity, w: CellWording = EN): string | null {
  const d = art22Decision(a);
  if (!d) return null;
  const t = w.automated;
  const applies = d.art22Applies === null ? t.appliesNotRecorded : t.applies;
  const exception = d.exception
    ? `${w.art22Exceptions[d.exception]}${d.exception === 'law' ? `: ${d.exceptionLaw?.trim() || w.notRecorded}` : ''}`
    : d.art22Applies
      ? t.exceptionNotRecorded
      : null;
  const safeguard = (label: string, text: string | null) => (d.art22Applies ? `${label}: ${text?.trim() || w.notRecorded}` : null);
  return join([
    t.logic(applies, d.logic),
    t.significance(d.significance),
    exception,
    safeguard(t.humanIntervention, d.humanIntervention),
    safeguard(t.expressView, d.expressView),
    safeguard(t.contest, d.contest),
  ]);
}
