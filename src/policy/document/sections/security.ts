import type { Block, ListItem } from '../model';
import { byIds, list, ref } from './blocks';
import type { SectionContext } from './context';

/** The sentences of "How we protect your data". */
export interface SecurityWording {
  securityIntro: string;
  securityMeasure(name: string, description: string): string;
  securityNotApplicable(activity: string, reason: string): string;
}

/** The measures of the scope's activities, then the activities that record why they have none. */
export function security(ctx: SectionContext<SecurityWording>): Block[] {
  const { t } = ctx;
  const measures = byIds(ctx.snapshot.securityMeasures, new Set(ctx.activities.flatMap((a) => a.securityMeasureIds)));
  const items: ListItem[] = measures.map((m) => ({
    text: t.securityMeasure(m.name, m.description),
    sources: [ref('security_measure', m)],
  }));
  for (const a of ctx.activities.filter((act) => act.securityMeasureIds.length === 0 && act.notApplicable.securityMeasures)) {
    items.push({
      text: t.securityNotApplicable(a.name, a.notApplicable.securityMeasures ?? ''),
      sources: [ref('processing_activity', a)],
    });
  }
  return items.length > 0 ? [list(t.securityIntro, items)] : [];
}
