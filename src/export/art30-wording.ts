/** The words the Art. 30 record uses in its cells: labels, "Not recorded", the organisation's identity. */
import type {
  ActivityNotApplicableKey,
  ActivityRole,
  ActivityStatus,
  DpiaStatus,
  RequirementKind,
  SecurityMeasureKind,
} from '../domain/vocabulary';
import type { ControllerProfile, ControllerServed, DataCategory, ProcessingActivity } from '../domain/registry-snapshot';
import { ART22_EXCEPTION_LABELS } from '../reference/legal-bases';
import { countryName } from '../language/countries';
import { art22Decision, rightsForBasis, type DataSubjectRight } from '../reference/rights';

export const ROLE_LABELS: Record<ActivityRole, string> = {
  controller: 'controller',
  joint_controller: 'joint controller (Art. 26)',
  processor: 'processor (Art. 28)',
};

export const STATUS_LABELS: Record<ActivityStatus, string> = { draft: 'draft', active: 'active', retired: 'retired' };

export const REQUIREMENT_LABELS: Record<RequirementKind, string> = {
  statutory: 'statutory requirement',
  contractual: 'contractual requirement',
  contract_precondition: 'requirement necessary to enter into a contract',
  none: 'neither statutory nor contractual; providing the data is voluntary',
};

export const DPIA_STATUS_LABELS: Record<DpiaStatus, string> = {
  not_started: 'not started',
  in_progress: 'in progress',
  completed: 'completed',
};

export const SECURITY_MEASURE_KIND_LABELS: Record<SecurityMeasureKind, string> = {
  technical: 'technical',
  organisational: 'organisational',
};

export const RIGHT_LABELS: Record<DataSubjectRight, string> = {
  access: 'access',
  rectification: 'rectification',
  erasure: 'erasure',
  restriction: 'restriction of processing',
  portability: 'data portability',
  object: 'to object',
  withdraw_consent: 'to withdraw consent',
  complaint: 'to lodge a complaint with a supervisory authority',
};

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

/** A fact the record should hold and does not: told apart from "None", which the record states. */
export const NOT_RECORDED = 'Not recorded';
export const NONE = 'None';

export const notApplicable = (a: ProcessingActivity, key: ActivityNotApplicableKey): string | null =>
  a.notApplicable[key] ? `Not applicable: ${a.notApplicable[key]}` : null;

export function describeCategory(c: DataCategory): string {
  const marks = [c.special ? 'special category, Art. 9' : null, c.criminal ? 'criminal offence data, Art. 10' : null];
  const named = marks.some(Boolean) ? `${c.name} [${join(marks)}]` : c.name;
  return c.description?.trim() ? `${named}: ${c.description.trim()}` : named;
}

const postal = (c: ControllerProfile): string => {
  const a = c.registeredAddress;
  return `${a.street}, ${a.postalCode} ${a.city}, ${countryName(a.country)}`;
};

/** The organisation's Art. 30(1)(a) / 30(2)(a) cells, the same on every row. */
export function identityCells(c: ControllerProfile | null): Record<'name' | 'contact' | 'dpo' | 'representative', string> {
  if (!c) return { name: NOT_RECORDED, contact: NOT_RECORDED, dpo: NOT_RECORDED, representative: NOT_RECORDED };
  return {
    name: c.registrationNumber ? `${c.legalName} (${c.registrationNumber})` : c.legalName,
    contact: join([postal(c), c.email, c.phone, c.website]),
    dpo: c.dpo
      ? join([c.dpo.name, c.dpo.email, c.dpo.phone])
      : c.notApplicable.dpo
        ? `None designated: ${c.notApplicable.dpo}`
        : NOT_RECORDED,
    representative: c.representative
      ? join([c.representative.name, c.representative.address, c.representative.email])
      : c.notApplicable.representative
        ? `Not applicable: ${c.notApplicable.representative}`
        : NOT_RECORDED,
  };
}

export function describeControllerServed(c: ControllerServed): string {
  return `${c.name} (${join([c.address, c.email, c.phone]).replace(/; /g, ', ')})`;
}

/** An Art. 22 decision with its logic, significance, exception and Art. 22(3) safeguards; null when there is none. */
export function automatedDecisionCell(a: ProcessingActivity): string | null {
  const d = art22Decision(a);
  if (!d) return null;
  const applies = d.art22Applies === null ? ' (whether Art. 22(1) applies: not recorded)' : ' (Art. 22(1))';
  const exception = d.exception
    ? `${ART22_EXCEPTION_LABELS[d.exception]}${d.exception === 'law' ? `: ${d.exceptionLaw?.trim() || NOT_RECORDED}` : ''}`
    : d.art22Applies
      ? `exception: ${NOT_RECORDED}`
      : null;
  const safeguard = (label: string, text: string | null) => (d.art22Applies ? `${label}: ${text?.trim() || NOT_RECORDED}` : null);
  return join([
    `Automated decision-making${applies} — logic: ${d.logic}`,
    `significance and consequences: ${d.significance}`,
    exception,
    safeguard('human intervention', d.humanIntervention),
    safeguard('expressing a point of view', d.expressView),
    safeguard('contesting the decision', d.contest),
  ]);
}
