import type { RecipientType, RequirementKind } from '../../../domain/vocabulary';
import type { AutomatedDecisionsWording } from '../sections/automated-decisions';
import type { ChangesWording } from '../sections/changes';
import type { ChildrenWording } from '../sections/children';
import type { ComplaintsWording } from '../sections/complaints';
import type { CookiesWording } from '../sections/cookies';
import type { DataWording } from '../sections/data';
import type { ObjectionWording } from '../sections/objection';
import type { ProvidingDataWording } from '../sections/providing-data';
import type { PurposesWording } from '../sections/purposes';
import type { RecipientsWording } from '../sections/recipients';
import type { RetentionWording } from '../sections/retention';
import type { RightsWording } from '../sections/rights';
import type { SecurityWording } from '../sections/security';
import type { SourcesWording } from '../sections/sources';
import type { TransfersWording } from '../sections/transfers';
import type { WhoWeAreWording } from '../sections/who-we-are';
import type { LawsWording } from '../sections/laws';
import { sentenceOf as sentence, upperFirst } from '../../../language/sentences';

/** What the renderer writes around the sections: their headings, the table of contents, the version's dates. */
export interface DocumentWording {
  headings: Record<SectionId, string>;
  tableOfContents: string;
  /** The banner over a preview of the draft */
  draftBanner: string;
  effectiveFrom(date: string): string;
  upcomingChange(date: string, summary: string): string;
}

/**
 * Every sentence the generator writes, for one language. A new language implements this whole
 * interface, so the compiler tells what is still to be translated. The sentences of each section are
 * declared beside the code that writes them, in sections/<section>.ts, in the order of the notice.
 */
export interface PolicyCatalogue
  extends
    DocumentWording,
    WhoWeAreWording,
    DataWording,
    SourcesWording,
    PurposesWording,
    CookiesWording,
    RecipientsWording,
    TransfersWording,
    RetentionWording,
    RightsWording,
    ObjectionWording,
    ComplaintsWording,
    ProvidingDataWording,
    AutomatedDecisionsWording,
    ChildrenWording,
    SecurityWording,
    ChangesWording,
    LawsWording {}

export const SECTION_IDS = [
  'who-we-are',
  'data-we-process',
  'sources',
  'purposes-and-legal-bases',
  'cookies-and-similar-technologies',
  'recipients',
  'international-transfers',
  'retention',
  'your-rights',
  'right-to-object',
  'complaints',
  'providing-data',
  'automated-decisions',
  'children',
  'security',
  'changes',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/**
 * The per-purpose table's cells: the same punctuation in every language, only the words differ (what a
 * requirement kind and a recipient role are called). Each catalogue spreads these in.
 */
export function tableCells(
  requirementKind: Record<RequirementKind, string>,
  recipientRole: Record<RecipientType, string>,
): Pick<PolicyCatalogue, 'purpose' | 'dataUsed' | 'requirementCell' | 'recipientInCell' | 'recipientsCell' | 'retentionForCategoryCell'> {
  return {
    purpose: (name, purpose) => `${name}: ${sentence(purpose)}`,
    dataUsed: (categories) => `${categories.join(', ')}.`,
    requirementCell: (kind, consequences) =>
      `${sentence(upperFirst(requirementKind[kind]))}${consequences?.trim() ? ` ${sentence(consequences)}` : ''}`,
    recipientInCell: (name, type) => `${name} (${recipientRole[type]})`,
    recipientsCell: (recipients) => `${recipients.join('; ')}.`,
    retentionForCategoryCell: (category, rule) => `${category}: ${rule}`,
  };
}
