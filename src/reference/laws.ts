/**
 * Which data protection laws a notice answers to, derived from where the controller stands and which
 * representatives it records (README, "UK and Swiss law"):
 * - established in the EEA: the GDPR; in the United Kingdom: the UK GDPR; in Switzerland: the FADP;
 * - a representative in the Union (GDPR Art. 27) shows that the controller offers services in the Union or monitors
 *   people there (Art. 3(2)), so the GDPR applies too; a UK representative (UK GDPR Art. 27) likewise brings the UK
 *   GDPR, and a Swiss representative (FADP Art. 14) the FADP;
 * - a controller established elsewhere, with none of these, is judged under the GDPR, as ropa always judged it
 *   (the registry is a GDPR record; its rules then ask for the Art. 27 representative).
 * A policy may name further laws where its service targets people in the UK or Switzerland (UK GDPR Art. 3(2),
 * FADP Art. 3) or the Union; it cannot remove a law that establishment or a representative brings, so a notice
 * never answers to fewer laws than the record shows apply (the reading that protects the reader).
 */
import { LAWS, type Law } from '../domain/vocabulary';
import { isInEea } from './eea';

/** What the derivation reads of the controller profile. */
export interface LawFacts {
  registeredAddress?: { country?: string } | null;
  /** The GDPR Art. 27 representative in the Union */
  representative?: unknown;
  /** The UK GDPR Art. 27 representative in the United Kingdom */
  ukRepresentative?: unknown;
  /** The FADP Art. 14 representative in Switzerland */
  swissRepresentative?: unknown;
}

/** Why a law applies: where the controller is established, a representative it records, or the policy's setting. */
export type LawGround = 'establishment' | 'representative' | 'policy' | 'default';

export interface ApplicableLaw {
  law: Law;
  ground: LawGround;
}

/** The law of the place where the controller is established, if ropa knows one for it. */
export function homeLaw(country: string | null): Law | null {
  if (country === null) return null;
  const code = country.trim().toUpperCase();
  if (isInEea(code)) return 'gdpr';
  if (code === 'GB') return 'uk_gdpr';
  if (code === 'CH') return 'ch_fadp';
  return null;
}

const present = (value: unknown): boolean => value !== null && value !== undefined;

/**
 * The laws that apply, each with its ground, in the fixed order of LAWS. `policyLaws` is a policy's own setting
 * (null: derived only). A registry with no controller profile yet is judged under the GDPR.
 */
export function applicableLaws(controller: LawFacts | null, policyLaws: readonly Law[] | null = null): ApplicableLaw[] {
  const country = controller?.registeredAddress?.country?.trim().toUpperCase() || null;
  const grounds = new Map<Law, LawGround>();
  const home = homeLaw(country);
  if (home) grounds.set(home, 'establishment');
  if (present(controller?.representative) && !grounds.has('gdpr')) grounds.set('gdpr', 'representative');
  if (present(controller?.ukRepresentative) && !grounds.has('uk_gdpr')) grounds.set('uk_gdpr', 'representative');
  if (present(controller?.swissRepresentative) && !grounds.has('ch_fadp')) grounds.set('ch_fadp', 'representative');
  for (const law of policyLaws ?? []) if (!grounds.has(law)) grounds.set(law, 'policy');
  // Established outside the EEA, the UK and Switzerland, with nothing recorded: judged under the GDPR as before.
  if (grounds.size === 0) grounds.set('gdpr', 'default');
  return LAWS.filter((law) => grounds.has(law)).map((law) => ({ law, ground: grounds.get(law) as LawGround }));
}

/** The laws only, in the order of LAWS. */
export const lawsOf = (controller: LawFacts | null, policyLaws: readonly Law[] | null = null): Law[] =>
  applicableLaws(controller, policyLaws).map(({ law }) => law);
