import type { EntityRef } from '../../../domain/entity-types';
import type { ProcessingActivity } from '../../../domain/registry-snapshot';
import {
  LEGAL_BASES,
  type LegalBasis,
  MARKETING_CHANNELS,
  type MarketingChannel,
  type RecipientType,
  type RequirementKind,
  type SpecialCategoryCondition,
} from '../../../domain/vocabulary';
import { sentenceOf } from '../../../language/sentences';
import type { Block } from '../model';
import { activityRefs, byIds, paragraph, ref, uniqueRefs } from './blocks';
import type { SectionContext } from './context';
import { requirementOf } from './providing-data';
import { describeRetention, orderedRetentionByCategory, type RuleWording } from './retention';

/** The sentences of "Why we use your data and on what legal basis", and the cells of its per-purpose table. */
export interface PurposesWording {
  purposesIntro: string;
  /** Purpose · data · legal basis · retention · recipients */
  purposeColumns: [string, string, string, string, string];
  basisGroup: Record<LegalBasis, string>;
  /** The legal basis as a table cell: a short name and its article */
  basisLabel: Record<LegalBasis, string>;
  purpose(name: string, purpose: string): string;
  dataUsed(categories: string[]): string;
  requirementKind: Record<RequirementKind, string>;
  requirementCell(kind: RequirementKind, consequences: string | null): string;
  recipientInCell(name: string, type: RecipientType): string;
  recipientsCell(recipients: string[]): string;
  retentionForCategoryCell(category: string, rule: string): string;
  legitimateInterest(interest: string): string;
  legalObligation(law: string): string;
  consentGiven(how: string): string;
  consentWithdrawn(how: string): string;
  /** Art. 21(2)-(3), with the channels the marketing uses (none when not recorded) */
  directMarketingNote(channels: string[]): string;
  marketingChannel: Record<MarketingChannel, string>;
  /** ePrivacy Directive Art. 13(2): e-mail or SMS to our customers without consent, and how to refuse it */
  softOptIn(channels: string[], objection: string): string;
  /** An Art. 9(2) condition as cited in this language (its article and a few words), given to specialCondition */
  specialConditionLabel: Record<SpecialCategoryCondition, string>;
  specialCondition(condition: string): string;
  /** Art. 9(2)(b), (g)-(j): the Union or Member State law the condition rests on */
  specialConditionLaw(law: string): string;
  criminalAuthorisation(authorisation: string): string;
  consentWithdrawal: string;
}

type Wording = PurposesWording & RuleWording;

/** The retention cell of one purpose: its general rule, its rules per data category, or why none applies. */
function retentionOf(ctx: SectionContext<Wording>, a: ProcessingActivity): { text: string; sources: EntityRef[] } {
  const parts: string[] = [];
  const sources: EntityRef[] = [];
  if (a.retentionRuleId) {
    const general = describeRetention(ctx, a.retentionRuleId, a);
    if (general) {
      parts.push(general.text);
      sources.push(general.source);
    }
  }
  for (const entry of orderedRetentionByCategory(ctx, a)) {
    const described = describeRetention(ctx, entry.retentionRuleId, a);
    const category = ctx.snapshot.dataCategories.find((c) => c.id === entry.dataCategoryId);
    if (described && category) {
      parts.push(ctx.t.retentionForCategoryCell(category.name, described.text));
      sources.push(described.source, ref('data_category', category));
    }
  }
  if (parts.length === 0 && a.notApplicable.retention?.trim()) parts.push(sentenceOf(a.notApplicable.retention));
  return { text: parts.join(' '), sources };
}

/** Direct marketing by e-mail or SMS on a basis other than consent: what the soft opt-in of ePrivacy Art. 13(2) covers. */
const ELECTRONIC_MAIL: readonly MarketingChannel[] = ['email', 'sms'];

