import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { TRACKER_CATEGORIES, TRACKER_KINDS, type TrackerCategory, type TrackerKind } from '../../../snapshot/registry-snapshot';
import { ListQuery } from '../../shared/list-query.dto';

export class TrackerQuery extends ListQuery {
  @IsOptional()
  @IsIn(TRACKER_KINDS)
  kind?: TrackerKind;

  @IsOptional()
  @IsIn(TRACKER_CATEGORIES)
  category?: TrackerCategory;

  @IsOptional()
  @IsUUID()
  serviceId?: string;
}
