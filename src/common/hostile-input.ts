import type { FastifyInstance, FastifyRequest } from 'fastify';
import { cooperative } from './cooperative';
import { RequestValidationError } from './errors';
import { parseObjectInSteps } from './json-in-steps';

/**
 * Hostile-input guards that run before any validator or recursive walk: the JSON parser bounds the
 * nesting depth of a body while it is still text, and `findUnstorableText` walks bodies, queries and
 * path parameters without recursion for text PostgreSQL cannot store.
 */

/** No ropa document nests deeper than ~6 levels; 32 leaves room and keeps every walk shallow. */
export const MAX_BODY_DEPTH = 32;

/** The nesting depth of a JSON text, counted without parsing it; strings are skipped. */
export function jsonDepth(text: string, limit = Infinity): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i += 1;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth += 1;
      if (depth > max) max = depth;
      if (max > limit) return max;
    } else if (c === 0x7d || c === 0x5d) depth -= 1;
  }
  return max;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why PostgreSQL cannot store this text (U+0000, or a lone UTF-16 surrogate), or null. */
function unstorable(text: string): string | null {
  if (text.includes('\u0000')) return 'must not contain the NUL character (U+0000)';
  if (LONE_SURROGATE.test(text)) return 'must not contain a lone UTF-16 surrogate (not valid Unicode)';
  return null;
}

/** The first field path holding text (a value or a key) that cannot be stored, with why; null when none. */
export function findUnstorableText(value: unknown, root = ''): { path: string; message: string } | null {
  const stack: [unknown, string][] = [[value, root]];
  while (stack.length > 0) {
    const [current, path] = stack.pop() as [unknown, string];
    if (typeof current === 'string') {
      const why = unstorable(current);
      if (why !== null) return { path, message: `${path || 'body'} ${why}` };
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i -= 1) stack.push([current[i], `${path}[${i}]`]);
    } else if (current !== null && typeof current === 'object') {
      for (const [key, member] of Object.entries(current).reverse()) {
        const at = path ? `${path}.${key}` : key;
        const why = unstorable(key);
        if (why !== null) return { path: at, message: `${at} (a key) ${why}` };
        stack.push([member, at]);
      }
    }
  }
  return null;
}

/**
 * JSON is the only body ropa reads: every other content type is a 415 (Fastify answers so when no
 * parser matches), and a body nested deeper than MAX_BODY_DEPTH is a 400 before it is parsed.
 */
export function registerJsonOnly(fastify: FastifyInstance, options: { inSteps?: string[] } = {}): void {
  const parse = fastify.getDefaultJsonParser('error', 'error');
  const inSteps = new Set(options.inSteps ?? []);
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body as string;
    if (text.length > IN_STEPS_FROM && inSteps.has(request.routeOptions.url ?? '')) {
      parseInSteps(text).then(
        (parsed) => (parsed === null ? parseWhole(text, done) : done(null, parsed)),
        (error: Error) => done(error),
      );
      return;
    }
    parseWhole(text, done);
  });
  function parseWhole(text: string, done: (error: Error | null, body?: unknown) => void): void {
    if (jsonDepth(text, MAX_BODY_DEPTH) > MAX_BODY_DEPTH) {
      done(
        new RequestValidationError(
          [{ path: '', message: `the body must not nest objects or arrays deeper than ${MAX_BODY_DEPTH} levels` }],
          `The body nests deeper than ${MAX_BODY_DEPTH} levels.`,
        ),
      );
      return;
    }
    // Fastify's default JSON parser does not read the request.
    void parse(undefined as never, text, done);
  }
  // Path parameters and query values are text too, and reach queries the same way as bodies do.
  // A callback hook, not an async one: most requests (probes, the public route, reads) have little or
  // nothing to walk, and an async hook costs each of them a promise and a microtask turn.
  fastify.addHook('preValidation', (request: FastifyRequest, _reply, done) => {
    const found =
      findUnstorableText(request.params ?? {}) ??
      findUnstorableText(request.query ?? {}) ??
      (CHECKED_BODIES.has(request.body as object) ? null : findUnstorableText(request.body));
    done(found === null ? undefined : new RequestValidationError([found]));
  });
}

/** Bodies from this size on are parsed in steps on the routes that ask for it (the whole-registry import). */
const IN_STEPS_FROM = 256 * 1024;

/** Bodies parsed in steps were checked piece by piece for depth and unstorable text: not walked again. */
const CHECKED_BODIES = new WeakSet<object>();

/**
 * A large body parsed in steps with a pause every few milliseconds, each piece checked as it comes as the
 * whole would be (depth, unstorable text), so that the process keeps answering probes and other requests
 * while a registry of 10,000 activities is read. `null`: parse it whole instead.
 */
async function parseInSteps(text: string): Promise<Record<string, unknown> | null> {
  const pause = cooperative();
  const parsed = await parseObjectInSteps(text, async (member, index, value, depth) => {
    if (depth > MAX_BODY_DEPTH)
      throw new RequestValidationError(
        [{ path: '', message: `the body must not nest objects or arrays deeper than ${MAX_BODY_DEPTH} levels` }],
        `The body nests deeper than ${MAX_BODY_DEPTH} levels.`,
      );
    const found = findUnstorableText(value, index === null ? member : `${member}[${index}]`);
    if (found !== null) throw new RequestValidationError([found]);
    await pause();
  });
  if (parsed === null) return null;
  for (const key of Object.keys(parsed)) {
    const why = unstorable(key);
    if (why !== null) throw new RequestValidationError([{ path: key, message: `${key} (a key) ${why}` }]);
  }
  CHECKED_BODIES.add(parsed);
  return parsed;
}
