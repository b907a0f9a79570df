import type { EntityRef } from '../../../domain/entity-types';
import { rightsForBasis, RIGHTS, type DataSubjectRight } from '../../../reference/rights';
import type { Block, ListItem } from '../model';
import { activityRefs, list, paragraph, ref, uniqueRefs } from './blocks';
import type { SectionContext } from './context';
import { marketingActivities, objectionActivities } from './objection';

/** The sentences of "Your rights". */
export interface RightsWording {
  rightsIntro: string;
  right: Record<Exclude<DataSubjectRight, 'object' | 'complaint'>, string>;
  rightToObjectPointer: string;
  exerciseRights(email: string): string;
}

/** The rights the legal bases of the scope's activities give, each with the activities it comes from; objection has its own section. */
export function rights(ctx: SectionContext<RightsWording>): Block[] {
  const { t } = ctx;
  const applicable = new Set<DataSubjectRight>(['access', 'rectification', 'restriction']);
  const sourcesOf = new Map<DataSubjectRight, EntityRef[]>();
  for (const a of ctx.activities) {
    for (const right of rightsForBasis(a.legalBasis)) {
      applicable.add(right);
      sourcesOf.set(right, [...(sourcesOf.get(right) ?? []), ref('processing_activity', a)]);
    }
  }
  const items: ListItem[] = RIGHTS.filter(
    (r): r is Exclude<DataSubjectRight, 'object' | 'complaint'> => r !== 'object' && r !== 'complaint' && applicable.has(r),
  ).map((right) => ({
    text: t.right[right],
    sources: uniqueRefs(sourcesOf.get(right) ?? []),
  }));
  const blocks: Block[] = [list(t.rightsIntro, items)];
  if (objectionActivities(ctx).length > 0 || marketingActivities(ctx).length > 0)
    blocks.push(paragraph(t.rightToObjectPointer, activityRefs([...objectionActivities(ctx), ...marketingActivities(ctx)])));
  blocks.push(paragraph(t.exerciseRights(ctx.contactEmail), ctx.controllerRefs));
  return blocks;
}
