import type { CrudDefinition } from '../registry/shared/resource-definition';
import { CreatePolicyDto } from './dto/create-policy.dto';
import { PolicyVersionEntity } from './policy-version.entity';
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
  async dependents(manager, id) {
    const versions = await manager
      .getRepository(PolicyVersionEntity)
      .find({ where: { policyId: id }, select: { id: true, number: true }, order: { number: 'ASC' } });
    return versions.map((v) => ({ type: 'policy_version', id: v.id, name: `Version ${v.number} (published versions are kept for ever)` }));
  },
};
