import type { ProcessingActivity, Recipient } from '../../domain/registry-snapshot';
import { LEGAL_BASIS_LABELS } from '../../reference/legal-bases';
import { activityHit, isBlank, type Rule, type RuleHit } from '../rule';

/** A disclosure the law requires: an activity on a legal obligation (Art. 6(1)(c)) or a public task (e). */
const byLaw = (a: ProcessingActivity) => a.legalBasis === 'art6_1_c' || a.legalBasis === 'art6_1_e';

/** Art. 13(1)(e), 30(1)(d): who receives the data, as the record affirms it. */
export const RECIPIENT_RULES: readonly Rule[] = [
  {
    id: 'activity-recipients-recorded',
    severity: 'warning',
    article: 'Art. 13(1)(e), 30(1)(d)',
    description:
      'An activity records its recipients, or that no one receives its data with a reason (notApplicable.recipients); until it does, the notice says they are not recorded and never "we disclose your data to no one".',
    check: (ctx) =>
      ctx.controllerActivities
        .filter((a) => a.recipientIds.length === 0 && isBlank(a.notApplicable.recipients))
        .map((a) =>
          activityHit(
            a,
            'records no recipients and does not say that there are none (notApplicable.recipients). A warning: the notice cannot say that no one receives the data, nor that none leave the EEA, so it tells the reader that the recipients are not yet recorded and to ask (Art. 13(1)(e)); record the recipients, or that there are none and why.',
          ),
        ),
  },
  {
    id: 'sub-processor-engaged-by',
    severity: 'error',
    article: 'Art. 28(2), 28(4), 30(1)(d), 44',
    description:
      'A sub-processor is engaged by a processor: the recipient it names as engaging it (engagedBy) is a processor or sub-processor of ours, so that its onward transfer and its contract are judged from the right party.',
    check: (ctx) =>
      ctx.snapshot.recipients.flatMap((r): RuleHit[] => {
        if (r.type !== 'sub_processor' || !r.engagedBy) return [];
        const engaging = ctx.byId.recipients.get(r.engagedBy);
        if (engaging && (engaging.type === 'processor' || engaging.type === 'sub_processor')) return [];
        return [
          {
            entityType: 'recipient',
            entityId: r.id,
            message: `Recipient "${r.name}": a sub-processor whose engagedBy names ${engaging ? `"${engaging.name}", a recipient of type ${engaging.type}` : 'no recipient on record'}. An error: only a processor engages a sub-processor, with our authorisation and by a contract that passes on the same obligations (Art. 28(2), (4)); whether its data reach it by an onward transfer (Art. 44) depends on that processor. Name our processor that engaged it, or null when we engaged it ourselves.`,
          },
        ];
      }),
  },
  {
    id: 'recipient-public-authority-basis',
    severity: 'warning',
    article: 'Art. 6(1)(c), 6(1)(e), 13(1)(e)',
    description:
      'A public authority that receives data in scope does so for an activity on a legal obligation or public task, or the finding says which activities disclose to it on another basis.',
    check: (ctx) => {
      const authorities = new Map<string, { recipient: Recipient; activities: ProcessingActivity[] }>();
      for (const a of ctx.controllerActivities)
        for (const id of a.recipientIds) {
          const recipient = ctx.byId.recipients.get(id);
          if (recipient?.type !== 'public_authority') continue;
          const entry = authorities.get(id) ?? { recipient, activities: [] };
          entry.activities.push(a);
          authorities.set(id, entry);
        }
      return [...authorities.values()]
        .filter(({ activities }) => !activities.some(byLaw))
        .map(({ recipient, activities }): RuleHit => {
          const on = [...new Set(activities.map((a) => (a.legalBasis ? LEGAL_BASIS_LABELS[a.legalBasis] : 'no basis')))].join(', ');
          return {
            entityType: 'recipient',
            entityId: recipient.id,
            message: `Recipient "${recipient.name}": a public authority that receives data only for ${activities.map((a) => `"${a.name}"`).join(', ')} (${on}), none of which rests on a legal obligation (Art. 6(1)(c)) or a public task (Art. 6(1)(e)). A warning: a disclosure the law requires rests on (c), and the notice says "when the law requires it" only then; a disclosure on another basis, such as legal claims before a court under legitimate interests, may be lawful, and the notice lists it for the purposes shown. Record the activity on (c) that obliges the disclosure, if there is one.`,
          };
        });
    },
  },
];
