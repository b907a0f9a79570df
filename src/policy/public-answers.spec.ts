import { describe, expect, it } from '@jest/globals';
import { heldCoding } from './public-answers';
import { RequestValidationError } from '../common/errors';
import { parseLayerQuery, parsePublicPolicyQuery } from './public-policies.controller';

describe('the public route, checked by hand', () => {
  it('takes the defaults, and each valid value', () => {
    expect(parsePublicPolicyQuery({})).toEqual({ lang: undefined, format: 'html', standalone: false });
    expect(parsePublicPolicyQuery({ lang: 'en', format: 'md', standalone: 'true' })).toEqual({
      lang: 'en',
      format: 'md',
      standalone: true,
    });
  });

  it('names every invalid or unknown parameter, and a repeated one', () => {
    expect(parsePublicPolicyQuery({ format: 'pdf', standalone: '1', x: 'y', lang: ['en', 'en'] })).toEqual([
      { path: 'format', message: 'format must be one of the following values: md, html, txt, json' },
      { path: 'standalone', message: 'standalone must be a boolean value' },
      { path: 'x', message: 'property x should not exist' },
      { path: 'lang', message: 'lang must be one of the following values: en, pl, de' },
    ]);
  });
});

describe('the query of the policy and of its layers, one rule', () => {
  const refusal = (query: Record<string, unknown>, options?: { wholePage: boolean }): unknown => {
    try {
      parseLayerQuery(query, options);
    } catch (error) {
      return error instanceof RequestValidationError ? error.errors : error;
    }
    return undefined;
  };

  it('takes standalone where the answer can be a whole page, and refuses it on a layer that is always a fragment', () => {
    expect(parseLayerQuery({ format: 'html', standalone: 'true' }, { wholePage: true })).toEqual({
      lang: undefined,
      format: 'html',
      standalone: true,
    });
    // Whatever its value: a layer's document declares no standalone.
    for (const standalone of ['true', 'false', '1', ''])
      expect(refusal({ standalone })).toEqual([{ path: 'standalone', message: 'property standalone should not exist' }]);
    expect(refusal({ standalone: 'false', format: 'pdf' })).toEqual([
      { path: 'format', message: 'format must be one of the following values: md, html, txt, json' },
      { path: 'standalone', message: 'property standalone should not exist' },
    ]);
    expect(parseLayerQuery({ lang: 'pl', format: 'md' })).toEqual({ lang: 'pl', format: 'md', standalone: false });
  });

  it('refuses every parameter the hand-made check names, on the policy as on a layer', () => {
    for (const options of [{ wholePage: true }, { wholePage: false }]) {
      expect(refusal({ format: 'pdf', x: 'y' }, options)).toEqual([
        { path: 'format', message: 'format must be one of the following values: md, html, txt, json' },
        { path: 'x', message: 'property x should not exist' },
      ]);
    }
  });
});

describe('conditional requests on the public route', () => {
  const answer = {
    etags: { identity: '"abc.html"', br: '"abc.html.br"', gzip: '"abc.html.gzip"' },
    // Last-Modified: Tue, 01 Sep 2026 10:00:00 GMT
    lastModifiedSeconds: Date.parse('2026-09-01T10:00:00Z') / 1000,
  };

  it('answers 304 to the ETag of any coding, naming the copy the client holds', () => {
    expect(heldCoding({ 'if-none-match': '"abc.html.br"' }, answer, 'br')).toBe('br');
    expect(heldCoding({ 'if-none-match': '"abc.html.gzip"' }, answer, 'br')).toBe('gzip');
    expect(heldCoding({ 'if-none-match': 'W/"abc.html"' }, answer, 'gzip')).toBe('identity');
    expect(heldCoding({ 'if-none-match': '"abc.html.gzip", "abc.html.br"' }, answer, 'br')).toBe('br');
    expect(heldCoding({ 'if-none-match': '*' }, answer, 'gzip')).toBe('gzip');
    expect(heldCoding({ 'if-none-match': '"abc.md", "other"' }, answer, 'identity')).toBeNull();
  });

  it('honours If-Modified-Since, in whole seconds, only without If-None-Match, and ignores an invalid date', () => {
    expect(heldCoding({ 'if-modified-since': 'Tue, 01 Sep 2026 10:00:00 GMT' }, answer, 'br')).toBe('br');
    expect(heldCoding({ 'if-modified-since': 'Wed, 02 Sep 2026 08:00:00 GMT' }, answer, 'identity')).toBe('identity');
    expect(heldCoding({ 'if-modified-since': 'Tue, 01 Sep 2026 09:59:59 GMT' }, answer, 'br')).toBeNull();
    expect(heldCoding({ 'if-modified-since': 'yesterday' }, answer, 'br')).toBeNull();
    // If-None-Match wins (RFC 9110 §13.2.2): a stale tag is a 200 whatever the date says.
    expect(heldCoding({ 'if-none-match': '"old"', 'if-modified-since': 'Wed, 02 Sep 2026 08:00:00 GMT' }, answer, 'br')).toBeNull();
  });
});
