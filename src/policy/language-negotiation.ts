/**
 * Accept-Language negotiation for the public policy (RFC 9110 §12.5.4, with RFC 4647 language ranges),
 * cheap enough for a route that answers from memory: each distinct header is parsed once into its
 * ranges (a bounded map), and matching them against a policy's few languages allocates nothing.
 */

interface LanguageRange {
  /** Lowercase language range: `pl`, `pl-pl`, `*` */
  tag: string;
  /** Weight 0…1 (RFC 9110 §12.4.2) */
  q: number;
}

const RANGE = /^(?:\*|[a-z]{1,8}(?:-[a-z0-9]{1,8})*)$/;
const WEIGHT = /^q=(0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;

/** Parses a header into its valid ranges; ranges that do not parse are left out, as if not sent. */
export function parseAcceptLanguage(header: string): LanguageRange[] {
  const ranges: LanguageRange[] = [];
  for (const part of header.split(',')) {
    const [range, ...params] = part.split(';');
    const tag = range.trim().toLowerCase();
    if (!RANGE.test(tag)) continue;
    let q = 1;
    let valid = true;
    for (const param of params) {
      const weight = WEIGHT.exec(param.trim().toLowerCase());
      if (weight) q = Number(weight[1]);
      else valid = false;
    }
    if (valid) ranges.push({ tag, q });
  }
  return ranges;
}

const PARSED = new Map<string, LanguageRange[]>();
/** Distinct headers remembered: browsers send a handful; past this, headers are parsed each time. */
const MAX_PARSED = 256;

function rangesOf(header: string): LanguageRange[] {
  let ranges = PARSED.get(header);
  if (ranges === undefined) {
    ranges = parseAcceptLanguage(header);
    if (PARSED.size < MAX_PARSED) PARSED.set(header, ranges);
  }
  return ranges;
}

/**
 * The language to serve among `available` (the policy's, its default first):
 * - no header, or one with no valid range: `fallback` (the policy's default language);
 * - else the available language with the highest weight, where a language's weight is that of the most
 *   specific range naming it: the same tag (`pl`), then a regional range of it (`pl-PL` asks for
 *   Polish, RFC 4647 §3.4 lookup), then `*`; weight 0 excludes it. Equal weights: the range listed
 *   first, then the order of `available`;
 * - null when the header names none of them with a weight above 0: the caller answers 406.
 */
export function negotiateLanguage(header: string | undefined, available: readonly string[], fallback: string): string | null {
  if (header === undefined || header === '') return fallback;
  const ranges = rangesOf(header);
  if (ranges.length === 0) return fallback;
  let best: string | null = null;
  let bestQ = 0;
  let bestAt = Number.POSITIVE_INFINITY;
  for (const language of available) {
    let q = 0;
    let at = -1;
    let specificity = -1;
    for (let i = 0; i < ranges.length; i++) {
      const { tag } = ranges[i];
      const s =
        tag === language
          ? 2
          : tag.length > language.length && tag.startsWith(language) && tag[language.length] === '-'
            ? 1
            : tag === '*'
              ? 0
              : -1;
      if (s > specificity) {
        specificity = s;
        q = ranges[i].q;
        at = i;
      }
    }
    if (specificity >= 0 && q > 0 && (q > bestQ || (q === bestQ && at < bestAt))) {
      best = language;
      bestQ = q;
      bestAt = at;
    }
  }
  return best;
}
