import { IsIn, IsISO31661Alpha2, IsOptional } from 'class-validator';
import { RECIPIENT_TYPES, type RecipientType } from '../../../snapshot/registry-snapshot';
import { ListQuery } from '../../shared/list-query.dto';

export class RecipientQuery extends ListQuery {
  /** @example "US" */
  @IsOptional()
  @IsISO31661Alpha2()
  country?: string;

  @IsOptional()
  @IsIn(RECIPIENT_TYPES)
  type?: RecipientType;
}
