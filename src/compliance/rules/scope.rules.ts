import { EVERY_LAW } from '../finding';
import type { DataSubjectCategory } from '../../domain/registry-snapshot';
import type { RuleHit, Rule, RuleContext } from '../rule';

/** What the policy is for, as a DPO knows it: `service "Shop"`, or every service. */
function serviceOf(ctx: RuleContext, serviceId: string | null): string {
  if (serviceId === null) return 'any service';
  return `service "${ctx.byId.services.get(serviceId)?.name ?? serviceId}"`;
}

const WHY =
  'An error: a notice tells its readers the purposes their data are used for (Art. 13(1)(c)), and one with nothing in scope could only print an empty table of purposes and negative statements that are not true of them. Record their activity (active, for this service), or choose the service or data subjects the policy is for.';

/** The people a check speaks to: a policy's data subjects, or those of the activities in scope. */
function audienceOf(ctx: RuleContext): DataSubjectCategory[] {
  const ids = ctx.policyScope?.dataSubjectCategoryIds.length
    ? ctx.policyScope.dataSubjectCategoryIds
    : ctx.controllerActivities.flatMap((a) => a.dataSubjectCategoryIds);
  return [...new Set(ids)].map((id) => ctx.byId.dataSubjectCategories.get(id)).filter((c): c is DataSubjectCategory => c !== undefined);
}

/** A policy's findings only: a notice is about someone, so its scope holds at least one of our activities. */
export const SCOPE_RULES: readonly Rule[] = [
  {
    id: 'data-subject-relationship',
    severity: 'warning',
    article: 'Art. 12(1), 13(1)(c)',
    description:
      'People in scope who do not use our services (employees, visitors, prospects) have their relationship recorded, which the opening of their notice states ("as our employee", "when you visit our warehouse").',
    check: (ctx) =>
      ctx.controllerActivities.length === 0
        ? []
        : audienceOf(ctx)
            .filter((c) => !c.usesServices && !c.relationship?.trim())
            .map((c) => ({
              entityType: 'data_subject_category',
              entityId: c.id,
              message: `Data subject category "${c.name}": no relationship is recorded (relationship), so their notice cannot open by saying how they deal with us, and "when you use <service>" is not theirs to read. A warning: the notice is still lawful, but a reader who does not use our services should learn at once why we hold their data (Art. 12(1)); record e.g. "as our employee" or "when you visit our warehouse", and its translations.`,
            })),
  },
  {
    id: 'policy-scope-empty',
    alsoUnder: EVERY_LAW,
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
