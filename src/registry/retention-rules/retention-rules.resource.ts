import type { RetentionRule } from '../../domain/registry-snapshot';
import { declaring } from '../shared/field-link';
import { TRANSLATABLE } from '../../domain/translations';
import { CreateRetentionRuleDto } from './dto/create-retention-rule.dto';
import type { ResourceDefinition } from '../shared/resource-definition';
import { RetentionRuleEntity } from './retention-rule.entity';
import { RETENTION_RULE_EXAMPLE, RETENTION_RULE_PATCH_EXAMPLE } from './dto/retention-rule.example';

export const retentionRulesResource: ResourceDefinition<RetentionRuleEntity> = {
  entityType: 'retention_rule',
  translatable: TRANSLATABLE.retention_rule,
  collection: 'retentionRules',
  entity: declaring<RetentionRule>()(RetentionRuleEntity),
  label: 'retention rule',
  path: 'retention-rules',
  createDto: declaring<RetentionRule>()(CreateRetentionRuleDto),
  examples: { create: RETENTION_RULE_EXAMPLE, update: RETENTION_RULE_PATCH_EXAMPLE },
  relations: [],
  filters: { trigger: { property: 'trigger' } },
  sortable: ['name', 'createdAt', 'updatedAt'],
  nameOf: (r) => r.name,
};
