import { canonicalJson, sha256Hex } from '../common/canonical-json';
import type { AuditAction } from './audit-event.entity';

export interface AuditEventContent {
  seq: number;
  at: string;
  actorKeyId: string | null;
  actorRole: string | null;
  action: AuditAction;
  entityType: string;
  entityId: string;
  version: number;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** hash(n) = SHA-256(hash(n-1) + canonical JSON of event n): editing any event breaks every later link. */
export function chainHash(prevHash: string | null, content: AuditEventContent): string {
  return sha256Hex(`${prevHash ?? ''}\n${canonicalJson(content)}`);
}

export interface ChainLink extends AuditEventContent {
  prevHash: string | null;
  hash: string;
}

/** A point of the chain noted down elsewhere: a published version's head, or a saved signed head. */
export interface ChainAnchor {
  sequence: number;
  hash: string;
}

/** The anchor as checked: `reached` when the chain still has its event (its hash is then compared too). */
export interface AnchorCheck extends ChainAnchor {
  reached: boolean;
}

export type ChainVerdict = (
  { ok: true; events: number; lastHash: string | null } | { ok: false; events: number; brokenAt: number; reason: string }
) & { anchor?: AnchorCheck };

/**
 * The canonical string a head's signature covers: HMAC-SHA256 of it with the instance's `audit-head`
 * secret, in lower-case hex. Lines: a fixed label, the sequence, the hash (empty for an empty trail), the instant.
 */
export function headSigningString(head: { sequence: number; hash: string | null; at: string }): string {
  return `ropa-audit-head:v1\n${head.sequence}\n${head.hash ?? ''}\n${head.at}`;
}

/**
 * Checks links in seq order; feed it the whole trail, in pages if need be, with the state it returns.
 * With an anchor, the chain must also reach the anchor's event and have its hash there: a chain can
 * prove that no event was altered or removed before its end, never that its end was not cut off.
 */
export class ChainVerifier {
  private expectedSeq = 1;
  private prevHash: string | null = null;
  private broken: { seq: number; reason: string } | null = null;
  /** The hash found at the anchor's sequence, once reached */
  private anchorFound: string | undefined;

  constructor(private readonly anchor?: ChainAnchor) {}

  add(link: ChainLink): boolean {
    if (this.broken) return false;
    const { prevHash, hash, ...content } = link;
    if (link.seq !== this.expectedSeq)
      this.broken = { seq: link.seq, reason: `expected event ${this.expectedSeq}, found ${link.seq}: events are missing` };
    else if (prevHash !== this.prevHash) this.broken = { seq: link.seq, reason: 'prevHash does not match the hash of the event before' };
    else if (chainHash(prevHash, content) !== hash)
      this.broken = { seq: link.seq, reason: 'the content does not match its hash: the event was altered' };
    else if (link.seq === this.anchor?.sequence) this.anchorFound = hash;
    this.expectedSeq += 1;
    this.prevHash = hash;
    return this.broken === null;
  }

  verdict(): ChainVerdict {
    const events = this.expectedSeq - 1;
    const base: ChainVerdict = this.broken
      ? { ok: false, events, brokenAt: this.broken.seq, reason: this.broken.reason }
      : { ok: true, events, lastHash: this.prevHash };
    if (!this.anchor) return base;
    const { sequence, hash } = this.anchor;
    const anchor = { sequence, hash, reached: this.anchorFound !== undefined };
    if (!base.ok) return { ...base, anchor };
    if (!anchor.reached)
      return {
        ok: false,
        events,
        brokenAt: events + 1,
        reason: `the chain ends at event ${events}, before the anchor's event ${sequence}: events were removed from its end`,
        anchor,
      };
    if (this.anchorFound !== hash)
      return {
        ok: false,
        events,
        brokenAt: sequence,
        reason: `event ${sequence} does not have the anchor's hash: the trail was rewritten up to it, or the anchor is not of this trail`,
        anchor,
      };
    return { ...base, anchor };
  }
}
