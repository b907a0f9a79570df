import type { ProcessingActivity, Recipient } from '../../../domain/registry-snapshot';
import { RECIPIENT_TYPES, type RecipientType } from '../../../domain/vocabulary';
import type { Block } from '../model';
import { activityRefs, byIds, list, paragraph, ref } from './blocks';
import type { SectionContext } from './context';

/** The sentences of "Who receives your data". */
export interface RecipientsWording {
  recipientsIntro: string;
  recipientType: Record<RecipientType, string>;
  /** Public authorities that receive data only for purposes other than a legal obligation or public task */
  publicAuthorityForPurposes: string;
  recipient(name: string, country: string, description: string | null): string;
  ownPolicy(url: string): string;
  /** Art. 26(2): the essence of the arrangement, written by the DPO */
  jointArrangement(essence: string): string;
  /** Art. 26(1): where to turn */
  jointContactPoint(contact: string): string;
  /** Art. 26(3): whatever the arrangement, the person's rights hold against each controller */
  jointRights: string;
  /** Every activity in scope records, with a reason, that no one receives its data */
  noRecipients: string;
  /** Some activities record neither recipients nor that there are none: the notice says so, never "no one" */
  recipientsNotRecorded(activities: string, email: string): string;
}

/** Whether the activity discloses under a legal obligation or public task, as "when the law requires it" says. */
const byLaw = (a: ProcessingActivity) => a.legalBasis === 'art6_1_c' || a.legalBasis === 'art6_1_e';

/** A recipient's item: its name, country and description, its own policy, and for a joint controller Art. 26. */
function item(ctx: SectionContext<RecipientsWording>, r: Recipient) {
  const { t, h } = ctx;
  return {
    text: [
      t.recipient(r.name, h.country(r.country), r.description),
      r.privacyPolicyUrl ? t.ownPolicy(r.privacyPolicyUrl) : '',
      // Art. 26(2): the essence of the arrangement is made available to the data subject.
      r.type === 'joint_controller' && r.jointArrangement?.trim() ? t.jointArrangement(r.jointArrangement) : '',
      r.type === 'joint_controller' && r.contactPoint?.trim() ? t.jointContactPoint(r.contactPoint) : '',
      r.type === 'joint_controller' ? t.jointRights : '',
    ]
      .filter(Boolean)
      .join(' '),
    sources: [ref('recipient', r)],
  };
}

/**
 * The recipients of the scope's activities, one list per kind of recipient (Art. 13(1)(e)). "We disclose
 * your data to no one" only when every activity records that, with a reason; an activity that records
 * neither recipients nor that there are none is named as not recorded.
 */
export function recipients(ctx: SectionContext<RecipientsWording>): Block[] {
  const { t, h } = ctx;
  const all = byIds(ctx.snapshot.recipients, new Set(ctx.activities.flatMap((a) => a.recipientIds)));
  const unrecorded = ctx.activities.filter((a) => a.recipientIds.length === 0 && !a.notApplicable.recipients?.trim());
  const notRecorded =
    unrecorded.length > 0
      ? [paragraph(t.recipientsNotRecorded(h.and(unrecorded.map((a) => a.name)), ctx.contactEmail), activityRefs(unrecorded))]
      : [];
  if (all.length === 0) {
    if (!ctx.recipientsKnown) return notRecorded;
    return [paragraph(t.noRecipients, activityRefs(ctx.activities))];
  }
  const blocks: Block[] = [
    paragraph(
      t.recipientsIntro,
      all.map((r) => ref('recipient', r)),
    ),
  ];
  for (const type of RECIPIENT_TYPES) {
    const group = all.filter((r) => r.type === type);
    if (group.length === 0) continue;
    if (type !== 'public_authority') {
      blocks.push(
        list(
          `${t.recipientType[type]}:`,
          group.map((r) => item(ctx, r)),
        ),
      );
      continue;
    }
    // "When the law requires it" is true of an authority that receives data under an obligation or public task.
    const required = group.filter((r) => ctx.activities.some((a) => byLaw(a) && a.recipientIds.includes(r.id)));
    const otherwise = group.filter((r) => !required.includes(r));
    if (required.length > 0)
      blocks.push(
        list(
          `${t.recipientType.public_authority}:`,
          required.map((r) => item(ctx, r)),
        ),
      );
    if (otherwise.length > 0)
      blocks.push(
        list(
          `${t.publicAuthorityForPurposes}:`,
          otherwise.map((r) => item(ctx, r)),
        ),
      );
  }
  return [...blocks, ...notRecorded];
}
