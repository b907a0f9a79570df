/**
 * JSON.parse of a large document in steps, so that the process keeps serving while it parses: a JSON
 * object is split into its members, and each member that is an array into its elements, by a scan that
 * only follows strings and brackets; each piece is then given to JSON.parse on its own, and `step` is
 * called after each (the caller pauses there). A registry document of 10,000 activities is one object
 * of arrays, so no single piece takes long.
 *
 * The answer is exactly what JSON.parse gives, or `null` whenever the text is not such an object or is in
 * any way unusual (malformed, an escaped key, a key that could reach a prototype): the caller then parses
 * the whole text the ordinary way, which also raises the ordinary error.
 */
export async function parseObjectInSteps(
  text: string,
  step: (member: string, index: number | null, value: unknown, depth: number) => Promise<void> | void,
): Promise<Record<string, unknown> | null> {
  // Left to the ordinary parser, which refuses them (prototype poisoning) or decodes them (escapes).
  if (text.includes('__proto__') || text.includes('constructor') || text.includes('\\u')) return null;
  const result: Record<string, unknown> = {};
  let i = skipSpace(text, 0);
  if (text.charCodeAt(i) !== OPEN_OBJECT) return null;
  i = skipSpace(text, i + 1);
  if (text.charCodeAt(i) === CLOSE_OBJECT) return skipSpace(text, i + 1) === text.length ? result : null;
  for (;;) {
    if (text.charCodeAt(i) !== QUOTE) return null;
    const keyEnd = valueEnd(text, i);
    if (keyEnd < 0) return null;
    const key = parsePiece(text, i, keyEnd);
    if (typeof key !== 'string') return null;
    i = skipSpace(text, keyEnd);
    if (text.charCodeAt(i) !== COLON) return null;
    i = skipSpace(text, i + 1);
    let value: unknown;
    if (text.charCodeAt(i) === OPEN_ARRAY) {
      const list: unknown[] = [];
      i = skipSpace(text, i + 1);
      if (text.charCodeAt(i) === CLOSE_ARRAY) i += 1;
      else
        for (;;) {
          const end = valueEnd(text, i);
          if (end < 0) return null;
          const element = parsePiece(text, i, end);
          if (element === INVALID) return null;
          await step(key, list.length, element, 2 + lastDepth);
          list.push(element);
          i = skipSpace(text, end);
          const next = text.charCodeAt(i);
          if (next === CLOSE_ARRAY) {
            i += 1;
            break;
          }
          if (next !== COMMA) return null;
          i = skipSpace(text, i + 1);
        }
      value = list;
    } else {
      const end = valueEnd(text, i);
      if (end < 0) return null;
      value = parsePiece(text, i, end);
      if (value === INVALID) return null;
      await step(key, null, value, 1 + lastDepth);
      i = end;
    }
    // As JSON.parse does: an own property whatever the key, the last of duplicates winning.
    Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
    i = skipSpace(text, i);
    const next = text.charCodeAt(i);
    if (next === CLOSE_OBJECT) return skipSpace(text, i + 1) === text.length ? result : null;
    if (next !== COMMA) return null;
    i = skipSpace(text, i + 1);
  }
}

const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
const INVALID = Symbol('invalid');
/** The nesting depth of the value `valueEnd` last scanned (0 for a string, number, true, false or null) */
let lastDepth = 0;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i += 1;
  return i;
}

function parsePiece(text: string, start: number, end: number): unknown {
  try {
    return JSON.parse(text.slice(start, end)) as unknown;
  } catch {
    return INVALID;
  }
}

/** The index just past the JSON value that starts at `start` (strings and brackets followed, nothing checked), or -1. */
function valueEnd(text: string, start: number): number {
  const first = text.charCodeAt(start);
  lastDepth = 0;
  if (first === QUOTE) {
    for (let i = start + 1; i < text.length; i += 1) {
      const c = text.charCodeAt(i);
      if (c === BACKSLASH) i += 1;
      else if (c === QUOTE) return i + 1;
    }
    return -1;
  }
  if (first === OPEN_OBJECT || first === OPEN_ARRAY) {
    let depth = 0;
    let inString = false;
    for (let i = start; i < text.length; i += 1) {
      const c = text.charCodeAt(i);
      if (inString) {
        if (c === BACKSLASH) i += 1;
        else if (c === QUOTE) inString = false;
      } else if (c === QUOTE) inString = true;
      else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
        depth += 1;
        if (depth > lastDepth) lastDepth = depth;
      } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
        depth -= 1;
        if (depth === 0) return i + 1;
      }
    }
    return -1;
  }
  // A number, true, false or null: up to the next separator.
  let i = start;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === COMMA || c === CLOSE_OBJECT || c === CLOSE_ARRAY || isSpace(c)) break;
    i += 1;
  }
  return i > start ? i : -1;
}
