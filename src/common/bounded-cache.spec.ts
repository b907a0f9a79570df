import { describe, expect, it } from '@jest/globals';
import { BoundedCache } from './bounded-cache';

describe('BoundedCache', () => {
  it('evicts the least recently used entries beyond its size', () => {
    const cache = new BoundedCache(10);
    cache.set('a', '12345');
    cache.set('b', '12345');
    expect(cache.get('a')).toBe('12345');
    cache.set('c', '123');
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe('12345');
    expect(cache.get('c')).toBe('123');
  });
  it('keeps nothing larger than its whole size', () => {
    const cache = new BoundedCache(3);
    cache.set('big', '1234');
    expect(cache.get('big')).toBeUndefined();
  });
});
