import type { ResourceDefinition } from '../shared/resource-definition';
import { RetentionRuleEntity } from './retention-rule.entity';

export const retentionRulesResource: ResourceDefinition<RetentionRuleEntity> = {
  entityType: 'retention_rule',
  entity: RetentionRuleEntity,
  label: 'retention rule',
  path: 'retention-rules',
  relations: [],
  filters: { trigger: { property: 'trigger' } },
  sortable: ['name', 'createdAt', 'updatedAt'],
  nameOf: (r) => r.name,
};
