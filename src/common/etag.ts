/** ETag of a registry item: its version, as a strong entity tag. */
export function versionEtag(version: number): string {
  return `"${version}"`;
}

/** True when an If-Match header names this version (`"3"`, `W/"3"`, `3` or `*`). */
export function matchesIfMatch(header: string, version: number): boolean {
  return header
    .split(',')
    .map((tag) =>
      tag
        .trim()
        .replace(/^W\//, '')
        .replace(/^"(.*)"$/, '$1'),
    )
    .some((tag) => tag === '*' || tag === String(version));
}
