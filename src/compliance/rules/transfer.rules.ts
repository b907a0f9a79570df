import { ADEQUACY_DECISIONS, adequacyDecisionInForce } from '../../reference/adequacy';
import { TRANSFER_MECHANISM_LABELS } from '../../reference/transfer-mechanisms';
import type { Recipient, Transfer } from '../../domain/registry-snapshot';
import { onwardLegOf } from '../../reference/onward-transfers';
import { derivedSccModules, SCC_MODULE_LABELS } from '../../reference/scc';
import { isBlank, transferHit, type Rule, type RuleContext, type RuleHit } from '../rule';
import { recipientsInUse } from './law-helpers';

/** Art. 46/47 safeguards, and the Art. 49(1) second-subparagraph transfer: the notice says how to get a copy (Art. 13(1)(f)). */
function hasSafeguardsToCopy(t: Transfer): boolean {
  switch (t.mechanism) {
    case 'scc':
    case 'bcr':
    case 'code_of_conduct':
    case 'certification':
      return true;
    case 'derogation':
      return t.derogation === 'compelling_legitimate_interests';
    case 'adequacy':
    case 'dpf':
      return false;
  }
}

/** The modules the roles call for, over the active activities in scope that disclose to the transfer's recipient. */
const sccModulesOf = (ctx: RuleContext, t: Transfer) =>
  derivedSccModules([...ctx.controllerActivities, ...ctx.processorActivities], ctx.byId.recipients.get(t.recipientId));

const DPF_DECISION = ADEQUACY_DECISIONS.find((d) => d.decision === 'Implementing Decision (EU) 2023/1795');

/**
 * Chapter V applies only to a third country as seen from the controller's establishment; an EEA
 * destination, or the own country of a controller outside the EEA, gets `transfer-inside-eea` instead.
 */
const thirdCountry = (ctx: RuleContext) => ctx.transfers.filter((t) => ctx.disclosure(t.country).kind === 'third_country');

const eachThirdCountryTransfer =
  (check: (t: Transfer, ctx: RuleContext) => string | null) =>
  (ctx: RuleContext): RuleHit[] =>
    thirdCountry(ctx).flatMap((t) => {
      const message = check(t, ctx);
      return message === null ? [] : [transferHit(ctx, t, message)];
    });

