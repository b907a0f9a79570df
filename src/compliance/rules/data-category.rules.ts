import { isBlank, type Rule } from '../rule';

export const DATA_CATEGORY_RULES: readonly Rule[] = [
  {
    id: 'data-category-description',
    severity: 'warning',
    article: 'Art. 30(1)(c), 13(1)',
    description: 'A data category that an active activity uses says what it contains, so the record and the notice tell it to the reader.',
    check: (ctx) => {
      const used = new Set([...ctx.controllerActivities, ...ctx.processorActivities].flatMap((a) => a.dataCategoryIds));
      return ctx.snapshot.dataCategories
        .filter((c) => used.has(c.id) && isBlank(c.description))
        .map((c) => ({
          entityType: 'data_category' as const,
          entityId: c.id,
          message: `Data category "${c.name}" has no description: say what data it contains (description).`,
        }));
    },
  },
];
