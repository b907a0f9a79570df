import type { DataCategory } from '../../domain/registry-snapshot';
import { declaring } from '../shared/field-link';
import { TRANSLATABLE } from '../../domain/translations';
import { CreateDataCategoryDto } from './dto/create-data-category.dto';
import type { ResourceDefinition } from '../shared/resource-definition';
import { DataCategoryEntity } from './data-category.entity';
import { DATA_CATEGORY_EXAMPLE, DATA_CATEGORY_PATCH_EXAMPLE } from './dto/data-category.example';

export const dataCategoriesResource: ResourceDefinition<DataCategoryEntity> = {
  entityType: 'data_category',
  translatable: TRANSLATABLE.data_category,
  collection: 'dataCategories',
  entity: declaring<DataCategory>()(DataCategoryEntity),
  label: 'data category',
  path: 'data-categories',
  createDto: declaring<DataCategory>()(CreateDataCategoryDto),
  examples: { create: DATA_CATEGORY_EXAMPLE, update: DATA_CATEGORY_PATCH_EXAMPLE },
  relations: [],
  filters: { special: { property: 'special' }, collection: { property: 'collection' } },
  sortable: ['name', 'createdAt', 'updatedAt'],
  nameOf: (c) => c.name,
};
