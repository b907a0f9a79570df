/** What several rules share: the recipients in use (the transfer rules too), and how a disclosure abroad is matched to its transfers. */
import type { ControllerProfile, Recipient, Transfer } from '../../domain/registry-snapshot';
import type { RuleContext, RuleHit } from '../rule';
import { groupByEach } from '../../common/group';

export const controllerHit = (c: ControllerProfile, message: string): RuleHit => ({
  entityType: 'controller',
  entityId: c.id,
  message: `Controller profile "${c.legalName || c.id}": ${message}`,
});

/** Recipients that active activities in scope disclose to, with the activities' names. */
export function recipientsInUse(ctx: RuleContext): { recipient: Recipient; by: string[] }[] {
  const users = groupByEach([...ctx.controllerActivities, ...ctx.processorActivities], (a) => a.recipientIds);
  return ctx.snapshot.recipients.flatMap((recipient) => {
    const by = users.get(recipient.id);
    return by ? [{ recipient, by: by.map((a) => `"${a.name}"`) }] : [];
  });
}

/** The transfers recorded to a recipient's own country. */
export const transfersTo = (ctx: RuleContext, recipient: Recipient): Transfer[] =>
  ctx.snapshot.transfers.filter((t) => t.recipientId === recipient.id && t.country.toUpperCase() === recipient.country.toUpperCase());

/** Whether the controller is established in `country` (ISO 3166-1 alpha-2). */
export const establishedIn = (ctx: RuleContext, country: string): boolean => ctx.controllerCountry === country;
