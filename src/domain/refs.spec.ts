import { describe, expect, it } from '@jest/globals';
import { assignRefs, isValidRef, refBase, slugify, uniqueRef } from './refs';

describe('slugify', () => {
  it.each([
    ['Contact details', 'contact-details'],
    ['  Dane kontaktowe — e-mail & telefon ', 'dane-kontaktowe-e-mail-telefon'],
    ['Łódź Żółć', 'lodz-zolc'],
    ['Straße Ærø Œuvre', 'strasse-aero-oeuvre'],
    ['Café crème', 'cafe-creme'],
    ['Art. 6(1)(f) interests', 'art-6-1-f-interests'],
    ['---', ''],
    ['日本語', ''],
  ])('%j → %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('cuts at 63 characters without leaving a hyphen at the end', () => {
    const slug = slugify(`${'a'.repeat(62)} b`);
    expect(slug).toBe('a'.repeat(62));
    expect(slugify('x'.repeat(100))).toHaveLength(63);
  });
});

describe('refBase', () => {
  it('is the slug of the name', () => {
    expect(refBase('Contact details', 'data_category')).toBe('contact-details');
  });

  it('falls back to the entity type when the name has no latin letter or digit', () => {
    expect(refBase('日本語', 'data_category')).toBe('data-category');
  });

  it('never gives a ref in the shape of a UUID, which a link would read as an id', () => {
    const uuidName = '6f1c2a52-2a4f-4f59-9d1f-6c2d7a0e8b11';
    expect(refBase(uuidName, 'service')).toBe(`x-${uuidName}`);
    expect(isValidRef(refBase(uuidName, 'service'))).toBe(true);
  });
});

describe('uniqueRef', () => {
  it('keeps a free base and numbers a taken one from 2', () => {
    expect(uniqueRef('contact', new Set())).toBe('contact');
    expect(uniqueRef('contact', new Set(['contact']))).toBe('contact-2');
    expect(uniqueRef('contact', new Set(['contact', 'contact-2', 'contact-3']))).toBe('contact-4');
  });

  it('shortens a long base so that its number fits in 63 characters', () => {
    const base = 'a'.repeat(63);
    const ref = uniqueRef(base, new Set([base]));
    expect(ref).toBe(`${'a'.repeat(61)}-2`);
    expect(isValidRef(ref)).toBe(true);
  });
});

describe('assignRefs', () => {
  it('keeps given refs, makes the others from their names, and never gives one twice', () => {
    const taken = new Set(['contact-details']);
    const refs = assignRefs(
      [
        { name: 'Contact details', type: 'data_category' },
        { given: 'contact-details-2', name: 'Anything', type: 'data_category' },
        { name: 'Contact details', type: 'data_category' },
        { given: null, name: 'Identity', type: 'data_category' },
      ],
      taken,
    );
    expect(refs).toEqual(['contact-details-3', 'contact-details-2', 'contact-details-4', 'identity']);
    expect(new Set(refs).size).toBe(refs.length);
  });
});

describe('isValidRef', () => {
  it.each(['a', 'contact-details', 'cat-2', '0-day'])('accepts %j', (ref) => expect(isValidRef(ref)).toBe(true));
  it.each(['', '-a', 'Contact', 'a_b', 'a b', 'ą', 'x'.repeat(64), '6f1c2a52-2a4f-4f59-9d1f-6c2d7a0e8b11'])('refuses %j', (ref) =>
    expect(isValidRef(ref)).toBe(false),
  );
});
