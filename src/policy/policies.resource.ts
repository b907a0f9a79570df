import type { CrudDefinition } from '../registry/shared/resource-definition';

/**
 * Where a policy's version in effect is served without a key, whatever its scope (one service, all
 * services, some data subject categories): by the policy's id, which never changes. A service's main
 * policy is also served by the service's slug, and a policy for all services by `_organisation`.
 */
export const publicPolicyUrl = (policyId: string): string => `/api/v1/public/policies/${policyId}`;
import { CreatePolicyDto } from './dto/create-policy.dto';
import { PolicyVersionEntity } from './policy-version.entity';
import { POLICY_EXAMPLE, POLICY_PATCH_EXAMPLE } from './dto/policy.example';
import { PolicyEntity } from './policy.entity';

export const policiesResource: CrudDefinition<PolicyEntity> = {
  entityType: 'policy',
  translatable: [],
  entity: PolicyEntity,
  label: 'policy',
  path: 'policies',
  createDto: CreatePolicyDto,
  examples: { create: POLICY_EXAMPLE, update: POLICY_PATCH_EXAMPLE },
  relations: [
    { field: 'serviceId', target: 'service', many: false, summary: 'service' },
    { field: 'dataSubjectCategoryIds', target: 'data_subject_category', many: true, summary: 'dataSubjectCategories' },
  ],
  filters: { serviceId: { property: 'serviceId' }, language: { property: 'language' } },
  sortable: ['title', 'language', 'createdAt', 'updatedAt'],
  searchProperty: 'title',
  nameOf: (p) => p.title,
  derived: (p) => ({ publicUrl: publicPolicyUrl(p.id) }),
  async dependents(manager, id) {
    const versions = await manager
      .getRepository(PolicyVersionEntity)
      .find({ where: { policyId: id }, select: { id: true, number: true }, order: { number: 'ASC' } });
    return versions.map((v) => ({ type: 'policy_version', id: v.id, name: `Version ${v.number} (published versions are kept for ever)` }));
  },
};
