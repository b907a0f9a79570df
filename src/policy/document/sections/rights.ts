import type { EntityRef } from '../../../domain/entity-types';
import type { ProcessingActivity } from '../../../domain/registry-snapshot';
import { art22Decision, rightsForBasis } from '../../../reference/rights';
import type { Block, ListItem } from '../model';
import { activityRefs, list, paragraph } from './blocks';
import type { SectionContext } from './context';
import { marketingActivities, objectionActivities } from './objection';

/** The rights every notice lists, whatever the bases (Art. 15, 16, 18), and those a basis brings (Art. 20, 7(3)). */
export type ListedRight = 'access' | 'rectification' | 'restriction' | 'portability' | 'withdraw_consent';

/** The grounds for erasure (Art. 17(1)) a notice gives as examples: those the bases in scope make possible. */
export type ErasureGround = 'no_longer_needed' | 'consent_withdrawn' | 'objection';

/** The sentences of "Your rights". */
export interface RightsWording {
  rightsIntro: string;
  right: Record<ListedRight, string>;
  /** Art. 17, with the grounds that apply as its examples; `keptByLaw` when an obligation or public task limits it (Art. 17(3)(b)) */
  erasure(grounds: ErasureGround[], keptByLaw: boolean): string;
  /** Art. 22, when a decision Art. 22(1) covers is in scope */
  rightAutomatedDecision: string;
  /** Art. 77, always; its section says where */
  rightComplaint: string;
  rightToObjectPointer: string;
  exerciseRights(email: string): string;
}

const consents = (a: ProcessingActivity) => a.legalBasis === 'art6_1_a' || a.specialCategoryCondition === 'art9_2_a';

/**
 * Art. 13(2)(b)-(d): access, rectification, erasure and restriction always (Art. 15-18), portability and
 * withdrawal where a basis in scope brings them, Art. 22 where a decision it covers is in scope, and the
 * complaint of Art. 77 always; objection (Art. 21) has its own section, pointed to where it applies.
 */
export function rights(ctx: SectionContext<RightsWording>): Block[] {
  const { t } = ctx;
  const all = ctx.orScope(activityRefs(ctx.activities));
  const where = (test: (a: ProcessingActivity) => boolean): EntityRef[] => activityRefs(ctx.activities.filter(test));
  const brings = (right: 'portability' | 'object' | 'withdraw_consent') => (a: ProcessingActivity) =>
    rightsForBasis(a.legalBasis).includes(right);
  const grounds: ErasureGround[] = ['no_longer_needed'];
  if (ctx.activities.some(consents)) grounds.push('consent_withdrawn');
  if (ctx.activities.some(brings('object')) || marketingActivities(ctx).length > 0) grounds.push('objection');
  const keptByLaw = ctx.activities.some((a) => a.legalBasis === 'art6_1_c' || a.legalBasis === 'art6_1_e');
  const portability = where(brings('portability'));
  const withdrawal = where(consents);
  const deciding = where((a) => art22Decision(a) !== null);
  const items: ListItem[] = [
    { text: t.right.access, sources: all },
    { text: t.right.rectification, sources: all },
    { text: t.erasure(grounds, keptByLaw), sources: all },
    { text: t.right.restriction, sources: all },
    ...(portability.length > 0 ? [{ text: t.right.portability, sources: portability }] : []),
    ...(withdrawal.length > 0 ? [{ text: t.right.withdraw_consent, sources: withdrawal }] : []),
    ...(deciding.length > 0 ? [{ text: t.rightAutomatedDecision, sources: deciding }] : []),
    { text: t.rightComplaint, sources: ctx.orScope(ctx.controllerRefs) },
  ];
  const blocks: Block[] = [list(t.rightsIntro, items)];
  if (objectionActivities(ctx).length > 0 || marketingActivities(ctx).length > 0)
    blocks.push(paragraph(t.rightToObjectPointer, activityRefs([...objectionActivities(ctx), ...marketingActivities(ctx)])));
  blocks.push(paragraph(t.exerciseRights(ctx.contactEmail), ctx.controllerRefs));
  return blocks;
}
