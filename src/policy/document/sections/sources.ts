import type { ProcessingActivity } from '../../../domain/registry-snapshot';
import { sentenceOf } from '../../../language/sentences';
import type { Block, ListItem } from '../model';
import { activityRefs, byIds, list, paragraph, ref } from './blocks';
import type { SectionContext } from './context';

/** The sentences of "Where your data come from". */
export interface SourcesWording {
  sourcesIntro: string;
  /** Art. 14(1)(d), (2)(f): the source, the data obtained from it, and the purpose they serve */
  sourceOfActivity(activity: string, source: string, categories: string[]): string;
  /** Recital 61: the source cannot be named (various sources were used), and why, with what is said instead */
  sourceNotNamed(reason: string): string;
  /** The rest of the data, for people who use our websites or apps */
  sourcesOtherwise: string;
  /** The rest of the data, for people who do not (employees, applicants…) */
  sourcesOtherwiseDirect: string;
  /** Art. 14(3), fixed legal text */
  sourcesTiming: string;
}

function thirdPartyCategories(ctx: SectionContext, a: ProcessingActivity) {
  return byIds(ctx.snapshot.dataCategories, a.dataCategoryIds).filter((c) => c.collection === 'third_party');
}

/**
 * Art. 14: only when some data in scope do not come from the person. Each source says which data
 * came from it and for which purpose; a category from a source no activity names is not guessed at.
 */
export function sources(ctx: SectionContext<SourcesWording>): Block[] | null {
  const { t } = ctx;
  const indirect = ctx.activities.filter((a) => a.sources?.trim() || a.sourceUnnamedReason?.trim());
  if (indirect.length === 0) return null;
  const items: ListItem[] = indirect.map((a) => {
    const categories = thirdPartyCategories(ctx, a);
    const reason = a.sourceUnnamedReason?.trim();
    return {
      text: t.sourceOfActivity(
        a.name,
        [sentenceOf(a.sources), reason ? t.sourceNotNamed(reason) : ''].filter(Boolean).join(' '),
        categories.map((c) => c.name),
      ),
      sources: [ref('processing_activity', a), ...categories.map((c) => ref('data_category', c))],
    };
  });
  const blocks = [list(t.sourcesIntro, items)];
  // Art. 14(3) speaks to the people the data are about: a notice narrowed to them says when they hear of it.
  if (ctx.scope.dataSubjectCategoryIds.length > 0) blocks.push(paragraph(t.sourcesTiming, activityRefs(indirect)));
  const direct = ctx.activities.filter((a) => !indirect.includes(a));
  if (direct.length > 0) blocks.push(paragraph(ctx.speaksToUsers ? t.sourcesOtherwise : t.sourcesOtherwiseDirect, activityRefs(direct)));
  return blocks;
}
