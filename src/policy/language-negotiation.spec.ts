import { describe, expect, it } from '@jest/globals';
import { negotiateLanguage, parseAcceptLanguage } from './language-negotiation';

describe('Accept-Language negotiation', () => {
  const enPl = ['en', 'pl'] as const;

  it('serves the default language when the reader names none', () => {
    expect(negotiateLanguage(undefined, enPl, 'en')).toBe('en');
    expect(negotiateLanguage('', enPl, 'en')).toBe('en');
    expect(negotiateLanguage(';;;, =', enPl, 'en')).toBe('en');
  });

  it('takes the highest weight, a regional range asking for its language', () => {
    expect(negotiateLanguage('pl-PL,pl;q=0.9,en;q=0.5', enPl, 'en')).toBe('pl');
    expect(negotiateLanguage('pl-PL', enPl, 'en')).toBe('pl');
    expect(negotiateLanguage('en;q=0.8, pl;q=0.9', enPl, 'en')).toBe('pl');
    expect(negotiateLanguage('PL', enPl, 'en')).toBe('pl');
  });

  it('keeps the order of the header between equal weights, and the default language for *', () => {
    expect(negotiateLanguage('pl, en', enPl, 'en')).toBe('pl');
    expect(negotiateLanguage('en, pl', enPl, 'en')).toBe('en');
    expect(negotiateLanguage('fr, *;q=0.1', ['pl', 'en'], 'pl')).toBe('pl');
  });

  it('lets the most specific range decide, q=0 excluding a language', () => {
    expect(negotiateLanguage('*, en;q=0', enPl, 'en')).toBe('pl');
    expect(negotiateLanguage('pl;q=0, pl-PL', enPl, 'en')).toBeNull();
    expect(negotiateLanguage('de-AT;q=0.2, pl;q=0.1', ['en', 'pl', 'de'], 'en')).toBe('de');
  });

  it('answers null (406) when only other languages are acceptable', () => {
    expect(negotiateLanguage('fr', enPl, 'en')).toBeNull();
    expect(negotiateLanguage('fr, de;q=0', ['en', 'de'], 'en')).toBeNull();
    expect(negotiateLanguage('en-GB;q=0', ['en'], 'en')).toBeNull();
    // `english` is no prefix of a range for `en`: only a whole subtag matches.
    expect(negotiateLanguage('english', ['en'], 'en')).toBeNull();
  });

  it('leaves out ranges and weights that do not parse', () => {
    expect(parseAcceptLanguage('pl;q=2, en;q=0.5, de;foo=1, 12, fr-CA')).toEqual([
      { tag: 'en', q: 0.5 },
      { tag: 'fr-ca', q: 1 },
    ]);
  });
});
