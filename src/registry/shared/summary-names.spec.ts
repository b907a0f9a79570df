import { describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { ListPages, RegistryVersion } from './summary-names';

/** A data source whose every statement goes to `client` (the shape `queryPrepared` reads). */
const dataSourceOf = (client: { query: () => Promise<unknown>; release: () => void }): DataSource =>
  ({ options: { type: 'postgres', driver: {} }, driver: { master: { connect: async () => client } } }) as unknown as DataSource;

/** A data source whose one statement (the registry version) answers what `version.now` holds. */
function fakeDatabase(version: { now: string; statements: number }): DataSource {
  return dataSourceOf({
    query: async () => {
      version.statements += 1;
      return { rows: [{ version: version.now }] };
    },
    release: () => undefined,
  });
}

describe('ListPages', () => {
  it('answers a page only at the registry version it was read at', async () => {
    const version = { now: '7', statements: 0 };
    const pages = new ListPages(fakeDatabase(version));
    expect(await pages.get('a')).toBeNull();
    expect(version.statements).toBe(0);
    pages.set('a', '7', { text: '{"items":[]}' });
    expect(await pages.get('a')).toEqual({ text: '{"items":[]}' });
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
    pages.set('a', '1', { text: mb(2, 'a') });
    pages.set('b', '1', { text: mb(2, 'b') });
    pages.set('c', '1', { text: mb(2, 'c') });
    expect(await pages.get('a')).not.toBeNull(); // a is now the most recently used
    pages.set('d', '1', { text: mb(2, 'd') }); // 8 MB: all kept
    expect(await pages.get('b')).not.toBeNull();
    expect(await pages.get('a')).not.toBeNull(); // c is now the least recently used
    pages.set('x', '1', { text: mb(2, 'x') }); // 10 MB: c goes
    expect(await pages.get('c')).toBeNull();
    pages.set('c', '1', { text: mb(2, 'c') }); // and now d, the least recently used
    expect(await pages.get('d')).toBeNull();
    for (const key of ['a', 'b', 'c', 'x']) expect(await pages.get(key)).not.toBeNull();
    // A page larger than a quarter of the bound is not kept at all.
    pages.set('e', '1', { text: `${mb(2, 'e')}e` });
    expect(await pages.get('e')).toBeNull();
  });
});

/** A data source whose version statements wait until the test answers them, in the order sent. */
function heldDatabase(): { dataSource: DataSource; sent: ((version: string) => void)[] } {
  const sent: ((version: string) => void)[] = [];
  const dataSource = dataSourceOf({
    query: () => new Promise((resolve) => sent.push((version) => resolve({ rows: [{ version }] }))),
    release: () => undefined,
  });
  return { dataSource, sent };
}

const ticks = async (): Promise<void> => {
  for (let i = 0; i < 10; i += 1) await Promise.resolve();
};

describe('RegistryVersion', () => {
  it('shares one statement among the requests that arrive while one is under way, and none uses a read sent before it arrived', async () => {
    const db = heldDatabase();
    const version = new RegistryVersion(db.dataSource);
    const first = version.now();
    await ticks();
    expect(db.sent).toHaveLength(1);
    // Three requests arrive while the first read is under way: they may not use it (a write may have
    // committed after it was sent), so they wait for the next read, and share it.
    const later = [version.now(), version.now(), version.now()];
    await ticks();
    expect(db.sent).toHaveLength(1);
    db.sent[0]('5');
    expect(await first).toBe('5');
    await ticks();
    expect(db.sent).toHaveLength(2);
    db.sent[1]('6');
    expect(await Promise.all(later)).toEqual(['6', '6', '6']);
    // Nothing under way: the next request sends its own read at once.
    const alone = version.now();
    await ticks();
    expect(db.sent).toHaveLength(3);
    db.sent[2]('6');
    expect(await alone).toBe('6');
  });

  it('sends the next read when the one under way fails, and hands each waiter its own outcome', async () => {
    const failing: ((error?: Error) => void)[] = [];
    let calls = 0;
    const dataSource = dataSourceOf({
      query: () => {
        calls += 1;
        return calls === 1
          ? new Promise((_resolve, reject) => failing.push((error) => reject(error)))
          : Promise.resolve({ rows: [{ version: '9' }] });
      },
      release: () => undefined,
    });
    const version = new RegistryVersion(dataSource);
    const first = version.now();
    await ticks();
    const waiting = version.now();
    failing[0](new Error('connection lost'));
    await expect(first).rejects.toThrow('connection lost');
    expect(await waiting).toBe('9');
    expect(calls).toBe(2);
  });
});

describe('ListPages with concurrent reads', () => {
  it('keeps the later of two reads of the same key that finish out of order', async () => {
    const version = { now: '3', statements: 0 };
    const pages = new ListPages(fakeDatabase(version));
    pages.set('k', '3', { text: 'new', itemVersion: 2 });
    pages.set('k', '2', { text: 'old', itemVersion: 1 });
    expect(await pages.get('k')).toEqual({ text: 'new', itemVersion: 2 });
  });
});
