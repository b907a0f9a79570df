import { RECIPIENT_TYPES, type RecipientType } from '../../../domain/vocabulary';
import type { Block } from '../model';
import { activityRefs, byIds, list, paragraph, ref } from './blocks';
import type { SectionContext } from './context';

/** The sentences of "Who receives your data". */
export interface RecipientsWording {
  recipientsIntro: string;
  recipientType: Record<RecipientType, string>;
  recipient(name: string, country: string, description: string | null): string;
  ownPolicy(url: string): string;
  /** Art. 26(2): the essence of the arrangement, written by the DPO */
  jointArrangement(essence: string): string;
  /** Art. 26(1): where to turn */
  jointContactPoint(contact: string): string;
  noRecipients: string;
}

/** The recipients of the scope's activities, one list per kind of recipient. */
export function recipients(ctx: SectionContext<RecipientsWording>): Block[] {
  const { t, h } = ctx;
  const all = byIds(ctx.snapshot.recipients, new Set(ctx.activities.flatMap((a) => a.recipientIds)));
  if (all.length === 0) {
    const reasons = ctx.activities.filter((a) => a.notApplicable.recipients);
    return [paragraph(t.noRecipients, ctx.orScope(activityRefs(reasons.length > 0 ? reasons : ctx.activities)))];
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
    blocks.push(
      list(
        `${t.recipientType[type]}:`,
        group.map((r) => ({
          text: [
            t.recipient(r.name, h.country(r.country), r.description),
            r.privacyPolicyUrl ? t.ownPolicy(r.privacyPolicyUrl) : '',
            // Art. 26(2): the essence of the arrangement is made available to the data subject.
            type === 'joint_controller' && r.jointArrangement?.trim() ? t.jointArrangement(r.jointArrangement) : '',
            type === 'joint_controller' && r.contactPoint?.trim() ? t.jointContactPoint(r.contactPoint) : '',
          ]
            .filter(Boolean)
            .join(' '),
          sources: [ref('recipient', r)],
        })),
      ),
    );
  }
  return blocks;
}
