import type { ProcessingActivity } from '../../../domain/registry-snapshot';
import type { Block } from '../model';
import { activityRefs, paragraph } from './blocks';
import type { SectionContext } from './context';

/** The sentences of "Do you have to give us your data?". */
export interface ProvidingDataWording {
  /** Points at the per-purpose table, which states for each purpose whether the data are required and what follows */
  requirementsIntro(purposesHeading: string): string;
}

type Requirement = NonNullable<ProcessingActivity['requirement']>;

/**
 * The Art. 13(2)(e) answer of an activity: the one recorded, or for consent, which is freely given or it
 * is none (Art. 4(11), 7(4)), that giving the data is up to the reader; null where nothing says it.
 */
export function requirementOf(a: ProcessingActivity): Requirement | null {
  return a.requirement ?? (a.legalBasis === 'art6_1_a' ? { kind: 'none', consequences: null } : null);
}

/**
 * Art. 13(2)(e): whether the data are required, and the consequences, are stated once per purpose in the
 * per-purpose table; this section points there when some purpose records it (nothing for what is not: the
 * `activity-requirement` findings).
 */
export function providingData(
  ctx: SectionContext<ProvidingDataWording & { headings: Record<'purposes-and-legal-bases', string> }>,
): Block[] {
  const { t } = ctx;
  const recorded = ctx.activities.filter((a) => requirementOf(a) !== null);
  if (recorded.length === 0) return [];
  return [paragraph(t.requirementsIntro(t.headings['purposes-and-legal-bases']), activityRefs(recorded))];
}