export const TRANSFER_RULES: readonly Rule[] = [
  {
    id: 'recipient-transfer-missing',
    severity: 'error',
    article: 'Art. 44, 30(1)(e), 13(1)(f)',
    description:
      "A recipient in a third country (outside the EEA and, for a controller established outside it, outside the controller's own country) has a transfer to its country, with the mechanism, recorded.",
    check: (ctx) => {
      // Country by country: a transfer recorded to another country does not cover the recipient's own.
      const covered = new Set(ctx.snapshot.transfers.map((t) => `${t.recipientId}:${t.country.toUpperCase()}`));
      const thirdCountry = (country: string) => ctx.disclosure(country).kind === 'third_country';
      // A sub-processor that our processor abroad engaged receives the data by that processor's onward transfer.
      const onward = (r: Recipient) => onwardLegOf(r, (id) => ctx.byId.recipients.get(id), thirdCountry, ctx.snapshot.transfers) !== null;
      return recipientsInUse(ctx)
        .filter(({ recipient: r }) => thirdCountry(r.country) && !covered.has(`${r.id}:${r.country.toUpperCase()}`) && !onward(r))
        .map(({ recipient: r, by }) => ({
          entityType: 'recipient' as const,
          entityId: r.id,
          message: `Recipient "${r.name}" is in ${r.country}, a third country for us, and receives data from ${by.join(', ')}, but no transfer to ${r.country} (with its mechanism) is recorded for it.`,
        }));
    },
  },
  {
    id: 'transfer-adequacy',
    severity: 'error',
    article: 'Art. 45',
    description:
      'A transfer relying on an adequacy decision goes to a country for which a decision is in force on the date; a decision limited to certified organisations (the US) covers only a certified recipient.',
    check: eachThirdCountryTransfer((t, ctx) => {
      if (t.mechanism !== 'adequacy') return null;
      const judged = ctx.disclosure(t.country);
      const decision = judged.kind === 'third_country' ? judged.decision : null;
      if (!decision) {
        return judged.kind === 'third_country' && judged.lapsed
          ? null
          : `relies on an adequacy decision, but the Commission has adopted none for ${t.country} in force on ${ctx.onDate}; record SCCs, BCRs or another mechanism.`;
      }
      if (decision.requiresCertification && ctx.byId.recipients.get(t.recipientId)?.dpfCertified !== true) {
        return `relies on ${decision.name} (${decision.decision}), which covers only ${decision.scope}, and the recipient is not recorded as certified.`;
      }
      return null;
    }),
  },
  {
    id: 'transfer-adequacy-lapsed',
    severity: 'error',
    article: 'Art. 45, 44',
    description:
      'A transfer does not rely on an adequacy decision that has ceased to apply (Safe Harbor, Privacy Shield); the finding names the decision, its end and the judgment that ended it.',
    check: eachThirdCountryTransfer((t, ctx) => {
      const judged = ctx.disclosure(t.country);
      if (t.mechanism !== 'adequacy' || judged.kind !== 'third_country' || judged.decision) return null;
      const lapsed = judged.lapsed;
      if (!lapsed) return null;
      const by = lapsed.endedBy ? `, ended by ${lapsed.endedBy}` : '';
      return `relies on the adequacy decision ${lapsed.name} (${lapsed.decision}), which ceased to apply after ${lapsed.validUntil}${by}; on ${ctx.onDate} no decision covers ${t.country}, so record another mechanism.`;
    }),
  },
  {
    id: 'transfer-dpf',
    severity: 'error',
    article: 'Art. 45, Decision (EU) 2023/1795',
    description:
      'A transfer under the EU-US Data Privacy Framework goes to a DPF-certified recipient in the United States, while the framework is in force.',
    check: eachThirdCountryTransfer((t, ctx) => {
      if (t.mechanism !== 'dpf') return null;
      const problems = [
        t.country.toUpperCase() !== 'US' && `the destination is ${t.country}, not the United States`,
        ctx.byId.recipients.get(t.recipientId)?.dpfCertified !== true && 'the recipient is not recorded as DPF-certified',
        (DPF_DECISION === undefined || adequacyDecisionInForce('US', ctx.onDate) !== DPF_DECISION) &&
          `the framework was not in force on ${ctx.onDate}`,
      ].filter((p) => p !== false);
      return problems.length > 0 ? `relies on the EU-US Data Privacy Framework, but ${problems.join(' and ')}.` : null;
    }),
  },
  {
    id: 'transfer-scc-module',
    severity: 'error',
    article: 'Art. 46(2)(c), Decision (EU) 2021/914',
    description:
      'A transfer under standard contractual clauses names the module used (1-4), unless the roles of the parties decide it (then it is derived).',
    check: eachThirdCountryTransfer((t, ctx) =>
      t.mechanism === 'scc' && t.sccModule == null && sccModulesOf(ctx, t).length !== 1
        ? 'relies on standard contractual clauses without naming the module (1-4), and the roles of the parties do not decide one.'
        : null,
    ),
  },
  {
    id: 'transfer-scc-module-roles',
    severity: 'warning',
    article: 'Art. 46(2)(c), 28(2), 28(4), Decision (EU) 2021/914',
    description:
      'The SCC module stated matches the roles in every activity using the transfer: controller→controller One, controller→processor Two, processor→(sub-)processor Three (a sub-processor receives the data from a processor: ours, or us acting as processor), processor→controller Four.',
    check: eachThirdCountryTransfer((t, ctx) => {
      const stated = t.sccModule;
      if (t.mechanism !== 'scc' || stated == null) return null;
      const recipient = ctx.byId.recipients.get(t.recipientId);
      const contradicting = [...ctx.controllerActivities, ...ctx.processorActivities].flatMap((a) =>
        derivedSccModules([a], recipient)
          .filter((module) => module !== stated)
          .map((module) => `"${a.name}" calls for ${SCC_MODULE_LABELS[module]}`),
      );
      return contradicting.length > 0
        ? `states ${SCC_MODULE_LABELS[stated]}, but the roles of the parties do not agree: ${contradicting.join('; ')}.`
        : null;
    }),
  },
  {
    id: 'transfer-derogation-ground',
    severity: 'error',
    article: 'Art. 49(1)',
    description: 'A transfer under a derogation names its Art. 49(1) ground.',
    check: eachThirdCountryTransfer((t) =>
      t.mechanism === 'derogation' && t.derogation == null
        ? `relies on ${TRANSFER_MECHANISM_LABELS.derogation} without naming which ground of Art. 49(1) applies.`
        : null,
    ),
  },
  {
    id: 'transfer-derogation-safeguards',
    severity: 'error',
    article: 'Art. 49(1) second subparagraph, 49(6), 30(1)(e)',
    description: 'A transfer on compelling legitimate interests documents the assessment and the suitable safeguards.',
    check: eachThirdCountryTransfer((t) =>
      t.mechanism === 'derogation' && t.derogation === 'compelling_legitimate_interests' && isBlank(t.safeguards)
        ? 'relies on compelling legitimate interests but the record does not document the assessment and the suitable safeguards (safeguards).'
        : null,
    ),
  },
  {
    id: 'transfer-copy-of-safeguards',
    severity: 'warning',
    article: 'Art. 13(1)(f), 14(1)(f)',
    description:
      'Data subjects can learn how to obtain a copy of the safeguards of an Art. 46/47 (or Art. 49(1) second subparagraph) transfer.',
    check: eachThirdCountryTransfer((t) =>
      hasSafeguardsToCopy(t) && !t.copyAvailable && isBlank(t.copyInstructions)
        ? 'the privacy policy cannot tell people how to obtain a copy of the safeguards (copyAvailable or copyInstructions).'
        : null,
    ),
  },
  {
    id: 'transfer-inside-eea',
    severity: 'warning',
    article: 'Art. 44',
    description:
      'A transfer recorded to an EEA country, or to the own country of a controller established outside the EEA, is not a transfer to a third country.',
    check: (ctx) =>
      ctx.transfers.flatMap((t) => {
        const kind = ctx.disclosure(t.country).kind;
        if (kind === 'third_country') return [];
        // Under the FADP a Swiss controller records every state abroad with its guarantee (Art. 19(4)), EEA ones included.
        if (kind === 'within_eea' && ctx.controllerCountry === 'CH' && ctx.laws.includes('ch_fadp')) return [];
        return [
          transferHit(
            ctx,
            t,
            kind === 'within_eea'
              ? `${t.country} is in the EEA, so this is not a transfer to a third country and needs no mechanism.`
              : `${t.country} is where we are established, so this is a disclosure in our own country, not a transfer under Chapter V, and needs no mechanism.`,
          ),
        ];
      }),
  },
  {
    id: 'transfer-country-mismatch',
    severity: 'warning',
    article: 'Art. 30(1)(e)',
    description: "A transfer's destination is the recipient's country.",
    check: (ctx) =>
      ctx.transfers.flatMap((t) => {
        const recipient = ctx.byId.recipients.get(t.recipientId);
        return recipient && recipient.country.toUpperCase() !== t.country.toUpperCase()
          ? [transferHit(ctx, t, `the destination differs from the recipient's country (${recipient.country}).`)]
          : [];
      }),
  },
];
