import type { DataSubjectCategory } from '../../domain/registry-snapshot';
import { declaring } from '../shared/field-link';
import { TRANSLATABLE } from '../../domain/translations';
import { CreateDataSubjectCategoryDto } from './dto/create-data-subject-category.dto';
import type { ResourceDefinition } from '../shared/resource-definition';
import { DataSubjectCategoryEntity } from './data-subject-category.entity';
import { DATA_SUBJECT_CATEGORY_EXAMPLE, DATA_SUBJECT_CATEGORY_PATCH_EXAMPLE } from './dto/data-subject-category.example';

export const dataSubjectCategoriesResource: ResourceDefinition<DataSubjectCategoryEntity> = {
  entityType: 'data_subject_category',
  translatable: TRANSLATABLE.data_subject_category,
  collection: 'dataSubjectCategories',
  entity: declaring<DataSubjectCategory>()(DataSubjectCategoryEntity),
  label: 'data subject category',
  path: 'data-subject-categories',
  createDto: declaring<DataSubjectCategory>()(CreateDataSubjectCategoryDto),
  examples: { create: DATA_SUBJECT_CATEGORY_EXAMPLE, update: DATA_SUBJECT_CATEGORY_PATCH_EXAMPLE },
  relations: [],
  filters: {},
  sortable: ['name', 'createdAt', 'updatedAt'],
  nameOf: (c) => c.name,
};
