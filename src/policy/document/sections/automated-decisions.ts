import type { Block, ListItem } from '../model';
import { activityRefs, list, paragraph, ref } from './blocks';
import type { SectionContext } from './context';

/** The sentences of "Automated decisions and profiling". */
export interface AutomatedDecisionsWording {
  automatedDecision(activity: string, logic: string, significance: string): string;
  profiling(activity: string, purpose: string): string;
  noSolelyAutomatedDecisions: string;
  noAutomatedDecisions: string;
  /** After the automated decisions listed: none other */
  noOtherAutomatedDecisions: string;
}

/** Art. 13(2)(f): each automated decision with its logic and significance, then profiling that decides nothing. */
export function automatedDecisions(ctx: SectionContext<AutomatedDecisionsWording>): Block[] {
  const { t } = ctx;
  const deciding = ctx.activities.filter((a) => a.automatedDecision);
  const profiling = ctx.activities.filter((a) => a.profiling && !a.automatedDecision);
  const items: ListItem[] = [
    ...deciding.map((a) => ({
      text: t.automatedDecision(a.name, a.automatedDecision?.logic ?? '', a.automatedDecision?.significance ?? ''),
      sources: [ref('processing_activity', a)],
    })),
    ...profiling.map((a) => ({ text: t.profiling(a.name, a.purpose), sources: [ref('processing_activity', a)] })),
  ];
  if (items.length === 0) return [paragraph(t.noAutomatedDecisions, ctx.orScope(activityRefs(ctx.activities)))];
  // The closing sentence holds whether or not some activity decides: the record lists every such decision.
  return [
    list(null, items),
    deciding.length === 0
      ? paragraph(t.noSolelyAutomatedDecisions, activityRefs(profiling))
      : paragraph(t.noOtherAutomatedDecisions, activityRefs(deciding)),
  ];
}
