import type { Block } from '../model';
import { byIds, list, ref } from './blocks';
import type { SectionContext } from './context';

/** The sentences of "The data we process". */
export interface DataWording {
  /** `purposesHeading`: the heading of the section with the per-purpose table, which the short list points at */
  dataIntro(purposesHeading: string): string;
  dataCategory(name: string, examples: string[], description: string | null, special: boolean, criminal: boolean): string;
}

/** The short list: which data, once; the per-purpose table says which purpose uses which. */
export function data(ctx: SectionContext<DataWording & { headings: Record<'purposes-and-legal-bases', string> }>): Block[] {
  const { t } = ctx;
  const ids = new Set([...ctx.activities.flatMap((a) => a.dataCategoryIds), ...ctx.trackers.flatMap((tr) => tr.dataCategoryIds)]);
  const categories = byIds(ctx.snapshot.dataCategories, ids);
  if (categories.length === 0) return [];
  return [
    list(
      t.dataIntro(t.headings['purposes-and-legal-bases']),
      categories.map((c) => ({
        text: t.dataCategory(
          c.name,
          c.examples.filter((e) => e.toLowerCase() !== c.name.toLowerCase()),
          c.description,
          c.special,
          c.criminal,
        ),
        sources: [ref('data_category', c)],
      })),
    ),
  ];
}
