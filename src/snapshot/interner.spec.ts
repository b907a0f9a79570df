import { describe, expect, it } from '@jest/globals';
import { Interner } from './interner';

describe('Interner', () => {
  it('leaves every value of a parsed row as it was', () => {
    const text = JSON.stringify({
      id: 'a',
      name: 'Newsletter',
      ids: ['x', 'y'],
      nested: [{ dataCategoryId: 'x', retentionRuleId: 'r' }],
      flag: false,
      count: 3,
      none: null,
      requirement: { kind: 'contractual', consequences: 'We cannot send it.' },
    });
    const row = JSON.parse(text) as Record<string, unknown>;
    const shared = new Interner().share(row);
    expect(shared).toBe(row);
    expect(shared).toEqual(JSON.parse(text));
  });

  it('keeps one copy of each distinct short string, and none of the long ones', () => {
    const interner = new Interner();
    const id = '3f1c2a52-0000-4000-8000-000000000001';
    const rows = [
      { id, role: 'controller', purpose: 'x'.repeat(65), ids: [id] },
      { id: `${id.slice(0, 18)}${id.slice(18)}`, role: 'controller', purpose: 'y'.repeat(65), ids: [id, 'controller'] },
    ].map((row) => interner.share(row));
    expect(rows[1]).toEqual({ id, role: 'controller', purpose: 'y'.repeat(65), ids: [id, 'controller'] });
    // the id and 'controller'; the two 65-character purposes are not kept
    expect(interner.size).toBe(2);
  });
});
