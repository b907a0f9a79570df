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

export type ChainVerdict =
  { ok: true; events: number; lastHash: string | null } | { ok: false; events: number; brokenAt: number; reason: string };

/** Checks links in seq order; feed it the whole trail, in pages if need be, with the state it returns. */
export class ChainVerifier {
  private expectedSeq = 1;
  private prevHash: string | null = null;
  private broken: { seq: number; reason: string } | null = null;

  add(link: ChainLink): boolean {
    if (this.broken) return false;
    const { prevHash, hash, ...content } = link;
    if (link.seq !== this.expectedSeq)
      this.broken = { seq: link.seq, reason: `expected event ${this.expectedSeq}, found ${link.seq}: events are missing` };
    else if (prevHash !== this.prevHash) this.broken = { seq: link.seq, reason: 'prevHash does not match the hash of the event before' };
    else if (chainHash(prevHash, content) !== hash)
      this.broken = { seq: link.seq, reason: 'the content does not match its hash: the event was altered' };
    this.expectedSeq += 1;
    this.prevHash = hash;
    return this.broken === null;
  }

  verdict(): ChainVerdict {
    const events = this.expectedSeq - 1;
    return this.broken
      ? { ok: false, events, brokenAt: this.broken.seq, reason: this.broken.reason }
      : { ok: true, events, lastHash: this.prevHash };
  }
}
