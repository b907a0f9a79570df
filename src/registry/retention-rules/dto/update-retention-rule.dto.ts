import { PartialType } from '@nestjs/swagger';
import { CreateRetentionRuleDto } from './create-retention-rule.dto';

export class UpdateRetentionRuleDto extends PartialType(CreateRetentionRuleDto, { skipNullProperties: false }) {}
