/**
 * Swiss FADP rules: they run only where the FADP applies (src/reference/laws.ts). A controller established in
 * Switzerland names every state it discloses data to (Art. 19(4)); a state not on the Federal Council's list
 * needs an Art. 16(2) guarantee or an Art. 17 exception. Annex 1 of the Data Protection Ordinance is not verified
 * in ropa's reference data, so no state counts as on it (the reading that protects the reader); a US recipient
 * certified under the Swiss–US DPF is covered. Source: ../shared/reference/uk-swiss-consent.md, "Switzerland".
 */
import type { Transfer } from '../../domain/registry-snapshot';
import { FADP_ADEQUATE_STATES, fadpGroundOf, SWISS_US_DPF } from '../../reference/uk-swiss-transfers';
import { isBlank, transferHit, type Rule, type RuleContext } from '../rule';
import { controllerHit, establishedIn, recipientsInUse, transfersTo } from './law-helpers';

const groundOf = (ctx: RuleContext, t: Transfer) => fadpGroundOf(t, ctx.byId.recipients.get(t.recipientId));

export const FADP_RULES: readonly Rule[] = [
  {
    id: 'fadp-disclosure-abroad',
    severity: 'error',
    law: 'ch_fadp',
    article: 'FADP Art. 16, 17, 19(4)',
    description:
      "A controller established in Switzerland records, for each recipient abroad, the state it goes to and, for a state not on the Federal Council's list, the Art. 16(2) guarantee or the Art. 17 exception relied on (a certified US recipient: the Swiss–US DPF).",
    check: (ctx) => {
      if (!establishedIn(ctx, 'CH')) return [];
      return recipientsInUse(ctx).flatMap(({ recipient, by }) => {
        const country = recipient.country.toUpperCase();
        if (country === 'CH') return [];
        const recorded = transfersTo(ctx, recipient);
        if (recorded.length === 0) {
          return [
            {
              entityType: 'recipient' as const,
              entityId: recipient.id,
              message: `Recipient "${recipient.name}" is in ${country}, abroad, and receives data from ${by.join(', ')}, but no disclosure to ${country} is recorded: the notice must name the state and the guarantee or exception (a transfer with its localTools).`,
            },
          ];
        }
        const listNote = FADP_ADEQUATE_STATES.verified
          ? ''
          : ` (${FADP_ADEQUATE_STATES.instrument} is not verified in ropa, so no state counts as on the list)`;
        return recorded.flatMap((t) =>
          groundOf(ctx, t) !== null
            ? []
            : [
                transferHit(
                  ctx,
                  t,
                  `is a disclosure abroad with no Art. 16(2) FADP guarantee (localTools: ch_scc) and no Art. 17 exception (a derogation), and ${country} is not on the Federal Council's list${listNote}${country === 'US' ? `; a US recipient certified under the ${SWISS_US_DPF.name} (swissDpfCertified) may be relied on with the dpf mechanism` : ''}.`,
                ),
              ],
        );
      });
    },
  },
  {
    id: 'swiss-representative',
    severity: 'warning',
    law: 'ch_fadp',
    article: 'FADP Art. 14',
    description:
      'A controller established outside Switzerland to which the FADP applies names its Swiss representative, or says why the FADP does not require one (Art. 14: regular, large-scale processing of data of people in Switzerland, with a high risk).',
    check: (ctx) => {
      const c = ctx.snapshot.controller;
      if (!c || establishedIn(ctx, 'CH') || c.swissRepresentative || !isBlank(c.notApplicable?.swissRepresentative)) return [];
      return [
        controllerHit(
          c,
          `the FADP applies, and a controller abroad must appoint a representative in Switzerland where it processes data of people in Switzerland regularly and on a large scale, with a high risk for them (Art. 14 FADP, conditions as ropa's reference note reads them). Name the representative (swissRepresentative) or record why these conditions are not met (notApplicable.swissRepresentative).`,
        ),
      ];
    },
  },
];
