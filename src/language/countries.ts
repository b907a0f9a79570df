/** Region names per locale, asked of ICU once per code: an export names the same few countries on thousands of rows. */
const NAMES = new Map<string, Map<string, string>>();
const DISPLAY = new Map<string, Intl.DisplayNames>();

/**
 * "US" → "United States" in `locale` ("en" by default, as the Art. 30 export writes it; a notice passes its
 * own locale, so British English says "St Lucia"). A code Intl does not know stays as it is.
 */
export function countryName(code: string, locale = 'en'): string {
  let names = NAMES.get(locale);
  if (!names) {
    names = new Map();
    NAMES.set(locale, names);
    DISPLAY.set(locale, new Intl.DisplayNames([locale], { type: 'region' }));
  }
  let name = names.get(code);
  if (name === undefined) {
    try {
      name = DISPLAY.get(locale)?.of(code.toUpperCase()) ?? code;
    } catch {
      name = code;
    }
    // Bounded by the codes that exist (and a few malformed ones kept out by the bound).
    if (names.size < 1000) names.set(code, name);
  }
  return name;
}
