import type { CrudDefinition } from '../registry/shared/resource-definition';
import { CreatePolicyDto } from './dto/create-policy.dto';
import { PolicyEntity } from './policy.entity';

export const policiesResource: CrudDefinition<PolicyEntity> = {
  entityType: 'policy',
  entity: PolicyEntity,
  label: 'policy',
  path: 'policies',
  createDto: CreatePolicyDto,
  relations: [
    { field: 'serviceId', target: 'service', many: false, summary: 'service' },
    { field: 'dataSubjectCategoryIds', target: 'data_subject_category', many: true, summary: 'dataSubjectCategories' },
  ],
  filters: { serviceId: { property: 'serviceId' }, language: { property: 'language' } },
  sortable: ['title', 'language', 'createdAt', 'updatedAt'],
  searchProperty: 'title',
  nameOf: (p) => p.title,
};
