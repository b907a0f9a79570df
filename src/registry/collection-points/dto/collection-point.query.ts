import { LinkFilter } from '../../shared/id-list.decorator';
import { ListQuery } from '../../shared/list-query.dto';

export class CollectionPointQuery extends ListQuery {
  @LinkFilter()
  serviceId?: string;
}
