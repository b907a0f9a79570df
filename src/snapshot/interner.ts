/** Strings up to this length are shared: ids, enum values, timestamps, country codes, short names. */
const MAX_SHARED_LENGTH = 64;

/**
 * Makes equal short strings one string while a large registry is read. Parsing hands out a new
 * string for every value of every row, so a registry of 10,000 activities would otherwise hold the
 * same few hundred referenced ids and enum values some 200,000 times. Values are unchanged: only
 * their copies are shared.
 */
export class Interner {
  private readonly strings = new Map<string, string>();

  /** How many distinct strings are shared so far. */
  get size(): number {
    return this.strings.size;
  }

  string(value: string): string {
    if (value.length > MAX_SHARED_LENGTH) return value;
    const shared = this.strings.get(value);
    if (shared !== undefined) return shared;
    this.strings.set(value, value);
    return value;
  }

  /**
   * Shares the short strings of a freshly parsed JSON value in place (its arrays and objects are
   * reused, not copied) and returns it.
   */
  share<T>(value: T): T {
    if (typeof value === 'string') return this.string(value) as T;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i += 1) value[i] = this.share(value[i] as unknown);
    } else if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record)) record[key] = this.share(record[key]);
    }
    return value;
  }
}
