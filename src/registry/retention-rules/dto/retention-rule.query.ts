import { RETENTION_TRIGGER_LABELS } from '../../../reference/vocabulary-labels';
import { ApiEnum } from '../../shared/api-docs';
import { IsIn, IsOptional } from 'class-validator';
import { RETENTION_TRIGGERS, type RetentionTrigger } from '../../../domain/vocabulary';
import { ListQuery } from '../../shared/list-query.dto';

export class RetentionRuleQuery extends ListQuery {
  @IsOptional()
  @ApiEnum(RETENTION_TRIGGER_LABELS, {
    description: 'Only rules whose period starts at this event',
    required: false,
  })
  @IsIn(RETENTION_TRIGGERS)
  trigger?: RetentionTrigger;
}
