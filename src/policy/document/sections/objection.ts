import type { ProcessingActivity } from '../../../domain/registry-snapshot';
import type { Block } from '../model';
import { paragraph, ref } from './blocks';
import type { SectionContext } from './context';

/** The sentences of "Your right to object". */
export interface ObjectionWording {
  /** Art. 21(1); `publicTask` only when an Art. 6(1)(e) activity is among them */
  objectionIntro(activities: string, publicTask: boolean, legitimateInterests: boolean): string;
  /** Art. 21(2)-(3): absolute; `profiling` when one of them profiles for it */
  objectionMarketing(activities: string, profiling: boolean): string;
  objectionHow(email: string): string;
}

/** Art. 21(1): the balancing test, for public task and legitimate interests that are not direct marketing. */
export function objectionActivities(ctx: SectionContext): ProcessingActivity[] {
  return ctx.activities.filter((a) => (a.legalBasis === 'art6_1_e' || a.legalBasis === 'art6_1_f') && a.directMarketing !== true);
}

/** Art. 21(2): direct marketing, whatever its basis; a profiling flag alone does not make marketing. */
export function marketingActivities(ctx: SectionContext): ProcessingActivity[] {
  return ctx.activities.filter((a) => a.directMarketing === true);
}

/** Art. 21(4): shown clearly and separately from the other rights; the absolute objection first. */
export function objection(ctx: SectionContext<ObjectionWording>): Block[] | null {
  const { t, h } = ctx;
  const interests = objectionActivities(ctx);
  const marketing = marketingActivities(ctx);
  if (interests.length === 0 && marketing.length === 0) return null;
  const blocks: Block[] = [];
  if (marketing.length > 0)
    blocks.push(
      paragraph(
        t.objectionMarketing(
          h.and(marketing.map((a) => a.name)),
          marketing.some((a) => a.profiling),
        ),
        marketing.map((a) => ref('processing_activity', a)),
      ),
    );
  if (interests.length > 0)
    blocks.push(
      paragraph(
        t.objectionIntro(
          h.and(interests.map((a) => a.name)),
          interests.some((a) => a.legalBasis === 'art6_1_e'),
          interests.some((a) => a.legalBasis === 'art6_1_f'),
        ),
        interests.map((a) => ref('processing_activity', a)),
      ),
    );
  blocks.push(paragraph(t.objectionHow(ctx.contactEmail), ctx.controllerRefs));
  return blocks;
}
