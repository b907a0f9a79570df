import type { Reviewed } from './reviewed';

/**
 * A reference entry read against the shared reference notes (../shared/reference/uk-swiss-consent.md), which mark
 * with ⚠️ what their authors could not confirm in the primary text. `verified: false` entries are kept so the table
 * says what is missing, but print nothing in a notice and ground no rule beyond the protective reading named in
 * their `unverified` note (README, "UK and Swiss law").
 */
export interface Checked extends Reviewed {
  /** Whether the fact was confirmed in the source; false: the notice prints nothing of it */
  verified: boolean;
  /** What remains to be checked before the entry can be relied on; null once verified */
  unverified: string | null;
}

/** The day the UK and Swiss entries were compared with the shared reference notes. */
export const UK_SWISS_CHECKED = '2026-12-07';

/** The shared note, by section, that the UK and Swiss entries come from. */
export const UK_SWISS_NOTE = (section: string, primary: string): string =>
  `../shared/reference/uk-swiss-consent.md, "${section}"; ${primary}`;

/** Whether an entry may be printed or relied on. */
export const usable = <T extends Checked>(entry: T | undefined | null): entry is T => entry?.verified === true;
