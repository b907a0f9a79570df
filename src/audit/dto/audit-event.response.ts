import { ApiProperty } from '@nestjs/swagger';
import { AUDIT_ACTIONS, type AuditAction } from '../audit-event.entity';

export class AuditEventResponse {
  /** Position in the hash chain, from 1 without gaps */
  seq!: number;
  at!: string;
  /** The API key that acted; null for the system (example loading) */
  actorKeyId!: string | null;
  actorRole!: string | null;
  @ApiProperty({ enum: AUDIT_ACTIONS })
  action!: AuditAction;
  entityType!: string;
  entityId!: string;
  version!: number;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true })
  before!: Record<string, unknown> | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true })
  after!: Record<string, unknown> | null;
  prevHash!: string | null;
  /** SHA-256 of prevHash and this event's canonical JSON */
  hash!: string;
}

export class AuditEventPage {
  @ApiProperty({ type: [AuditEventResponse] })
  items!: AuditEventResponse[];
  total!: number;
  limit!: number;
  offset!: number;
}

export class AnchorCheckResponse {
  /** The anchor's event */
  sequence!: number;
  /** The hash the anchor says that event has */
  hash!: string;
  /** true when the chain still has that event (its hash is compared too: a different one makes `ok` false) */
  reached!: boolean;
}

export class ChainVerdictResponse {
  /** true when every event matches its hash and links to the one before, and the chain reaches the anchor with its hash when one is given */
  ok!: boolean;
  /** Events checked */
  events!: number;
  /** The hash of the last event, to note down and compare later (ok only) */
  lastHash?: string | null;
  /** The first event that does not verify (not ok only) */
  brokenAt?: number;
  reason?: string;
  /** The anchor checked, when one was given */
  anchor?: AnchorCheckResponse;
}

export class AuditHeadResponse {
  /**
   * The last event's position in the chain (0 while the trail is empty)
   * @example 1289
   */
  sequence!: number;
  /**
   * The last event's hash (null while the trail is empty)
   * @example "5f0c2b7e3a9d41c8b6e2f7a1d3c5e9b0a4f6d8c2e1b3a5f7d9c0e2a4b6c8d0e1"
   */
  hash!: string | null;
  /** When the head was read and signed */
  at!: string;
  /**
   * HMAC-SHA256, lower-case hex, with the instance's `audit-head` secret over
   * `ropa-audit-head:v1\n<sequence>\n<hash>\n<at>` (an empty line for a null hash)
   * @example "23b6bdd600573a71a46e842a2896cebbcd1c261fe590a28fdbe158abbee42e99"
   */
  signature!: string;
}
