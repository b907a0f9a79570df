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
    let first = true;
    for (const key of Object.keys(value).sort()) {
      const member = (value as Record<string, unknown>)[key];
      if (member === undefined) continue;
      emit(`${first ? '' : ','}${JSON.stringify(key)}:`);
      writeCanonical(member, emit);
      first = false;
    }
    emit('}');
  } else {
    emit(JSON.stringify(value) ?? 'null');
  }
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Characters gathered before they go to the hash: one native call per chunk, not per JSON token. */
const HASH_CHUNK = 64 * 1024;

/** SHA-256 of the canonical JSON of a value, computed as it is written out, a chunk at a time. */
export function contentHash(value: unknown): string {
  const hash: Hash = createHash('sha256');
  let pending: string[] = [];
  let length = 0;
  writeCanonical(value, (piece) => {
    pending.push(piece);
    length += piece.length;
    if (length >= HASH_CHUNK) {
      hash.update(pending.join(''), 'utf8');
      pending = [];
      length = 0;
    }
  });
  hash.update(pending.join(''), 'utf8');
  return hash.digest('hex');
}
