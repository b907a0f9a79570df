import { ApiPropertyOptional } from '@nestjs/swagger';
import { MAX_INT4 } from '../../common/validators';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { ENTITY_TYPES } from '../../domain/entity-types';

/** Everything the trail records: the registry, policies and their published versions. */
export const AUDITED_TYPES = [...ENTITY_TYPES, 'policy', 'policy_version'] as const;

/** A time range of the trail, both ends inclusive. */
export class AuditTimeRange {
  /** From this instant (ISO 8601, e.g. `2026-01-01T00:00:00Z`), inclusive */
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  /** Up to this instant (ISO 8601), inclusive */
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}

export class AuditEventQuery extends AuditTimeRange {
  @IsOptional()
  @IsIn(AUDITED_TYPES)
  entityType?: (typeof AUDITED_TYPES)[number];

  @IsOptional()
  @IsUUID()
  entityId?: string;

  /** The id of the API key that acted */
  @IsOptional()
  @IsUUID()
  actor?: string;

  @ApiPropertyOptional({ description: 'Page size, at most 500', default: 100, minimum: 1, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit: number = 100;

  @ApiPropertyOptional({ description: 'How many events to skip', default: 0, minimum: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_INT4)
  offset: number = 0;
}

export class AuditExportQuery extends AuditTimeRange {
  @ApiPropertyOptional({ enum: ['csv', 'json'], default: 'csv', description: '`csv`: one row per event; `json`: the events as an array' })
  @IsOptional()
  @IsIn(['csv', 'json'])
  format: 'csv' | 'json' = 'csv';
}

/** An anchor to check the chain against: a published version's `auditHead`, or a saved signed head. Both or neither. */
export class AuditVerifyQuery {
  @ApiPropertyOptional({
    description: "The anchor's event: `auditHead.sequence` of a published version (public JSON rendering) or `sequence` of a saved head",
    minimum: 1,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  anchorSequence?: number;

  @ApiPropertyOptional({
    description: "That event's hash (64 lower-case hex digits): `auditHead.hash`, or `hash` of a saved head",
    pattern: '^[0-9a-f]{64}$',
  })
  @IsOptional()
  @Matches(/^[0-9a-f]{64}$/, { message: 'anchorHash must be 64 lower-case hexadecimal digits (a SHA-256)' })
  anchorHash?: string;
}
