/**
 * When a reference entry was last compared with its source, and that source. Law ages: an adequacy decision
 * is renewed or struck down, a Member State changes its age of digital consent, a decision's number is found.
 * `src/reference/review-dates.spec.ts` fails once an entry has gone unchecked for a year, so that someone
 * reads its source again (README, "Reference data").
 */
export interface Reviewed {
  /** YYYY-MM-DD: the day someone last compared the entry with `source` */
  checkedOn: string;
  /** Where the entry comes from, as precisely as the reader needs to check it again; ⚠️ marks a secondary source */
  source: string;
}

/** How long an entry may go unchecked. */
export const REVIEW_INTERVAL_DAYS = 365;

/** Whether an entry was last checked more than REVIEW_INTERVAL_DAYS before `today` (YYYY-MM-DD). */
export function reviewOverdue(entry: Reviewed, today: string): boolean {
  const days = (Date.parse(`${today.slice(0, 10)}T00:00:00Z`) - Date.parse(`${entry.checkedOn}T00:00:00Z`)) / 86_400_000;
  return days > REVIEW_INTERVAL_DAYS;
}