/** The legal-basis cell: the basis, what it rests on, how consent is given and taken back, Art. 9(2) / 10, Art. 21(2). */
function basisOf(ctx: SectionContext<Wording>, a: ProcessingActivity): string {
  const { t } = ctx;
  const parts = a.legalBasis ? [t.basisLabel[a.legalBasis]] : [];
  if (a.legalBasis === 'art6_1_f' && a.legitimateInterest?.trim()) parts.push(t.legitimateInterest(a.legitimateInterest));
  if (a.legalBasis === 'art6_1_c' && a.legalObligation?.trim()) parts.push(t.legalObligation(a.legalObligation));
  if (a.specialCategoryCondition) parts.push(t.specialCondition(t.specialConditionLabel[a.specialCategoryCondition]));
  if (a.specialCategoryCondition && a.specialCategoryLaw?.trim()) parts.push(t.specialConditionLaw(a.specialCategoryLaw));
  if (a.criminalDataAuthorisation?.trim()) parts.push(t.criminalAuthorisation(a.criminalDataAuthorisation));
  if (a.legalBasis === 'art6_1_a' || a.specialCategoryCondition === 'art9_2_a') {
    if (a.consentMechanism?.trim()) parts.push(t.consentGiven(a.consentMechanism));
    if (a.consentWithdrawal?.trim()) parts.push(t.consentWithdrawn(a.consentWithdrawal));
  }
  if (a.directMarketing === true) {
    // In the vocabulary's order, whatever order the DPO listed them in.
    const channels = MARKETING_CHANNELS.filter((c) => a.marketingChannels.includes(c));
    parts.push(t.directMarketingNote(channels.map((c) => t.marketingChannel[c])));
    const electronic = channels.filter((c) => ELECTRONIC_MAIL.includes(c));
    if (electronic.length > 0 && a.legalBasis !== 'art6_1_a' && a.softOptIn?.objection.trim())
      parts.push(
        t.softOptIn(
          electronic.map((c) => t.marketingChannel[c]),
          a.softOptIn.objection,
        ),
      );
  }
  return parts.join(' ');
}

/**
 * Per purpose, not per list (WP260 rev.01 §II; DPC decision on WhatsApp, 2021): one row per activity,
 * in the order of the legal bases, naming its data, basis, retention and recipients.
 */
export function purposes(ctx: SectionContext<Wording>): Block[] {
  const { t } = ctx;
  const blocks: Block[] = [paragraph(t.purposesIntro, ctx.orScope(activityRefs(ctx.activities)))];
  const rows = LEGAL_BASES.flatMap((basis) => ctx.activities.filter((a) => a.legalBasis === basis)).map((a) => {
    const categories = byIds(ctx.snapshot.dataCategories, a.dataCategoryIds);
    const recipients = byIds(ctx.snapshot.recipients, a.recipientIds);
    const retention = retentionOf(ctx, a);
    const requirement = requirementOf(a);
    const data = [
      categories.length > 0 ? t.dataUsed(categories.map((c) => c.name)) : '',
      requirement ? t.requirementCell(requirement.kind, requirement.consequences) : '',
    ]
      .filter(Boolean)
      .join(' ');
    const receivers =
      recipients.length > 0
        ? t.recipientsCell(recipients.map((r) => t.recipientInCell(r.name, r.type)))
        : a.notApplicable.recipients?.trim()
          ? sentenceOf(a.notApplicable.recipients)
          : '';
    return {
      cells: [t.purpose(a.name, a.purpose), data, basisOf(ctx, a), retention.text, receivers],
      sources: uniqueRefs([
        ref('processing_activity', a),
        ...categories.map((c) => ref('data_category', c)),
        ...retention.sources,
        ...recipients.map((r) => ref('recipient', r)),
      ]),
    };
  });
  if (rows.length > 0)
    blocks.push({
      kind: 'table',
      caption: null,
      columns: [...t.purposeColumns],
      rows,
      sources: uniqueRefs(rows.flatMap((r) => r.sources)),
    });
  const consent = ctx.activities.filter((a) => a.legalBasis === 'art6_1_a' || a.specialCategoryCondition === 'art9_2_a');
  if (consent.length > 0)
    blocks.push(
      paragraph(
        t.consentWithdrawal,
        consent.map((a) => ref('processing_activity', a)),
      ),
    );
  return blocks;
}
