import type { EntityRef } from '../../domain/entity-types';
import type { PolicyLanguage } from '../../domain/languages';
import type { Law } from '../../domain/vocabulary';

/**
 * A generated privacy policy: sections of blocks, each block (and list item, and table row)
 * carrying the registry entries it was made from, so every sentence can be traced to the record.
 */
export interface PolicyDocument {
  title: string;
  language: string;
  /** The data protection laws the notice answers to (src/reference/laws.ts), in a fixed order */
  laws: Law[];
  sections: PolicySection[];
}

export interface PolicySection {
  /** Stable slug, used as the HTML heading id and in the table of contents */
  id: string;
  heading: string;
  blocks: Block[];
}

export type Block = ParagraphBlock | ListBlock | TableBlock;

export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
  sources: EntityRef[];
}

export interface ListItem {
  text: string;
  sources: EntityRef[];
}

export interface ListBlock {
  kind: 'list';
  intro: string | null;
  items: ListItem[];
  sources: EntityRef[];
}

export interface TableRow {
  cells: string[];
  sources: EntityRef[];
}

export interface TableBlock {
  kind: 'table';
  caption: string | null;
  columns: string[];
  rows: TableRow[];
  sources: EntityRef[];
}

export interface PolicyScope {
  /** The service the policy is for; null for every service */
  serviceId: string | null;
  /** Narrows the policy to these data subjects; empty for everyone */
  dataSubjectCategoryIds: string[];
  language: PolicyLanguage;
  title: string;
  /** `laws`: further laws the policy says its service answers to (UK, Swiss or EU targeting); null: derived only */
  options: { noticeDays: number; contactEmail: string | null; minimumAge: number | null; laws?: Law[] | null };
}

export interface UpcomingChangeNotice {
  effectiveFrom: string;
  changeSummary: string;
}
