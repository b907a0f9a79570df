import { ApiEnum } from '../../shared/api-docs';
import { SECURITY_MEASURE_KIND_MEANINGS } from './create-security-measure.dto';
import { IsIn, IsOptional } from 'class-validator';
import { SECURITY_MEASURE_KINDS, type SecurityMeasureKind } from '../../../domain/vocabulary';
import { ListQuery } from '../../shared/list-query.dto';

export class SecurityMeasureQuery extends ListQuery {
  @IsOptional()
  @ApiEnum(SECURITY_MEASURE_KIND_MEANINGS, { description: 'Only measures of this kind', required: false })
  @IsIn(SECURITY_MEASURE_KINDS)
  kind?: SecurityMeasureKind;
}
