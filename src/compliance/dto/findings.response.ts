import { ApiProperty } from '@nestjs/swagger';
import { ENTITY_TYPES } from '../../domain/entity-types';

export class FindingResponse {
  /** Stable rule id, listed in the README @example "activity-retention" */
  rule!: string;
  @ApiProperty({ enum: ['error', 'warning'], description: 'Errors block publishing a policy whose scope they touch' })
  severity!: 'error' | 'warning';
  /** @example "Art. 30(1)(f), 13(2)(a)" */
  article!: string;
  @ApiProperty({ enum: ENTITY_TYPES })
  entityType!: string;
  entityId!: string;
  /** The entry's ref, which a body may write instead of its id; null for the controller @example "newsletter" */
  @ApiProperty({ type: 'string', nullable: true })
  entityRef!: string | null;
  /** The entry's name; null only for an entry no longer in the registry @example "Newsletter" */
  @ApiProperty({ type: 'string', nullable: true })
  entityName!: string | null;
  message!: string;
}

export class FindingsResponse {
  @ApiProperty({ type: [FindingResponse] })
  items!: FindingResponse[];
  errors!: number;
  warnings!: number;
}

export class ComplianceRuleResponse {
  id!: string;
  @ApiProperty({ enum: ['error', 'warning'] })
  severity!: 'error' | 'warning';
  article!: string;
  description!: string;
}
