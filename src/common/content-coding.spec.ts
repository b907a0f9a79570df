import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from '@jest/globals';
import { heldBody, type HeldText, negotiateEncoding, varyOn } from './content-coding';

describe('content codings', () => {
  it('sends brotli, then gzip, then the plain bytes, as Accept-Encoding allows', () => {
    expect(negotiateEncoding(undefined)).toBe('identity');
    expect(negotiateEncoding('gzip, deflate, br')).toBe('br');
    expect(negotiateEncoding('gzip, br;q=0')).toBe('gzip');
    expect(negotiateEncoding('BR;q=0.5')).toBe('br');
    expect(negotiateEncoding('*')).toBe('br');
    expect(negotiateEncoding('*;q=0, gzip')).toBe('gzip');
    expect(negotiateEncoding('deflate')).toBe('identity');
    expect(negotiateEncoding('gzip;q=0, br;q=0')).toBe('identity');
  });

  it('compresses a held text once per coding, however many ask at once, and keeps the copy with it', async () => {
    const held: HeldText = { text: JSON.stringify({ items: Array.from({ length: 200 }, (_, i) => ({ id: i, name: `Item ${i}` })) }) };
    const [a, b] = await Promise.all([heldBody(held, 'br'), heldBody(held, 'gzip, br')]);
    expect(a.coding).toBe('br');
    expect(b.body).toBe(a.body);
    expect(brotliDecompressSync(a.body as Buffer).toString('utf8')).toBe(held.text);
    const gz = await heldBody(held, 'gzip');
    expect(gunzipSync(gz.body as Buffer).toString('utf8')).toBe(held.text);
    expect(Object.keys(held.copies ?? {}).sort()).toEqual(['br', 'gzip', 'identity']);
    expect((await heldBody(held, 'gzip')).body).toBe(gz.body);
    const plain = await heldBody(held, undefined);
    expect(plain).toEqual({ body: Buffer.from(held.text, 'utf8'), coding: 'identity' });
    // The same bytes for every answer: made once, not per request.
    expect((await heldBody(held, 'identity')).body).toBe(plain.body);
  });

  it('sends a short text as it is', async () => {
    const held: HeldText = { text: '{"items":[]}' };
    expect(await heldBody(held, 'br')).toEqual({ body: held.text, coding: 'identity' });
    expect(held.copies).toBeUndefined();
  });

  it('adds a field to Vary once, after what is there', () => {
    expect(varyOn(undefined, 'Accept-Encoding')).toBe('Accept-Encoding');
    expect(varyOn('Origin', 'Accept-Encoding')).toBe('Origin, Accept-Encoding');
    expect(varyOn('origin, accept-encoding', 'Accept-Encoding')).toBe('origin, accept-encoding');
  });
});
