import { createHash, type Hash } from 'node:crypto';

/**
 * JSON with object keys sorted at every depth and no insignificant white space, so that equal
 * values always give equal bytes: the basis of content hashes (policy versions, audit chain).
 * `undefined` object members are dropped, as JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
  const parts: string[] = [];
  writeCanonical(value, (piece) => parts.push(piece));
  return parts.join('');
}

/** Emits the canonical JSON of a value piece by piece, so large values can be hashed without one big string. */
function writeCanonical(value: unknown, emit: (piece: string) => void): void {
  if (value instanceof Date) {
    emit(JSON.stringify(value.toISOString()));
  } else if (Array.isArray(value)) {
    emit('[');
    value.forEach((item, i) => {
      if (i > 0) emit(',');
      // JSON.stringify writes undefined array members as null.
      writeCanonical(item === undefined ? null : item, emit);
    });
    emit(']');
  } else if (value !== null && typeof value === 'object') {
    emit('{');
    members(value).forEach(([key, member], i) => {
      emit(`${i > 0 ? ',' : ''}${JSON.stringify(key)}:`);
      writeCanonical(member, emit);
    });
    emit('}');
  } else {
    emit(JSON.stringify(value) ?? 'null');
  }
}

/** An object's members as JSON writes them: keys sorted, `undefined` ones left out. */
function members(value: object): [string, unknown][] {
  const present: [string, unknown][] = [];
  for (const key of Object.keys(value).sort()) {
    const member = (value as Record<string, unknown>)[key];
    if (member !== undefined) present.push([key, member]);
  }
  return present;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Characters gathered before they go to the hash: one native call per chunk, not per JSON token. */
const HASH_CHUNK = 64 * 1024;

/** SHA-256 of canonical JSON fed a piece at a time, gathered into chunks: one native call per chunk, not per token. */
class ChunkedHash {
  private readonly hash: Hash = createHash('sha256');
  private pending: string[] = [];
  private length = 0;

  readonly emit = (piece: string): void => {
    this.pending.push(piece);
    this.length += piece.length;
    if (this.length >= HASH_CHUNK) {
      this.hash.update(this.pending.join(''), 'utf8');
      this.pending = [];
      this.length = 0;
    }
  };

  digest(): string {
    this.hash.update(this.pending.join(''), 'utf8');
    return this.hash.digest('hex');
  }
}

/** SHA-256 of the canonical JSON of a value, computed as it is written out, a chunk at a time. */
export function contentHash(value: unknown): string {
  const hash = new ChunkedHash();
  writeCanonical(value, hash.emit);
  return hash.digest();
}

/**
 * {@link contentHash} of an object whose members are mostly long lists (a registry snapshot), in turns: `pause`
 * is awaited after each item of its top-level lists, so that hashing 100,000 activities (over a second) lets the
 * event loop run. The bytes hashed are the same, and so is the hash.
 */
export async function contentHashInTurns(value: object, pause: () => Promise<void>): Promise<string> {
  const hash = new ChunkedHash();
  hash.emit('{');
  for (const [i, [key, member]] of members(value).entries()) {
    hash.emit(`${i > 0 ? ',' : ''}${JSON.stringify(key)}:`);
    if (!Array.isArray(member)) {
      writeCanonical(member, hash.emit);
      continue;
    }
    hash.emit('[');
    for (let j = 0; j < member.length; j += 1) {
      if (j > 0) hash.emit(',');
      writeCanonical((member[j] as unknown) ?? null, hash.emit);
      await pause();
    }
    hash.emit(']');
  }
  hash.emit('}');
  return hash.digest();
}
