/**
 * Where the controller stands decides what a disclosure is. The one function that compliance rules,
 * the policy generator and the exports ask whether disclosing data to a country is a Chapter V
 * transfer: sources in the README ("Establishment and transfers").
 */
import { adequacyDecisionInForce, lapsedAdequacyDecision, type AdequacyDecision } from './adequacy';
import { isInEea } from './eea';

export type Disclosure =
  /** The destination is in the EEA: no Chapter V transfer, whoever the controller is (Art. 44). */
  | { kind: 'within_eea'; country: string }
  /**
   * A controller established outside the EEA discloses data in its own country: the data do not leave
   * the place where the controller holds them, so there is nothing to transfer and no EU adequacy
   * decision to cite for it.
   */
  | { kind: 'domestic'; country: string }
  /** A Chapter V transfer, with the adequacy decision in force on the day (if any) and the last one that lapsed. */
  | { kind: 'third_country'; country: string; decision: AdequacyDecision | null; lapsed: AdequacyDecision | null };

/** The controller's country of establishment, from its registered address; null while none is recorded. */
export function establishmentOf(controller: { registeredAddress?: { country?: string } | null } | null): string | null {
  const country = controller?.registeredAddress?.country?.trim().toUpperCase();
  return country ? country : null;
}

/** Whether the controller is established in the EEA; a registry with no controller profile yet is judged as one. */
export function establishedInEea(controllerCountry: string | null): boolean {
  return controllerCountry === null || isInEea(controllerCountry);
}

/**
 * What disclosing personal data to `destination` is for a controller established in `controllerCountry`,
 * judged on `onDate` (YYYY-MM-DD or an instant). A controller inside the EEA is judged as it always was:
 * outside the EEA is a transfer. A controller outside it transfers nothing to its own country.
 */
export function judgeDisclosure(controllerCountry: string | null, destination: string, onDate: string): Disclosure {
  const country = destination.trim().toUpperCase();
  if (isInEea(country)) return { kind: 'within_eea', country };
  if (controllerCountry !== null && !isInEea(controllerCountry) && controllerCountry.toUpperCase() === country)
    return { kind: 'domestic', country };
  return {
    kind: 'third_country',
    country,
    decision: adequacyDecisionInForce(country, onDate) ?? null,
    lapsed: lapsedAdequacyDecision(country, onDate) ?? null,
  };
}

/** Whether a disclosure to `destination` needs a Chapter V mechanism. */
export const isTransfer = (controllerCountry: string | null, destination: string, onDate: string): boolean =>
  judgeDisclosure(controllerCountry, destination, onDate).kind === 'third_country';
