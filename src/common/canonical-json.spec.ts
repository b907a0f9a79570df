import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { canonicalJson, contentHash, contentHashInTurns, sha256Hex } from './canonical-json';

describe('canonicalJson', () => {
  it('sorts keys at every depth so that key order does not change the hash', () => {
    const a = { b: 1, a: { d: [{ y: 1, x: 2 }], c: null } };
    const b = { a: { c: null, d: [{ x: 2, y: 1 }] }, b: 1 };
    expect(canonicalJson(a)).toBe('{"a":{"c":null,"d":[{"x":2,"y":1}]},"b":1}');
    expect(contentHash(a)).toBe(contentHash(b));
  });
  it('keeps array order, since order is meaning', () => {
    expect(contentHash([1, 2])).not.toBe(contentHash([2, 1]));
  });
  it('drops undefined members', () => {
    expect(canonicalJson({ a: undefined, b: 2 })).toBe('{"b":2}');
  });
});

describe('contentHash', () => {
  it('equals the SHA-256 of the canonical JSON string', () => {
    const value = { z: [1, 'two', { b: null, a: new Date('2026-01-01T00:00:00Z') }], a: 'é "quoted"', n: 1.5, t: true };
    expect(contentHash(value)).toBe(sha256Hex(canonicalJson(value)));
    expect(canonicalJson(value)).toBe('{"a":"é \\"quoted\\"","n":1.5,"t":true,"z":[1,"two",{"a":"2026-01-01T00:00:00.000Z","b":null}]}');
  });

  it('equals it for a value far larger than one hashing chunk, with multi-byte text across chunk ends', () => {
    const value = Array.from({ length: 3000 }, (_, i) => ({ id: `item-${i}`, name: `Żółć ${'€'.repeat(i % 50)}`, n: i }));
    expect(canonicalJson(value).length).toBeGreaterThan(3 * 64 * 1024);
    expect(contentHash(value)).toBe(sha256Hex(canonicalJson(value)));
  });
});

describe('contentHashInTurns', () => {
  // Objects like a snapshot: members that are lists of items (with undefined and null among them), and others.
  const member = fc.oneof(
    fc.array(fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.dictionary(fc.string(), fc.jsonValue()))),
    fc.jsonValue(),
    fc.constant(undefined),
  );

  it('gives the hash contentHash gives, pausing after each item of the top-level lists', async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.string(), member), async (value) => {
        let pauses = 0;
        const hash = await contentHashInTurns(value, async () => {
          pauses += 1;
        });
        expect(hash).toBe(contentHash(value));
        const items = Object.values(value).reduce<number>((n, m) => n + (Array.isArray(m) ? m.length : 0), 0);
        expect(pauses).toBe(items);
      }),
    );
  });
});
