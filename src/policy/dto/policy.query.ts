import { IsIn, IsOptional } from 'class-validator';
import { ListQuery } from '../../registry/shared/list-query.dto';
import { POLICY_LANGUAGES, type PolicyLanguage } from '../../domain/languages';
import { LinkFilter } from '../../registry/shared/id-list.decorator';

export class PolicyQuery extends ListQuery {
  @LinkFilter()
  serviceId?: string;

  @IsOptional()
  @IsIn(POLICY_LANGUAGES)
  language?: PolicyLanguage;
}
