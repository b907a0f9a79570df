import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

export type ContentCoding = 'br' | 'gzip' | 'identity';

/** Below this size compression saves less than its headers cost. */
export const MIN_COMPRESSED_BYTES = 1024;

/**
 * Client's Accept-Encoding → the copy to send (RFC 9110 §12.5.3: weights, `*`, q=0 refuses). Clients send
 * a handful of distinct values, so each is parsed once; past the bound the header is parsed without being
 * remembered.
 */
const CHOSEN = new Map<string, ContentCoding>();
export function negotiateEncoding(header: string | undefined): ContentCoding {
  if (!header) return 'identity';
  const known = CHOSEN.get(header);
  if (known) return known;
  const q = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const weight = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
    q.set(name, weight ? Number(weight[1]) : 1);
  }
  const accepts = (name: string): boolean => (q.get(name) ?? q.get('*') ?? 0) > 0;
  const chosen: ContentCoding = accepts('br') ? 'br' : accepts('gzip') ? 'gzip' : 'identity';
  if (CHOSEN.size < 64) CHOSEN.set(header, chosen);
  return chosen;
}

/**
 * Compresses text once for many answers. `smallest` spends whatever it takes (an answer kept until the
 * next publication); `quick` stays within a few milliseconds for answers rebuilt after every change.
 */
export function compress(coding: 'br' | 'gzip', bytes: Buffer, effort: 'smallest' | 'quick'): Promise<Buffer> {
  if (coding === 'gzip') return gzipped(bytes, { level: effort === 'smallest' ? 9 : 6 });
  return brotli(bytes, {
    params: {
      [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT,
      [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      [zlib.BROTLI_PARAM_QUALITY]: effort === 'smallest' ? zlib.BROTLI_MAX_QUALITY : 4,
    },
  });
}

/** A text answer held in memory, and the copies made of it so far: its UTF-8 bytes and compressed ones. */
export interface HeldText {
  readonly text: string;
  copies?: Partial<Record<ContentCoding, Promise<Buffer>>>;
}

/**
 * What to send of a held text for this Accept-Encoding: its bytes, or a compressed copy, each made on the
 * first request that asks for it and kept with the text, shared by every request after it (and by those
 * arriving while it is made). Call it only for texts that are held: compressing per request costs more
 * than sending the bytes. The bytes are kept too: encoding a 136 KB page for every answer made garbage
 * that cost more than writing it.
 */
export async function heldBody(
  held: HeldText,
  acceptEncoding: string | undefined,
): Promise<{ body: string | Buffer; coding: ContentCoding }> {
  if (held.text.length < MIN_COMPRESSED_BYTES) return { body: held.text, coding: 'identity' };
  const coding = negotiateEncoding(acceptEncoding);
  const copies = (held.copies ??= {});
  const bytes = (copies.identity ??= Promise.resolve(Buffer.from(held.text, 'utf8')));
  if (coding === 'identity') return { body: await bytes, coding };
  const copy = (copies[coding] ??= bytes.then((utf8) => compress(coding, utf8, 'quick')));
  return { body: await copy, coding };
}

/** A Vary value naming `field` besides what an earlier hook (CORS: Origin) put there. */
export function varyOn(existing: number | string | string[] | undefined, field: string): string {
  const current = existing === undefined ? '' : [existing].flat().join(', ');
  if (current === '') return field;
  const named = current.toLowerCase().split(/\s*,\s*/);
  return named.includes(field.toLowerCase()) ? current : `${current}, ${field}`;
}
