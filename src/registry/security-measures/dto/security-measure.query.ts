import { IsIn, IsOptional } from 'class-validator';
import { SECURITY_MEASURE_KINDS, type SecurityMeasureKind } from '../../../snapshot/registry-snapshot';
import { ListQuery } from '../../shared/list-query.dto';

export class SecurityMeasureQuery extends ListQuery {
  @IsOptional()
  @IsIn(SECURITY_MEASURE_KINDS)
  kind?: SecurityMeasureKind;
}
