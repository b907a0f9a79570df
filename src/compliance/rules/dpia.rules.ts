import type { ProcessingActivity } from '../../domain/registry-snapshot';
import { activityHit, type Rule, type RuleContext } from '../rule';

/**
 * The WP248 rev.01 criteria (endorsed by the EDPB) the record can see. Two or more make a DPIA likely
 * to be required (Art. 35(1), (3)).
 */
function highRiskMarkers(a: ProcessingActivity, ctx: RuleContext): string[] {
  const categories = a.dataCategoryIds.map((id) => ctx.byId.dataCategories.get(id)).filter((c) => c !== undefined);
  const monitoring = ctx.snapshot.trackers.some(
    (t) => t.processingActivityId === a.id && (t.category === 'marketing' || t.category === 'analytics'),
  );
  return [
    categories.some((c) => c.special || c.criminal) && 'special-category or criminal-offence data',
    a.profiling && 'profiling',
    a.automatedDecision !== null && 'automated decisions',
    monitoring && 'monitoring through analytics or marketing trackers',
    categories.some((c) => c.collection === 'third_party') && 'data combined from other sources',
  ].filter((m): m is string => m !== false);
}

export const DPIA_RULES: readonly Rule[] = [
  {
    id: 'dpia-high-risk',
    severity: 'warning',
    article: 'Art. 35(1), 35(3)',
    description:
      'An activity with two or more high-risk markers (special or criminal data, profiling, automated decisions, tracking, data combined from other sources) records whether a DPIA is required.',
    check: (ctx) =>
      [...ctx.controllerActivities, ...ctx.processorActivities].flatMap((a) => {
        if (a.dpia !== null) return [];
        const markers = highRiskMarkers(a, ctx);
        return markers.length < 2
          ? []
          : [
              activityHit(
                a,
                `combines ${markers.join(', ')}, which makes a data protection impact assessment likely to be required (Art. 35; WP248 rev.01), but no DPIA is recorded (dpia).`,
              ),
            ];
      }),
  },
];
