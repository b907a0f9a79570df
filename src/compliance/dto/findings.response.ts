import { FINDING_LAWS, type FindingLaw } from '../../domain/vocabulary';
import { ApiProperty } from '@nestjs/swagger';
import { ENTITY_TYPES } from '../../domain/entity-types';

export class FindingResponse {
  /** Stable rule id, listed in the README @example "activity-retention" */
  rule!: string;
  @ApiProperty({ enum: ['error', 'warning'], description: 'Errors block publishing a policy whose scope they touch' })
  severity!: 'error' | 'warning';
  /** @example "Art. 30(1)(f), 13(2)(a)" */
  article!: string;
  @ApiProperty({ enum: FINDING_LAWS, description: 'The law the rule enforces; a rule runs only where its law applies', example: 'gdpr' })
  law!: FindingLaw;
  @ApiProperty({ enum: [...ENTITY_TYPES, 'policy'], description: "The entry at fault; `policy` for a policy's own text (its title)" })
  entityType!: string;
  entityId!: string;
  /** The entry's ref, which a body may write instead of its id; null for the controller and a policy @example "newsletter" */
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
  @ApiProperty({ enum: FINDING_LAWS, description: 'The law the rule enforces', example: 'gdpr' })
  law!: FindingLaw;
  description!: string;
}

export class RecordCountsResponse {
  services!: number;
  dataSubjectCategories!: number;
  dataCategories!: number;
  recipients!: number;
  transfers!: number;
  retentionRules!: number;
  securityMeasures!: number;
  trackers!: number;
  activeProcessingActivities!: number;
  retiredProcessingActivities!: number;
}

export class EntryHealthResponse {
  @ApiProperty({ enum: [...ENTITY_TYPES, 'policy'] })
  entityType!: string;
  entityId!: string;
  /** The entry's ref; null for the controller and a policy @example "act-contact" */
  @ApiProperty({ type: 'string', nullable: true })
  entityRef!: string | null;
  /** The entry's name (a transfer: its recipient and country; the controller: its legal name) @example "Answering enquiries" */
  name!: string;
  errors!: number;
  warnings!: number;
  /** The rules it breaks, errors first @example ["activity-retention"] */
  rules!: string[];
}

export class PolicyBlockerResponse {
  /** @example "translation-missing" */
  rule!: string;
  @ApiProperty({ enum: [...ENTITY_TYPES, 'policy'] })
  entityType!: string;
  entityId!: string;
  /** The entry's ref; null for the controller and a policy @example "act-contact" */
  @ApiProperty({ type: 'string', nullable: true })
  entityRef!: string | null;
  name!: string;
}

export class PolicyHealthResponse {
  id!: string;
  title!: string;
  /** No compliance error in its scope, in any of its languages: POST /policies/{id}/versions would publish it */
  publishable!: boolean;
  errors!: number;
  warnings!: number;
  /** The errors that keep it from being published, one per entry and rule */
  @ApiProperty({ type: [PolicyBlockerResponse] })
  blockedBy!: PolicyBlockerResponse[];
}

export class RecordHealthResponse {
  @ApiProperty({ type: RecordCountsResponse })
  counts!: RecordCountsResponse;
  /** Errors in the whole registry (each blocks the policies whose scope it touches) */
  errors!: number;
  warnings!: number;
  /** Entries with findings: those with errors first, then by name */
  @ApiProperty({ type: [EntryHealthResponse] })
  entries!: EntryHealthResponse[];
  @ApiProperty({ type: [PolicyHealthResponse] })
  policies!: PolicyHealthResponse[];
}
