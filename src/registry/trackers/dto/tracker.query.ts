import { TRACKER_CATEGORY_LABELS, TRACKER_KIND_LABELS } from '../../../reference/vocabulary-labels';
import { ApiEnum } from '../../shared/api-docs';
import { IsIn, IsOptional } from 'class-validator';
import { TRACKER_CATEGORIES, TRACKER_KINDS, type TrackerCategory, type TrackerKind } from '../../../domain/vocabulary';
import { ListQuery } from '../../shared/list-query.dto';
import { LinkFilter } from '../../shared/id-list.decorator';

export class TrackerQuery extends ListQuery {
  @IsOptional()
  @ApiEnum(TRACKER_KIND_LABELS, { description: 'Only trackers of this technology', required: false })
  @IsIn(TRACKER_KINDS)
  kind?: TrackerKind;

  @IsOptional()
  @ApiEnum(TRACKER_CATEGORY_LABELS, { description: 'Only trackers set for this reason', required: false })
  @IsIn(TRACKER_CATEGORIES)
  category?: TrackerCategory;

  @LinkFilter()
  serviceId?: string;
}
