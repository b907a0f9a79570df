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

export class ChainVerdictResponse {
  /** true when every event matches its hash and links to the one before */
  ok!: boolean;
  /** Events checked */
  events!: number;
  /** The hash of the last event, to note down and compare later (ok only) */
  lastHash?: string | null;
  /** The first event that does not verify (not ok only) */
  brokenAt?: number;
  reason?: string;
}
