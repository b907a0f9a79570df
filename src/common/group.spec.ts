import { describe, expect, it } from '@jest/globals';
import { groupByEach } from './group';

describe('groupByEach', () => {
  it('lists each item under every key it names, in the items’ order, once per key', () => {
    const items = [
      { name: 'a', keys: ['x', 'y', 'x'] },
      { name: 'b', keys: ['y'] },
      { name: 'c', keys: [] },
    ];
    const groups = groupByEach(items, (i) => i.keys);
    expect([...groups.keys()]).toEqual(['x', 'y']);
    expect(groups.get('x')?.map((i) => i.name)).toEqual(['a']);
    expect(groups.get('y')?.map((i) => i.name)).toEqual(['a', 'b']);
  });

  it('keeps the identity of the items', () => {
    const item = { keys: ['k'] };
    expect(groupByEach([item], (i) => i.keys).get('k')?.[0]).toBe(item);
  });
});
