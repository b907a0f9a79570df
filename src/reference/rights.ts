/**
 * The rights of the data subject and the ones each legal basis brings. Source:
 * ../shared/reference/gdpr-domain.md §3.
 */
import type { AutomatedDecision, ProcessingActivity } from '../domain/registry-snapshot';
import type { LegalBasis } from '../domain/vocabulary';

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

/**
 * The automated decision that brings the Art. 22 right (and the Art. 22(2)-(3) information): one recorded as
 * covered by Art. 22(1), or one whose coverage is not yet assessed (an error that blocks publishing; until
 * the record says otherwise, the reading that keeps the person's right in view). A decision recorded as
 * outside Art. 22(1) brings neither; null then, and when there is no decision.
 */
export function art22Decision(a: ProcessingActivity): AutomatedDecision | null {
  return a.automatedDecision && a.automatedDecision.art22Applies !== false ? a.automatedDecision : null;
}
