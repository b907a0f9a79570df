import type { AutomatedDecision, ProcessingActivity } from '../../../domain/registry-snapshot';
import type { Art22Exception } from '../../../domain/vocabulary';
import { art22Decision } from '../../../reference/rights';
import type { Block, ListItem } from '../model';
import { activityRefs, list, paragraph, ref } from './blocks';
import type { SectionContext } from './context';

/** The sentences of "Automated decisions and profiling". */
export interface AutomatedDecisionsWording {
  automatedDecision(activity: string, logic: string, significance: string): string;
  /** Art. 22(2): what allows the decision; `law` is the law named for (b), null while not recorded */
  art22Exception(exception: Art22Exception, law: string | null): string;
  /**
   * The three safeguards of Art. 22(3), each with how the person uses it (null where not recorded); `byLaw`
   * for a decision the law allows, whose safeguards that law lays down (Art. 22(2)(b), Recital 71)
   */
  art22Safeguards(byLaw: boolean, humanIntervention: string | null, expressView: string | null, contest: string | null): string;
  /** Profiling for a purpose the per-purpose table states */
  profiling(activity: string): string;
  noSolelyAutomatedDecisions: string;
  noAutomatedDecisions: string;
  /** After the automated decisions listed: none other */
  noOtherAutomatedDecisions: string;
}

function decisionText(t: AutomatedDecisionsWording, a: ProcessingActivity, d: AutomatedDecision): string {
  const parts = [t.automatedDecision(a.name, d.logic, d.significance)];
  if (d.art22Applies === true) {
    if (d.exception) parts.push(t.art22Exception(d.exception, d.exceptionLaw?.trim() || null));
    parts.push(
      t.art22Safeguards(
        d.exception === 'law',
        d.humanIntervention?.trim() || null,
        d.expressView?.trim() || null,
        d.contest?.trim() || null,
      ),
    );
  }
  return parts.join(' ');
}

/**
 * Art. 13(2)(f), 14(2)(g): each automated decision Art. 22 speaks of (`art22Decision`: a decision recorded as
 * outside Art. 22(1) is not listed) with its logic and significance and, where Art. 22(1)
 * applies, the exception that allows it and the Art. 22(3) safeguards; then profiling that decides nothing.
 */
export function automatedDecisions(ctx: SectionContext<AutomatedDecisionsWording>): Block[] {
  const { t } = ctx;
  const deciding = ctx.activities.filter((a) => art22Decision(a) !== null);
  const outsideArt22 = ctx.activities.filter((a) => a.automatedDecision?.art22Applies === false);
  const profiling = ctx.activities.filter((a) => a.profiling && art22Decision(a) === null);
  const items: ListItem[] = [
    ...deciding.map((a) => ({ text: decisionText(t, a, art22Decision(a) as AutomatedDecision), sources: [ref('processing_activity', a)] })),
    ...profiling.map((a) => ({ text: t.profiling(a.name), sources: [ref('processing_activity', a)] })),
  ];
  // "We take no decision … and do not profile you" is the record's word only about activities it holds.
  if (ctx.activities.length === 0) return [];
  if (items.length === 0)
    return [
      outsideArt22.length > 0
        ? paragraph(t.noSolelyAutomatedDecisions, activityRefs(outsideArt22))
        : paragraph(t.noAutomatedDecisions, activityRefs(ctx.activities)),
    ];
  // The closing sentence holds whether or not some activity decides: the record lists every such decision.
  return [
    list(null, items),
    deciding.length === 0
      ? paragraph(t.noSolelyAutomatedDecisions, activityRefs([...profiling, ...outsideArt22]))
      : paragraph(t.noOtherAutomatedDecisions, activityRefs(deciding)),
  ];
}
