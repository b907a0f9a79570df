import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parseObjectInSteps } from './json-in-steps';

const noStep = () => undefined;

describe('parseObjectInSteps', () => {
  it('gives exactly what JSON.parse gives for any object, however it is spaced', async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.string(), fc.jsonValue()), fc.boolean(), async (value, spaced) => {
        const text = JSON.stringify(value, null, spaced ? 2 : undefined);
        const parsed = await parseObjectInSteps(text, noStep);
        // Texts it leaves to the ordinary parser (escapes, prototype keys) answer null, never another value.
        if (parsed !== null) expect(parsed).toStrictEqual(JSON.parse(text));
      }),
      { numRuns: 300 },
    );
  });

  it('steps through each element of each array member with its path and depth', async () => {
    const seen: string[] = [];
    const parsed = await parseObjectInSteps(
      '{"format":"x","items":[{"a":[1]},2],"empty":[],"o":{"b":{}}}',
      (member, index, value, depth) => {
        seen.push(`${member}${index === null ? '' : `[${index}]`}:${JSON.stringify(value)}@${depth}`);
      },
    );
    expect(parsed).toEqual({ format: 'x', items: [{ a: [1] }, 2], empty: [], o: { b: {} } });
    expect(seen).toEqual(['format:"x"@1', 'items[0]:{"a":[1]}@4', 'items[1]:2@2', 'o:{"b":{}}@3']);
  });

  it('answers null for what the ordinary parser must judge: malformed text, arrays, prototype keys, escapes', async () => {
    for (const text of [
      '',
      '[1,2]',
      '{"a":[1,2}',
      '{"a":1,}',
      '{"a":1} x',
      '{"a" 1}',
      '{"a":[1,,2]}',
      '{"a":tru}',
      '{"__proto__":{"x":1}}',
      '{"a":[{"constructor":{"prototype":{}}}]}',
      '{"\\u0061":1}',
    ])
      expect(await parseObjectInSteps(text, noStep)).toBeNull();
  });

  it('keeps the last of duplicate keys, as JSON.parse does', async () => {
    expect(await parseObjectInSteps('{"a":[1],"a":[2]}', noStep)).toEqual({ a: [2] });
  });

  it('lets a refusal of one piece end the parse', async () => {
    const refused = parseObjectInSteps('{"items":[1,2,3]}', (_member, index) => {
      if (index === 1) throw new Error('refused at items[1]');
    });
    await expect(refused).rejects.toThrow('refused at items[1]');
  });
});
