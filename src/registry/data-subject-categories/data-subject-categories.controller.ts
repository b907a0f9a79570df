import { createRegistryController } from '../shared/registry.controller';
import { dataSubjectCategoriesResource } from './data-subject-categories.resource';
import { DataSubjectCategoryQuery } from './dto/data-subject-category.query';
import { DataSubjectCategoryResponse } from './dto/data-subject-category.response';
import { UpdateDataSubjectCategoryDto } from './dto/update-data-subject-category.dto';

export class DataSubjectCategoriesController extends createRegistryController(dataSubjectCategoriesResource, {
  singular: 'DataSubjectCategory',
  plural: 'DataSubjectCategories',
  description:
    'Art. 30(1)(c): the categories of data subjects. A policy can be narrowed to some of them (customers, applicants, employees).',
  updateDto: UpdateDataSubjectCategoryDto,
  queryDto: DataSubjectCategoryQuery,
  response: DataSubjectCategoryResponse,
}) {}
