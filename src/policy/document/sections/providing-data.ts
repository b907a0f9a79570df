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

type Requirement = NonNullable<ProcessingActivity['requirement']>;

/**
 * The Art. 13(2)(e) answer of an activity: the one recorded, or for consent, which is freely given or it
 * is none (Art. 4(11), 7(4)), that giving the data is up to the reader; null where nothing says it.
 */
export function requirementOf(a: ProcessingActivity): Requirement | null {
  return a.requirement ?? (a.legalBasis === 'art6_1_a' ? { kind: 'none', consequences: null } : null);
}

/** Art. 13(2)(e): what is recorded, and nothing for what is not (the `activity-requirement` findings). */
export function providingData(ctx: SectionContext<ProvidingDataWording>): Block[] {
  const { t, h } = ctx;
  const withRequirement = ctx.activities.flatMap((a) => {
    const requirement = requirementOf(a);
    return requirement ? [{ a, requirement }] : [];
  });
  if (withRequirement.length === 0) return [];
  // Purposes with the same requirement and consequences share one item, so the reader sees each rule once.
  const groups = new Map<string, { a: ProcessingActivity; requirement: Requirement }[]>();
  for (const item of withRequirement) {
    const key = JSON.stringify([REQUIREMENT_KINDS.indexOf(item.requirement.kind), item.requirement.consequences?.trim() ?? '']);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [
    list(
      t.requirementsIntro,
      [...groups.entries()]
        .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
        .map(([, group]) => ({
          text: t.requirement(h.and(group.map(({ a }) => a.name)), group[0].requirement.kind, group[0].requirement.consequences),
          sources: activityRefs(group.map(({ a }) => a)),
        })),
    ),
  ];
}
