import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { ListQuery } from '../../registry/shared/list-query.dto';
import { POLICY_LANGUAGES, type PolicyLanguage } from '../../domain/languages';

export class PolicyQuery extends ListQuery {
  @IsOptional()
  @IsUUID()
  serviceId?: string;

  @IsOptional()
  @IsIn(POLICY_LANGUAGES)
  language?: PolicyLanguage;
}
