import type { EntityType } from '../../domain/entity-types';
import type { EntryShapes, ProcessingActivity, Recipient } from '../../domain/registry-snapshot';

/*
 * Which translatable texts a notice prints, for `translation-missing` (Art. 12(1)): a translation is asked only for a
 * text the notice in that language would print. Two kinds of text are never asked for:
 * - a text printed only under a condition the entry does not meet (a legitimate interest under a basis other than
 *   Art. 6(1)(f), a joint arrangement of a recipient that is no joint controller): the notice leaves it out
 *   (src/policy/document/sections/purposes.ts and recipients.ts print them on the same conditions);
 * - a name that is the same in every language (the supervisory authority's own name, a recipient's legal name): a
 *   translation is used where one is given, and its absence is no gap.
 */

const consentPrinted = (a: ProcessingActivity): boolean => a.legalBasis === 'art6_1_a' || a.specialCategoryCondition === 'art9_2_a';
const jointOnly = (r: Recipient): boolean => r.type === 'joint_controller';

/** Texts a notice prints only when the entry meets the condition. */
const PRINTED_ONLY_WHEN = {
  processing_activity: {
    legitimateInterest: (a) => a.legalBasis === 'art6_1_f',
    legalObligation: (a) => a.legalBasis === 'art6_1_c',
    consentMechanism: consentPrinted,
    consentWithdrawal: consentPrinted,
  },
  // A legal name ("LiveChat, Inc.") is the same in every language; a category of recipients is translated.
  recipient: { name: (r) => !r.legalEntity, jointArrangement: jointOnly, contactPoint: jointOnly },
} satisfies { [T in EntityType]?: Record<string, (entry: EntryShapes[T]) => boolean> };

/** Names that are the same in every language: a translation is used where given, never asked for. */
export const LANGUAGE_NEUTRAL: { [T in EntityType]?: readonly string[] } = {
  controller: ['supervisoryAuthority.name'],
};

/** Whether a notice prints the field of this entry, so that its missing translation is a gap. */
export function translationAsked(type: EntityType, field: string, entry: unknown): boolean {
  if (LANGUAGE_NEUTRAL[type]?.includes(field)) return false;
  const conditions = PRINTED_ONLY_WHEN[type as keyof typeof PRINTED_ONLY_WHEN] as Record<string, (entry: unknown) => boolean> | undefined;
  const condition = conditions?.[field];
  return condition === undefined || condition(entry);
}
