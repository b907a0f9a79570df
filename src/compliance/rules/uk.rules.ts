/**
 * UK GDPR rules: they run only where the UK GDPR applies (src/reference/laws.ts). Transfers are judged from the
 * United Kingdom for a controller established there: the UK's adequacy regulations as verified (the EEA), the UK
 * Extension for a certified US recipient, else the ICO's IDTA or the UK Addendum; an EU SCC module alone is not a
 * UK transfer tool. Source: ../shared/reference/uk-swiss-consent.md, "United Kingdom".
 */
import type { Transfer } from '../../domain/registry-snapshot';
import { UK_EXTENSION, ukAdequate } from '../../reference/uk-swiss-transfers';
import { isBlank, transferHit, type Rule, type RuleContext } from '../rule';
import { controllerHit, establishedIn, recipientsInUse, transfersTo } from './law-helpers';

const hasUkTool = (t: Transfer): boolean => t.localTools.includes('uk_idta') || t.localTools.includes('uk_addendum');

/** Why a transfer out of the UK has no UK ground; null when it has one. */
function missingUkGround(ctx: RuleContext, t: Transfer): string | null {
  const country = t.country.toUpperCase();
  if (country === 'GB' || ukAdequate(country) || hasUkTool(t)) return null;
  const recipient = ctx.byId.recipients.get(t.recipientId);
  switch (t.mechanism) {
    case 'scc':
      return 'rests on the EU standard contractual clauses alone, which are not a UK transfer tool: record the IDTA or the UK Addendum to the EU SCCs (localTools).';
    case 'dpf':
      return country === 'US' && recipient?.ukExtensionCertified === true
        ? null
        : `relies on the Data Privacy Framework, which covers a UK transfer only to a US recipient certified under the ${UK_EXTENSION.name} (ukExtensionCertified); record that certification, the IDTA or the UK Addendum.`;
    case 'adequacy':
      return `relies on adequacy, but the UK adequacy regulations as ropa has verified them cover the EEA only, not ${country}: record the IDTA or the UK Addendum (localTools), or verify the UK list.`;
    case 'bcr':
    case 'code_of_conduct':
    case 'certification':
    case 'derogation':
      return null;
  }
}

export const UK_RULES: readonly Rule[] = [
  {
    id: 'uk-representative',
    severity: 'error',
    law: 'uk_gdpr',
    article: 'UK GDPR Art. 27, 13(1)(a)',
    description:
      'A controller established outside the United Kingdom to which the UK GDPR applies (it targets people in the UK) names its UK representative, or says why none is needed.',
    check: (ctx) => {
      const c = ctx.snapshot.controller;
      if (!c || establishedIn(ctx, 'GB') || c.ukRepresentative || !isBlank(c.notApplicable?.ukRepresentative)) return [];
      return [
        controllerHit(
          c,
          `the UK GDPR applies (its services target people in the United Kingdom), but it is established in ${ctx.controllerCountry ?? 'no recorded country'} and names no representative in the UK (ukRepresentative) and no reason why none is needed (notApplicable.ukRepresentative).`,
        ),
      ];
    },
  },
  {
    id: 'uk-transfer-tool',
    severity: 'error',
    law: 'uk_gdpr',
    article: 'UK GDPR Art. 44-46; DPA 2018 s.119A',
    description:
      'A controller established in the United Kingdom records, for each recipient outside the UK and the EEA, a transfer with a UK ground: the UK Extension for a certified US recipient, the IDTA, or the UK Addendum to the EU SCCs (an EU SCC module alone is not a UK transfer tool).',
    check: (ctx) => {
      if (!establishedIn(ctx, 'GB')) return [];
      return recipientsInUse(ctx).flatMap(({ recipient, by }) => {
        const country = recipient.country.toUpperCase();
        if (country === 'GB' || ukAdequate(country)) return [];
        const recorded = transfersTo(ctx, recipient);
        if (recorded.length === 0) {
          return [
            {
              entityType: 'recipient' as const,
              entityId: recipient.id,
              message: `Recipient "${recipient.name}" is in ${country}, outside the UK and the EEA, and receives data from ${by.join(', ')}, but no transfer to ${country} with its UK transfer tool is recorded.`,
            },
          ];
        }
        return recorded.flatMap((t) => {
          const message = missingUkGround(ctx, t);
          return message === null ? [] : [transferHit(ctx, t, message)];
        });
      });
    },
  },
];
