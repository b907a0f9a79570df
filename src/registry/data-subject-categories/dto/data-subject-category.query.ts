import { ListQuery } from '../../shared/list-query.dto';

export class DataSubjectCategoryQuery extends ListQuery {}
