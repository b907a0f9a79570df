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

/**
 * Numbers as words, in every notice language, with the Polish cases a number takes before a noun ("pięć lat",
 * "przez pięciu", "dwóch lat") and the German forms before a unit ("einem Jahr"): the criteria of a retention
 * rule may be written, or translated, in any of them.
 */
const NUMBER_WORDS: Record<number, readonly string[]> = {
  1: [
    'one',
    'jeden',
    'jedna',
    'jedno',
    'jednego',
    'jednej',
    'jednym',
    'ein Jahr',
    'einem Jahr',
    'eines Jahres',
    'einen Monat',
    'einem Monat',
    'eine Woche',
    'einer Woche',
    'einen Tag',
    'einem Tag',
  ],
  2: ['two', 'dwa', 'dwie', 'dwóch', 'dwu', 'dwoma', 'zwei'],
  3: ['three', 'trzy', 'trzech', 'trzema', 'drei'],
  4: ['four', 'cztery', 'czterech', 'vier'],
  5: ['five', 'pięć', 'pięciu', 'fünf'],
  6: ['six', 'sześć', 'sześciu', 'sechs'],
  7: ['seven', 'siedem', 'siedmiu', 'sieben'],
  8: ['eight', 'osiem', 'ośmiu', 'acht'],
  9: ['nine', 'dziewięć', 'dziewięciu', 'neun'],
  10: ['ten', 'dziesięć', 'dziesięciu', 'zehn'],
  11: ['eleven', 'jedenaście', 'jedenastu', 'elf'],
  12: ['twelve', 'dwanaście', 'dwunastu', 'zwölf'],
};

/** A word or phrase standing alone: no letter of any script right before or after it. */
const standing = (phrase: string): RegExp => new RegExp(`(?<!\\p{L})${phrase}(?!\\p{L})`, 'iu');

/**
 * Whether retention criteria already state the rule's period ("30 days after…" for P30D, "Three years…",
 * "Pięć lat…", "fünf Jahre…" for P3Y and P5Y), so that the period and the criteria are read once, not twice,
 * in whichever language the criteria are written.
 */
export function mentionsPeriod(criteria: string, period: string): boolean {
  const numbers = [...period.matchAll(/(\d+)[YMWDHS]/g)].map((m) => Number(m[1]));
  if (numbers.length === 0 || criteria.trim() === '') return false;
  return numbers.every(
    (n) => new RegExp(`(^|\\D)${n}(\\D|$)`).test(criteria) || (NUMBER_WORDS[n] ?? []).some((word) => standing(word).test(criteria)),
  );
}

/** The text with its first letter capitalised, as a sentence starts. */
export const upperFirst = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** The text with its first letter in lower case, for a registry string set inside a sentence. */
export const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);
