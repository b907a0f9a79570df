import { describe, expect, it } from '@jest/globals';
import { type AuditEventContent, ChainVerifier, chainHash, type ChainLink } from './audit-chain';

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

function verify(links: ChainLink[]) {
  const verifier = new ChainVerifier();
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
