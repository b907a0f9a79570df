import { ListQuery } from '../../shared/list-query.dto';

export class ServiceQuery extends ListQuery {}
