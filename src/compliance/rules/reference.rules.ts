import { EVERY_LAW } from '../finding';
import type { ProcessingActivity, Tracker } from '../../domain/registry-snapshot';
import { activityHit, transferHit, type Rule, type RuleContext, type RuleHit } from '../rule';

type Lookup = keyof RuleContext['byId'];

const KIND_NAMES: Record<Lookup, string> = {
  services: 'service',
  dataCategories: 'data category',
  dataSubjectCategories: 'data subject category',
  recipients: 'recipient',
  retentionRules: 'retention rule',
  securityMeasures: 'security measure',
  processingActivities: 'processing activity',
};

/** "data category x, which does not exist" for each id of `refs` missing from its collection. */
function missing(ctx: RuleContext, refs: [Lookup, readonly string[]][]): string[] {
  const names = refs.flatMap(([kind, ids]) =>
    ids.filter((id) => !ctx.byId[kind].has(id)).map((id) => `${KIND_NAMES[kind]} ${id}, which does not exist`),
  );
  return [...new Set(names)];
}

function activityRefs(a: ProcessingActivity): [Lookup, readonly string[]][] {
  return [
    ['services', a.serviceIds],
    ['dataSubjectCategories', a.dataSubjectCategoryIds],
    ['dataCategories', [...a.dataCategoryIds, ...a.retentionByCategory.map((r) => r.dataCategoryId)]],
    ['recipients', a.recipientIds],
    ['retentionRules', [...(a.retentionRuleId ? [a.retentionRuleId] : []), ...a.retentionByCategory.map((r) => r.retentionRuleId)]],
    ['securityMeasures', a.securityMeasureIds],
  ];
}

function trackerProblems(ctx: RuleContext, t: Tracker): string[] {
  const problems = missing(ctx, [
    ['services', t.serviceIds],
    ['dataCategories', t.dataCategoryIds],
    ['processingActivities', t.processingActivityId ? [t.processingActivityId] : []],
  ]);
  const activity = t.processingActivityId ? ctx.byId.processingActivities.get(t.processingActivityId) : undefined;
  return activity?.status === 'retired' ? [...problems, `processing activity "${activity.name}", which is retired`] : problems;
}

const listed = (problems: string[]) => `refers to ${problems.join('; ')}.`;

export const REFERENCE_RULES: readonly Rule[] = [
  {
    id: 'dangling-reference',
    alsoUnder: EVERY_LAW,
    severity: 'error',
    article: 'Art. 30(1), 30(2)',
    description:
      'An active activity, a transfer or a tracker refers only to registry entries that exist (and a tracker not to a retired activity).',
    check: (ctx) => {
      const hits: RuleHit[] = [];
      for (const a of [...ctx.controllerActivities, ...ctx.processorActivities]) {
        const problems = missing(ctx, activityRefs(a));
        if (problems.length > 0) hits.push(activityHit(a, listed(problems)));
      }
      for (const t of ctx.transfers) {
        if (!ctx.byId.recipients.has(t.recipientId))
          hits.push(transferHit(ctx, t, listed(missing(ctx, [['recipients', [t.recipientId]]]))));
      }
      for (const t of ctx.trackers) {
        const problems = trackerProblems(ctx, t);
        if (problems.length > 0) {
          hits.push({ entityType: 'tracker', entityId: t.id, message: `Tracker "${t.name}": ${listed(problems)}` });
        }
      }
      return hits;
    },
  },
];
