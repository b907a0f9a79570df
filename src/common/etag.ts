/** ETag of a registry item: its version, as a strong entity tag. */
export function versionEtag(version: number): string {
  return `"${version}"`;
}

/**
 * True when an If-Match header names this version by strong comparison (RFC 9110 §13.1.1, §8.8.3.2):
 * `"3"` or `*`. A weak tag (`W/"3"`) never matches, nor does a bare `3`, which is no entity tag.
 */
export function matchesIfMatch(header: string, version: number): boolean {
  const current = versionEtag(version);
  return header
    .split(',')
    .map((tag) => tag.trim())
    .some((tag) => tag === '*' || tag === current);
}
