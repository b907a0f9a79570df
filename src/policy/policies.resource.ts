import { absoluteUrl } from '../common/request-origin';
import type { CrudDefinition } from '../registry/shared/resource-definition';

/**
 * Where a policy's version in effect is served without a key, whatever its scope (one service, all
 * services, some data subject categories): by the policy's id, which never changes. A service's main
 * policy is also served by the service's slug, and a policy for all services by `_organisation`.
 */
export const publicPolicyPath = (policyId: string): string => `/api/v1/public/policies/${policyId}`;

/** The whole page (title, `lang`, stylesheet) of the version in effect, in a language or the default one: what a DPO opens. */
export const publicPageUrl = (policyId: string, language?: string): string =>
  absoluteUrl(`${publicPolicyPath(policyId)}?${language ? `lang=${language}&` : ''}standalone=true`);

/** The embeddable HTML fragment of the version in effect (negotiated language), for a website to place in its own page. */
export const embedUrl = (policyId: string): string => absoluteUrl(publicPolicyPath(policyId));
import { CreatePolicyDto } from './dto/create-policy.dto';
import { PolicyVersionEntity } from './policy-version.entity';
import { POLICY_EXAMPLE, POLICY_PATCH_EXAMPLE } from './dto/policy.example';
import { PolicyEntity } from './policy.entity';

export const policiesResource: CrudDefinition<PolicyEntity> = {
  entityType: 'policy',
  translatable: ['title'],
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
  derived: (p) => ({ publicUrl: publicPageUrl(p.id), embedUrl: embedUrl(p.id) }),
  prepare(policy, previous) {
    const given = policy.languages as string[] | null | undefined;
    // A PATCH of `language` alone moves a single-language policy with it; left out, it is the default language only.
    const before = previous?.languages as string[] | undefined;
    const followsLanguage = before?.length === 1 && before[0] === previous?.language && given?.length === 1 && given[0] === before[0];
    if (given === null || given === undefined || followsLanguage) policy.languages = [policy.language];
  },
  validate(policy) {
    return policy.languages.includes(policy.language)
      ? []
      : [
          {
            path: 'languages',
            message: `languages must contain language (${policy.language}), the one served when a reader asks for none`,
          },
        ];
  },
  async dependents(manager, id) {
    const versions = await manager
      .getRepository(PolicyVersionEntity)
      .find({ where: { policyId: id }, select: { id: true, number: true }, order: { number: 'ASC' } });
    return versions.map((v) => ({
      type: 'policy_version',
      id: v.id,
      ref: null,
      name: `Version ${v.number} (published versions are kept for ever)`,
    }));
  },
};
