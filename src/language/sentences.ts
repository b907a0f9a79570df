/**
 * Registry free text joined as sentences: a DPO's "keys held in the EEA" followed by our next sentence
 * must not read "…in the EEA You may…". Shared by every catalogue and the generator.
 */
export function sentenceOf(text: string | null | undefined): string {
  const trimmed = (text ?? '').trim();
  if (trimmed === '') return '';
  // Already ends a sentence, possibly inside a closing quote or bracket: "(Art. 5).", "…done."), "Why?"
  return /[.!?…]["'”’)\]]*$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/**
 * Whether retention criteria already state the rule's period ("30 days after…" for P30D, "Three years…"
 * for P3Y), so that the period and the criteria are read once, not twice.
 */
export function mentionsPeriod(criteria: string, period: string): boolean {
  const numbers = [...period.matchAll(/(\d+)[YMWDHS]/g)].map((m) => Number(m[1]));
  if (numbers.length === 0 || criteria.trim() === '') return false;
  return numbers.every((n) => {
    const word = NUMBER_WORDS[n];
    return new RegExp(`(^|\\D)${n}(\\D|$)`).test(criteria) || (word !== undefined && new RegExp(`\\b${word}\\b`, 'i').test(criteria));
  });
}

/** The text with its first letter capitalised, as a sentence starts. */
export const upperFirst = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** The text with its first letter in lower case, for a registry string set inside a sentence. */
export const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);
