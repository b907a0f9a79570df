import { createRegistryController } from '../shared/registry.controller';
import { dataCategoriesResource } from './data-categories.resource';
import { DataCategoryQuery } from './dto/data-category.query';
import { DataCategoryResponse } from './dto/data-category.response';
import { UpdateDataCategoryDto } from './dto/update-data-category.dto';

export class DataCategoriesController extends createRegistryController(dataCategoriesResource, {
  singular: 'DataCategory',
  plural: 'DataCategories',
  description:
    'Art. 30(1)(c): the categories of personal data, with Art. 9 special and Art. 10 criminal data marked, and how each is obtained (Art. 14 when not from the person).',
  updateDto: UpdateDataCategoryDto,
  queryDto: DataCategoryQuery,
  response: DataCategoryResponse,
}) {}
