import type { ProcessingActivity } from '../../../domain/registry-snapshot';
import { REQUIREMENT_KINDS, type RequirementKind } from '../../../domain/vocabulary';
import type { Block } from '../model';
import { activityRefs, list } from './blocks';
import type { SectionContext } from './context';

/** The sentences of "Do you have to give us your data?". */
export interface ProvidingDataWording {
  requirementsIntro: string;
  requirement(activities: string, kind: RequirementKind, consequences: string | null): string;
}

/** Art. 13(2)(e): what is recorded, and nothing for what is not (the `activity-requirement` finding). */
export function providingData(ctx: SectionContext<ProvidingDataWording>): Block[] {
  const { t, h } = ctx;
  const withRequirement = ctx.activities.filter((a) => a.requirement);
  if (withRequirement.length === 0) return [];
  // Purposes with the same requirement and consequences share one item, so the reader sees each rule once.
  const groups = new Map<string, ProcessingActivity[]>();
  for (const a of withRequirement) {
    const key = JSON.stringify([REQUIREMENT_KINDS.indexOf(a.requirement?.kind ?? 'none'), a.requirement?.consequences?.trim() ?? '']);
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  return [
    list(
      t.requirementsIntro,
      [...groups.entries()]
        .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
        .map(([, group]) => ({
          text: t.requirement(
            h.and(group.map((a) => a.name)),
            group[0].requirement?.kind ?? 'none',
            group[0].requirement?.consequences ?? null,
          ),
          sources: activityRefs(group),
        })),
    ),
  ];
}
