import { IsIn, IsOptional } from 'class-validator';
import { RETENTION_TRIGGERS, type RetentionTrigger } from '../../../snapshot/registry-snapshot';
import { ListQuery } from '../../shared/list-query.dto';

export class RetentionRuleQuery extends ListQuery {
  @IsOptional()
  @IsIn(RETENTION_TRIGGERS)
  trigger?: RetentionTrigger;
}
