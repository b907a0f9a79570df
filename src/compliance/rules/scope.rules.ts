import type { RuleHit, Rule, RuleContext } from '../rule';

/** What the policy is for, as a DPO knows it: `service "Shop"`, or every service. */
function serviceOf(ctx: RuleContext, serviceId: string | null): string {
  if (serviceId === null) return 'any service';
  return `service "${ctx.byId.services.get(serviceId)?.name ?? serviceId}"`;
}

const WHY =
  'An error: a notice tells its readers the purposes their data are used for (Art. 13(1)(c)), and one with nothing in scope could only print an empty table of purposes and negative statements that are not true of them. Record their activity (active, for this service), or choose the service or data subjects the policy is for.';

/** A policy's findings only: a notice is about someone, so its scope holds at least one of our activities. */
export const SCOPE_RULES: readonly Rule[] = [
  {
    id: 'policy-scope-empty',
    severity: 'error',
    article: 'Art. 13(1)(c), 12(1)',
    description:
      'A policy whose scope (its service and data subjects) holds no active activity of ours as controller states no purpose to anyone, so it cannot be published.',
    check: (ctx): RuleHit[] => {
      const scope = ctx.policyScope;
      if (scope === null || ctx.controllerActivities.length > 0) return [];
      const where = serviceOf(ctx, scope.serviceId);
      if (scope.dataSubjectCategoryIds.length > 0)
        return scope.dataSubjectCategoryIds.map((id) => ({
          entityType: 'data_subject_category',
          entityId: id,
          message: `Data subject category "${ctx.byId.dataSubjectCategories.get(id)?.name ?? id}": a policy for them on ${where} holds no active activity of ours in which they are data subjects. ${WHY}`,
        }));
      if (scope.serviceId !== null)
        return [
          {
            entityType: 'service',
            entityId: scope.serviceId,
            message: `Service "${ctx.byId.services.get(scope.serviceId)?.name ?? scope.serviceId}": a policy for it holds no active activity of ours on it. ${WHY}`,
          },
        ];
      const c = ctx.snapshot.controller;
      return [
        {
          entityType: 'controller',
          entityId: c?.id ?? 'controller',
          message: `Controller profile "${c?.legalName ?? 'controller'}": a policy of every service holds no active activity of ours. ${WHY}`,
        },
      ];
    },
  },
];
