import { createRegistryController } from '../shared/registry.controller';
import { RetentionRuleQuery } from './dto/retention-rule.query';
import { RetentionRuleResponse } from './dto/retention-rule.response';
import { UpdateRetentionRuleDto } from './dto/update-retention-rule.dto';
import { retentionRulesResource } from './retention-rules.resource';

export class RetentionRulesController extends createRegistryController(retentionRulesResource, {
  singular: 'RetentionRule',
  plural: 'RetentionRules',
  description:
    'Art. 30(1)(f) and 13(2)(a): time limits for erasure, as a period or the criteria that set it; activities use them in general or per data category.',
  updateDto: UpdateRetentionRuleDto,
  queryDto: RetentionRuleQuery,
  response: RetentionRuleResponse,
}) {}
