import type { Block } from '../model';
import { paragraph } from './blocks';
import type { SectionContext } from './context';

/** The sentence of "Changes to this policy". */
export interface ChangesWording {
  /** `stopUsing`: the reader uses our services, so may stop using them */
  changes(noticeDays: number, stopUsing: boolean): string;
}

/** How changes are announced, and how long before they take effect. */
export function changes(ctx: SectionContext<ChangesWording>): Block[] {
  return [paragraph(ctx.t.changes(ctx.scope.options.noticeDays, ctx.speaksToUsers), ctx.orScope(ctx.controllerRefs))];
}
