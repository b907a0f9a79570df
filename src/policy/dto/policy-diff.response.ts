import { ApiProperty } from '@nestjs/swagger';
import { ENTITY_TYPES } from '../../domain/entity-types';

export class RegistryChangeResponse {
  @ApiProperty({ enum: ['added', 'removed', 'changed'] })
  kind!: 'added' | 'removed' | 'changed';
  @ApiProperty({ enum: ENTITY_TYPES })
  entityType!: string;
  entityId!: string;
  name!: string;
  /** The fields that changed (changed only) */
  fields!: string[];
  /** The change in words for the reader: "what changes for you" */
  message!: string;
}

export class PolicyDiffResponse {
  /** Unified diff of the two versions' Markdown */
  text!: string;
  @ApiProperty({ type: [RegistryChangeResponse] })
  changes!: RegistryChangeResponse[];
}
