import type { PolicyLanguage } from '../domain/languages';
import { countryName } from './countries';

/**
 * Unit names per CLDR plural category. Polish has three forms for whole numbers (1 miesiąc, 2–4 and
 * 22–24 miesiące, 5–21 miesięcy) and a fourth for fractions; Intl.PluralRules says which one a number takes.
 */
type UnitForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
type Unit = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second';

const UNIT_NAMES: Record<PolicyLanguage, Record<Unit, UnitForms>> = {
  en: {
    year: { one: 'year', other: 'years' },
    month: { one: 'month', other: 'months' },
    week: { one: 'week', other: 'weeks' },
    day: { one: 'day', other: 'days' },
    hour: { one: 'hour', other: 'hours' },
    minute: { one: 'minute', other: 'minutes' },
    second: { one: 'second', other: 'seconds' },
  },
  pl: {
    year: { one: 'rok', few: 'lata', many: 'lat', other: 'roku' },
    month: { one: 'miesiąc', few: 'miesiące', many: 'miesięcy', other: 'miesiąca' },
    week: { one: 'tydzień', few: 'tygodnie', many: 'tygodni', other: 'tygodnia' },
    day: { one: 'dzień', few: 'dni', many: 'dni', other: 'dnia' },
    hour: { one: 'godzina', few: 'godziny', many: 'godzin', other: 'godziny' },
    minute: { one: 'minuta', few: 'minuty', many: 'minut', other: 'minuty' },
    second: { one: 'sekunda', few: 'sekundy', many: 'sekund', other: 'sekundy' },
  },
  de: {
    year: { one: 'Jahr', other: 'Jahre' },
    month: { one: 'Monat', other: 'Monate' },
    week: { one: 'Woche', other: 'Wochen' },
    day: { one: 'Tag', other: 'Tage' },
    hour: { one: 'Stunde', other: 'Stunden' },
    minute: { one: 'Minute', other: 'Minuten' },
    second: { one: 'Sekunde', other: 'Sekunden' },
  },
};

const DATE_UNITS: [RegExp, Unit][] = [
  [/(\d+)Y/, 'year'],
  [/(\d+)M/, 'month'],
  [/(\d+)W/, 'week'],
  [/(\d+)D/, 'day'],
];
const TIME_UNITS: [RegExp, Unit][] = [
  [/(\d+)H/, 'hour'],
  [/(\d+)M/, 'minute'],
  [/(\d+)S/, 'second'],
];

/** The locale each language is formatted in: British English keeps "24 November 2026" and "a, b and c". */
const LOCALES: Record<PolicyLanguage, string> = { en: 'en-GB', pl: 'pl-PL', de: 'de-DE' };

/** English places whose name takes "the" inside a sentence; Polish and German notices name countries in the nominative. */
const WITH_ARTICLE = new Set(['US', 'GB', 'NL', 'PH', 'AE', 'BS', 'GM', 'DO', 'CF', 'KM', 'MV', 'MH', 'SB', 'SC', 'VA', 'CZ']);

/** Numbers, dates, lists and country names of one language, all through Intl so that no table of ours can drift from CLDR. */
export interface Humanizer {
  /** "P1Y6M" → "1 year and 6 months" / "1 rok i 6 miesięcy" / "1 Jahr und 6 Monate" */
  duration(iso: string): string;
  /** "2026-11-24T…" → "24 November 2026" / "24 listopada 2026" / "24. November 2026", in UTC */
  date(iso: string): string;
  /** "US" → "United States" / "Stany Zjednoczone" / "Vereinigte Staaten" */
  country(code: string): string;
  /** The country as used inside a sentence ("the United States"); the nominative name in pl and de */
  countryInSentence(code: string): string;
  /** "a, b and c" / "a, b i c" / "a, b und c" */
  and(items: string[]): string;
  /** "a, b or c" / "a, b lub c" / "a, b oder c" */
  or(items: string[]): string;
}

function makeHumanizer(language: PolicyLanguage): Humanizer {
  const locale = LOCALES[language];
  const plural = new Intl.PluralRules(locale);
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  const alternatives = new Intl.ListFormat(locale, { style: 'long', type: 'disjunction' });
  const dates = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const names = UNIT_NAMES[language];
  const amount = (n: number, unit: Unit) => {
    const forms = names[unit];
    return `${n} ${forms[plural.select(n)] ?? forms.other}`;
  };
  const country = (code: string) => countryName(code, locale);
  const wordDuration = (iso: string): string => {
    const [datePart, timePart = ''] = iso.replace(/^P/, '').split('T');
    const parts: string[] = [];
    const take = (text: string, units: [RegExp, Unit][]) => {
      for (const [pattern, unit] of units) {
        const match = pattern.exec(text);
        if (match) parts.push(amount(Number(match[1]), unit));
      }
    };
    take(datePart, DATE_UNITS);
    take(timePart, TIME_UNITS);
    return parts.length === 0 ? iso : list.format(parts);
  };
  // A record repeats a handful of retention periods on thousands of rows: each is worded once.
  const durations = new Map<string, string>();
  return {
    duration(iso) {
      const known = durations.get(iso);
      if (known !== undefined) return known;
      const worded = wordDuration(iso);
      if (durations.size < 1000) durations.set(iso, worded);
      return worded;
    },
    date: (iso) => dates.format(new Date(iso)),
    country,
    countryInSentence: (code) => (language === 'en' && WITH_ARTICLE.has(code.toUpperCase()) ? `the ${country(code)}` : country(code)),
    and: (items) =>
      // Polish joins a list whose items already hold "i" with "oraz" ("Marketing i reklama oraz Śledzenie").
      language === 'pl' && items.length > 1 && items.some((item) => /(^|\s)i(\s|$)/.test(item))
        ? `${items.slice(0, -1).join(', ')} oraz ${items[items.length - 1]}`
        : list.format(items),
    or: (items) => alternatives.format(items),
  };
}

const HUMANIZERS = new Map<PolicyLanguage, Humanizer>();

/** The humanizer of a notice's language, built once per language. */
export function humanizer(language: PolicyLanguage): Humanizer {
  let h = HUMANIZERS.get(language);
  if (!h) {
    h = makeHumanizer(language);
    HUMANIZERS.set(language, h);
  }
  return h;
}

// English shorthands for the texts that stay English (the diff, the Art. 30 export, compliance messages).
const english = humanizer('en');
export const humanizeDuration = (iso: string): string => english.duration(iso);
export const humanizeDate = (iso: string): string => english.date(iso);
export const countryInSentence = (code: string): string => english.countryInSentence(code);
export const joinAnd = (items: string[]): string => english.and(items);
