import { describe, expect, it } from '@jest/globals';
import type { RegistrySnapshot } from '../domain/registry-snapshot';
import { VersionMemo } from './version-memo';

const at = (asOf: string) => ({ asOf }) as RegistrySnapshot;

describe('VersionMemo', () => {
  it('computes an answer once per version and day, shared by requests that ask together', async () => {
    const memo = new VersionMemo();
    let runs = 0;
    const compute = async () => ++runs;
    const answers = await Promise.all([
      memo.get(7, at('2026-12-07T10:00:00Z'), 'x', compute),
      memo.get(7, at('2026-12-07T23:00:00Z'), 'x', compute),
    ]);
    expect(answers).toEqual([1, 1]);
    expect(await memo.get(7, at('2026-12-07T12:00:00Z'), 'y', compute)).toBe(2);
  });

  it('computes again when the registry version or the day moves', async () => {
    const memo = new VersionMemo();
    let runs = 0;
    const compute = async () => ++runs;
    await memo.get(7, at('2026-12-07T10:00:00Z'), 'x', compute);
    expect(await memo.get(8, at('2026-12-07T10:00:00Z'), 'x', compute)).toBe(2);
    expect(await memo.get(8, at('2026-12-08T00:00:01Z'), 'x', compute)).toBe(3);
  });

  it('does not keep a failure: the next request computes again', async () => {
    const memo = new VersionMemo();
    let runs = 0;
    const failing = async () => {
      runs += 1;
      throw new Error('no such policy');
    };
    await expect(memo.get(1, at('2026-12-07T10:00:00Z'), 'p', failing)).rejects.toThrow('no such policy');
    await expect(memo.get(1, at('2026-12-07T10:00:00Z'), 'p', failing)).rejects.toThrow('no such policy');
    expect(runs).toBe(2);
  });
});
