import { describe, expect, it } from '@jest/globals';
import { findUnstorableText, jsonDepth } from './hostile-input';

describe('findUnstorableText', () => {
  it('names the path of the first NUL character, in a value or a key', () => {
    expect(findUnstorableText({ a: 'ok', b: [{ c: 'x\u0000y' }] })?.path).toBe('b[0].c');
    expect(findUnstorableText({ ['k\u0000']: 1 })?.path).toBe('k\u0000');
    expect(findUnstorableText({ a: ['fine', 2, null] })).toBeNull();
  });

  it('names a lone surrogate, high or low, but accepts a surrogate pair', () => {
    expect(findUnstorableText({ name: 'a\ud800' })).toEqual({
      path: 'name',
      message: 'name must not contain a lone UTF-16 surrogate (not valid Unicode)',
    });
    expect(findUnstorableText({ list: ['\udc00b'] })?.path).toBe('list[0]');
    expect(findUnstorableText({ emoji: '😀 \ud83d\ude00' })).toBeNull();
  });

  it('walks 100,000 levels of nesting without exhausting the stack', () => {
    let deep: unknown = 'x\u0000';
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    expect(findUnstorableText(deep)?.path.startsWith('[0][0]')).toBe(true);
  });
});

describe('jsonDepth', () => {
  it('counts nesting outside strings only', () => {
    expect(jsonDepth('{"a":[1,{"b":"[[[{"}]}')).toBe(3);
    expect(jsonDepth('"\\"[["')).toBe(0);
    expect(jsonDepth('['.repeat(10_000), 32)).toBe(33);
  });
});
