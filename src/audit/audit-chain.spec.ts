import { describe, expect, it } from '@jest/globals';
import { createHmac } from 'node:crypto';
import { type AuditEventContent, type ChainAnchor, ChainVerifier, chainHash, type ChainLink, headSigningString } from './audit-chain';

function chain(count: number): ChainLink[] {
  const links: ChainLink[] = [];
  let prevHash: string | null = null;
  for (let seq = 1; seq <= count; seq += 1) {
    const content: AuditEventContent = {
      seq,
      at: `2026-01-0${seq}T00:00:00.000Z`,
      actorKeyId: null,
      actorRole: 'dpo',
      action: 'create',
      entityType: 'service',
      entityId: `id-${seq}`,
      version: 1,
      before: null,
      after: { name: `Service ${seq}` },
    };
    const hash = chainHash(prevHash, content);
    links.push({ ...content, prevHash, hash });
    prevHash = hash;
  }
  return links;
}

function verify(links: ChainLink[], anchor?: ChainAnchor) {
  const verifier = new ChainVerifier(anchor);
  links.forEach((link) => verifier.add(link));
  return verifier.verdict();
}

describe('audit hash chain', () => {
  it('accepts an untouched chain', () => {
    expect(verify(chain(4))).toEqual({ ok: true, events: 4, lastHash: chain(4)[3].hash });
  });
  it('names the first event whose content was altered', () => {
    const links = chain(4);
    links[2] = { ...links[2], after: { name: 'Edited behind the API' } };
    expect(verify(links)).toMatchObject({ ok: false, brokenAt: 3 });
  });
  it('detects a removed event', () => {
    const links = chain(4);
    links.splice(1, 1);
    expect(verify(links)).toMatchObject({ ok: false, brokenAt: 3 });
  });
  it('detects a recomputed hash that no longer links to its predecessor', () => {
    const links = chain(3);
    const { prevHash: _prev, hash: _hash, ...content } = links[1];
    links[1] = { ...links[1], after: { name: 'x' }, hash: chainHash(links[1].prevHash, { ...content, after: { name: 'x' } }) };
    expect(verify(links)).toMatchObject({ ok: false, brokenAt: 3 });
  });
});

describe('an anchored chain: truncation is detected against a point noted down elsewhere', () => {
  const full = chain(6);
  const anchor = { sequence: 4, hash: full[3].hash };

  it('passes while the chain reaches the anchor with its hash', () => {
    expect(verify(full, anchor)).toEqual({ ok: true, events: 6, lastHash: full[5].hash, anchor: { ...anchor, reached: true } });
    expect(verify(full.slice(0, 4), anchor)).toMatchObject({ ok: true, events: 4, anchor: { reached: true } });
  });

  it('fails when the last events were removed, which the chain alone cannot see', () => {
    const truncated = full.slice(0, 3);
    expect(verify(truncated)).toMatchObject({ ok: true, events: 3 });
    expect(verify(truncated, anchor)).toEqual({
      ok: false,
      events: 3,
      brokenAt: 4,
      reason: "the chain ends at event 3, before the anchor's event 4: events were removed from its end",
      anchor: { ...anchor, reached: false },
    });
  });

  it("fails when the event at the anchor's sequence has another hash (a rewritten trail, or another trail's anchor)", () => {
    const other = { sequence: 4, hash: 'f'.repeat(64) };
    expect(verify(full, other)).toMatchObject({ ok: false, brokenAt: 4, anchor: { ...other, reached: true } });
  });

  it('reports the anchor beside a chain broken before it', () => {
    const links = chain(6);
    links[1] = { ...links[1], after: { name: 'Edited' } };
    expect(verify(links, anchor)).toMatchObject({ ok: false, brokenAt: 2, anchor: { reached: false } });
  });

  it('signs a head over a documented canonical string', () => {
    const head = { sequence: 12, hash: full[5].hash, at: '2026-09-01T10:00:00.000Z' };
    expect(headSigningString(head)).toBe(`ropa-audit-head:v1\n12\n${full[5].hash}\n2026-09-01T10:00:00.000Z`);
    expect(headSigningString({ sequence: 0, hash: null, at: head.at })).toBe('ropa-audit-head:v1\n0\n\n2026-09-01T10:00:00.000Z');
    // The same bytes as `printf 'ropa-audit-head:v1\n0\n\n2026-09-01T10:00:00.000Z' | openssl dgst -sha256 -mac HMAC -macopt hexkey:0101…01`.
    expect(
      createHmac('sha256', Buffer.alloc(32, 1))
        .update(headSigningString({ sequence: 0, hash: null, at: head.at }))
        .digest('hex'),
    ).toBe('23b6bdd600573a71a46e842a2896cebbcd1c261fe590a28fdbe158abbee42e99');
  });
});
