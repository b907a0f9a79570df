/**
 * A registry entry's `ref`: a short, human-readable key, unique within its type, that a DPO can type
 * wherever an id of that type is asked for ("contact-details" instead of a UUID). Lower-case letters,
 * digits and hyphens, at most 63 characters, starting with a letter or digit.
 */
export const REF_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;
export const REF_MAX_LENGTH = 63;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A UUID, which a body's link field reads as an id (never as a ref: refs in the shape of a UUID are refused). */
export const isUuid = (value: string): boolean => UUID.test(value);

/** A value a ref may take: the pattern, and not the shape of a UUID, so that an id and a ref are never confused. */
export const isValidRef = (value: string): boolean => REF_PATTERN.test(value) && !isUuid(value);

/**
 * The slug of a text: diacritics stripped ("Łódź" → "lodz"), lower case, every run of other characters a
 * hyphen, no hyphen at either end, cut at 63 characters. Empty when the text has no letter or digit of
 * the Latin alphabet.
 */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    // Letters NFKD does not decompose into a base letter and a mark.
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/[đĐ]/g, 'd')
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[œŒ]/g, 'oe')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '');
  return slug.slice(0, REF_MAX_LENGTH).replace(/-+$/, '');
}

/**
 * The ref an entry gets when none is given: the slug of its name, or of its type when the name has
 * none (its entity type: "data-category"); a slug that reads as a UUID gets an `x-` in front. Not yet de-duplicated.
 */
export function refBase(name: string, type: string): string {
  const slug = slugify(name);
  if (slug === '') return type.replace(/_/g, '-');
  return isUuid(slug) ? `x-${slug}`.slice(0, REF_MAX_LENGTH) : slug;
}

/**
 * `base`, or the first of `base-2`, `base-3`… that `taken` does not hold, cut so that it stays within
 * 63 characters (a base that is cut loses its end, not its number).
 */
export function uniqueRef(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, REF_MAX_LENGTH - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * Refs for entries in order (e.g. by creation): each keeps its `given` ref when it has one, the others get
 * the first free ref of their name's slug. `taken` holds the refs already in use and is extended.
 */
export function assignRefs(entries: readonly { given?: string | null; name: string; type: string }[], taken: Set<string>): string[] {
  for (const entry of entries) if (entry.given) taken.add(entry.given);
  return entries.map((entry) => {
    if (entry.given) return entry.given;
    const ref = uniqueRef(refBase(entry.name, entry.type), taken);
    taken.add(ref);
    return ref;
  });
}
