import type { PolicyReach, PolicyScopes } from '../compliance/policy-scope';
import type { PolicyLanguage } from '../domain/languages';
import type { PolicyEntity } from './policy.entity';

/** What a compliance check of a policy's scope needs of it: its service, data subjects and languages. */
export function reachOf(policy: PolicyEntity): PolicyReach {
  return {
    serviceId: policy.serviceId,
    dataSubjectCategoryIds: policy.dataSubjectCategoryIds,
    languages: policy.languages as PolicyLanguage[],
    laws: policy.options.laws ?? null,
    title: {
      policyId: policy.id,
      title: policy.title,
      translated: Object.fromEntries(
        Object.entries(policy.translations ?? {}).flatMap(([language, texts]) =>
          typeof texts?.title === 'string' ? [[language, texts.title]] : [],
        ),
      ),
    },
  };
}

/** The policies' answer to compliance's {@link PolicyScopes}, over the policies as of a registry version. */
export function policyScopes(
  policyAt: (version: number, id: string) => Promise<PolicyEntity>,
  policiesAt: (version: number) => Promise<PolicyEntity[]>,
): PolicyScopes {
  return {
    scopeAt: async (version, id) => reachOf(await policyAt(version, id)),
    allAt: async (version) => (await policiesAt(version)).map((policy) => ({ id: policy.id, title: policy.title, reach: reachOf(policy) })),
  };
}
