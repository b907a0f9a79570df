import { describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { ListPages } from './summary-names';

/** A data source whose one statement (the registry version) answers what `version.now` holds. */
function fakeDatabase(version: { now: string; statements: number }): DataSource {
  const client = {
    query: async () => {
      version.statements += 1;
      return { rows: [{ version: version.now }] };
    },
    release: () => undefined,
  };
  return { options: { type: 'postgres', driver: {} }, driver: { master: { connect: async () => client } } } as unknown as DataSource;
}

describe('ListPages', () => {
  it('answers a page only at the registry version it was read at', async () => {
    const version = { now: '7', statements: 0 };
    const pages = new ListPages(fakeDatabase(version));
    expect(await pages.get('a')).toBeNull();
    expect(version.statements).toBe(0);
    pages.set('a', '7', '{"items":[]}');
    expect(await pages.get('a')).toBe('{"items":[]}');
    expect(version.statements).toBe(1);
    version.now = '8';
    expect(await pages.get('a')).toBeNull();
    // Forgotten once stale, so the next ask reads nothing before reading the page.
    expect(await pages.get('a')).toBeNull();
    expect(version.statements).toBe(2);
  });

  it('keeps at most 8 MB of pages, the least recently used going first', async () => {
    // Pages of 2 MB (a quarter of the bound, the largest kept): four fit.
    const version = { now: '1', statements: 0 };
    const pages = new ListPages(fakeDatabase(version));
    const mb = (n: number, c: string) => c.repeat(n * 1024 * 1024);
    pages.set('a', '1', mb(2, 'a'));
    pages.set('b', '1', mb(2, 'b'));
    pages.set('c', '1', mb(2, 'c'));
    expect(await pages.get('a')).not.toBeNull(); // a is now the most recently used
    pages.set('d', '1', mb(2, 'd')); // 8 MB: all kept
    expect(await pages.get('b')).not.toBeNull();
    expect(await pages.get('a')).not.toBeNull(); // c is now the least recently used
    pages.set('x', '1', mb(2, 'x')); // 10 MB: c goes
    expect(await pages.get('c')).toBeNull();
    pages.set('c', '1', mb(2, 'c')); // and now d, the least recently used
    expect(await pages.get('d')).toBeNull();
    for (const key of ['a', 'b', 'c', 'x']) expect(await pages.get(key)).not.toBeNull();
    // A page larger than a quarter of the bound is not kept at all.
    pages.set('e', '1', `${mb(2, 'e')}e`);
    expect(await pages.get('e')).toBeNull();
  });
});
