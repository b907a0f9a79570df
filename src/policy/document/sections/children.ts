import type { Block } from '../model';
import { paragraph } from './blocks';
import type { SectionContext } from './context';

/** The sentence of "Children". */
export interface ChildrenWording {
  children(age: number, email: string): string;
}

/** Only for a notice to people who use our services, and only with a recorded minimum age. */
export function children(ctx: SectionContext<ChildrenWording>): Block[] {
  const age = ctx.scope.options.minimumAge ?? ctx.controller?.minimumAge ?? null;
  if (age === null || !ctx.speaksToUsers) return [];
  return [paragraph(ctx.t.children(age, ctx.contactEmail), ctx.controllerRefs)];
}
