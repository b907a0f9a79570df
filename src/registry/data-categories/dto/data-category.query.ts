import { COLLECTION_METHOD_LABELS } from '../../../reference/vocabulary-labels';
import { ApiEnum } from '../../shared/api-docs';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { COLLECTION_METHODS, type CollectionMethod } from '../../../domain/vocabulary';
import { ListQuery } from '../../shared/list-query.dto';

const toBoolean = ({ value }: { value: unknown }): unknown => (value === 'true' ? true : value === 'false' ? false : value);

export class DataCategoryQuery extends ListQuery {
  /** Only Art. 9 special categories (true) or only the others (false) */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  special?: boolean;

  @IsOptional()
  @ApiEnum(COLLECTION_METHOD_LABELS, { description: 'Only categories obtained this way', required: false })
  @IsIn(COLLECTION_METHODS)
  collection?: CollectionMethod;
}
