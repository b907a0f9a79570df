import { RECIPIENT_TYPE_LABELS } from '../../../reference/vocabulary-labels';
import { ApiEnum } from '../../shared/api-docs';
import { IsIn, IsISO31661Alpha2, IsOptional } from 'class-validator';
import { RECIPIENT_TYPES, type RecipientType } from '../../../domain/vocabulary';
import { ListQuery } from '../../shared/list-query.dto';

export class RecipientQuery extends ListQuery {
  /** Only those in this country (ISO 3166-1 alpha-2, e.g. `US`) */
  @IsOptional()
  @IsISO31661Alpha2()
  country?: string;

  @IsOptional()
  @ApiEnum(RECIPIENT_TYPE_LABELS, { description: 'Only recipients of this type', required: false })
  @IsIn(RECIPIENT_TYPES)
  type?: RecipientType;
}
