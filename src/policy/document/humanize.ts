const UNITS: [RegExp, string, string][] = [
  [/(\d+)Y/, 'year', 'years'],
  [/(\d+)M/, 'month', 'months'],
  [/(\d+)W/, 'week', 'weeks'],
  [/(\d+)D/, 'day', 'days'],
];
const TIME_UNITS: [RegExp, string, string][] = [
  [/(\d+)H/, 'hour', 'hours'],
  [/(\d+)M/, 'minute', 'minutes'],
  [/(\d+)S/, 'second', 'seconds'],
];

/** "P1Y6M" → "1 year and 6 months"; "PT12H" → "12 hours". */
export function humanizeDuration(iso: string): string {
  const [datePart, timePart = ''] = iso.replace(/^P/, '').split('T');
  const parts: string[] = [];
  const take = (text: string, units: [RegExp, string, string][]) => {
    for (const [pattern, one, many] of units) {
      const match = pattern.exec(text);
      if (match) parts.push(`${Number(match[1])} ${Number(match[1]) === 1 ? one : many}`);
    }
  };
  take(datePart, UNITS);
  take(timePart, TIME_UNITS);
  if (parts.length === 0) return iso;
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-11-24T…" → "24 November 2026", in UTC so that output never depends on the server's zone. */
export function humanizeDate(iso: string): string {
  const date = new Date(iso);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** "US" → "United States". */
export function countryName(code: string): string {
  return regionNames.of(code.toUpperCase()) ?? code;
}

const WITH_ARTICLE = new Set(['US', 'GB', 'NL', 'PH', 'AE', 'BS', 'GM', 'DO', 'CF', 'KM', 'MV', 'MH', 'SB', 'SC', 'VA', 'CZ']);

/** "US" → "the United States", for use inside a sentence. */
export function countryInSentence(code: string): string {
  return WITH_ARTICLE.has(code.toUpperCase()) ? `the ${countryName(code)}` : countryName(code);
}

/** "a, b and c". */
export function joinAnd(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
