import { IntersectionType } from '@nestjs/swagger';
import { RegistryItemMeta } from '../../shared/registry-item.response';
import { CreateRetentionRuleDto } from './create-retention-rule.dto';

export class RetentionRuleResponse extends IntersectionType(CreateRetentionRuleDto, RegistryItemMeta) {}
