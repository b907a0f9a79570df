import { describe, expect, it } from '@jest/globals';
import { matchesIfMatch, versionEtag } from './etag';

describe('If-Match', () => {
  it('accepts the current version in every usual spelling', () => {
    expect(matchesIfMatch(versionEtag(3), 3)).toBe(true);
    expect(matchesIfMatch('W/"3"', 3)).toBe(true);
    expect(matchesIfMatch('3', 3)).toBe(true);
    expect(matchesIfMatch('"1", "3"', 3)).toBe(true);
    expect(matchesIfMatch('*', 3)).toBe(true);
  });
  it('refuses any other version', () => {
    expect(matchesIfMatch('"2"', 3)).toBe(false);
    expect(matchesIfMatch('"33"', 3)).toBe(false);
  });
});
