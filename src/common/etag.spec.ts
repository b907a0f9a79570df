import { describe, expect, it } from '@jest/globals';
import { matchesIfMatch, versionEtag } from './etag';

describe('If-Match', () => {
  it('accepts the current version as a strong tag, in a list, or *', () => {
    expect(matchesIfMatch(versionEtag(3), 3)).toBe(true);
    expect(matchesIfMatch('"1", "3"', 3)).toBe(true);
    expect(matchesIfMatch('*', 3)).toBe(true);
  });
  it('refuses a weak tag of the current version: If-Match compares strongly (RFC 9110 §13.1.1)', () => {
    expect(matchesIfMatch('W/"3"', 3)).toBe(false);
    expect(matchesIfMatch('W/"1", W/"3"', 3)).toBe(false);
  });
  it('refuses any other version, and a bare number, which is not an entity tag', () => {
    expect(matchesIfMatch('"2"', 3)).toBe(false);
    expect(matchesIfMatch('"33"', 3)).toBe(false);
    expect(matchesIfMatch('3', 3)).toBe(false);
  });
});
