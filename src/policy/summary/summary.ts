import type { EntityRef } from '../../domain/entity-types';
import type { PolicyLanguage } from '../../domain/languages';
import type { Block, PolicyDocument, PolicySection } from '../document/model';
import { escapeHtml } from '../document/render';
import { SUMMARY_WORDING } from './wording';

/** A line of the first layer: a sentence of the long notice (`quoted`) or one of ropa's frames, with what it comes from. */
export interface SummaryLine {
  text: string;
  sources: EntityRef[];
  /** The long notice's section the sentence is taken from; null for the first layer's own frame */
  section: string | null;
}

export interface SummaryPart {
  id: 'who' | 'purposes' | 'impact' | 'rights';
  heading: string;
  lines: SummaryLine[];
}

/** The first layer of a notice (GDPR Art. 12(1), (7); WP29 Guidelines on transparency, WP260 rev.01, layered notices). */
export interface SummaryDocument {
  title: string;
  language: string;
  version: number;
  contentHash: string;
  fullNotice: { text: string; url: string };
  parts: SummaryPart[];
}

const sectionOf = (doc: PolicyDocument, id: string): PolicySection | undefined => doc.sections.find((s) => s.id === id);

const linesOf = (section: string, blocks: readonly Block[]): SummaryLine[] =>
  blocks.flatMap((b): SummaryLine[] =>
    b.kind === 'paragraph'
      ? [{ text: b.text, sources: b.sources, section }]
      : b.kind === 'list'
        ? [
            ...(b.intro ? [{ text: b.intro, sources: b.sources, section }] : []),
            ...b.items.map((i) => ({ text: i.text, sources: i.sources, section })),
          ]
        : [],
  );

/** The legal basis cell's first sentence ("Your consent (Art. 6(1)(a) GDPR).") */
const firstSentence = (text: string): string => /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;

/**
 * The first layer, taken from the long notice of the same version and language and never written anew:
 * who the controller is and how to reach it; each purpose with its legal basis, one line each; the
 * processing with the most impact or that may surprise (the notice's sections on automated decisions
 * and profiling, transfers outside the EEA, direct marketing, and the special categories of data it
 * lists); the rights in one sentence and how to use them; the link to the full notice and its version.
 * WP260 rev.01 asks for exactly these in the first layer, and for the layers to agree.
 */
export function summarize(
  doc: PolicyDocument,
  version: { number: number; contentHash: string; url: string },
  record: { specialCategoryIds: ReadonlySet<string>; directMarketingActivityIds: ReadonlySet<string> },
): SummaryDocument {
  const { specialCategoryIds, directMarketingActivityIds } = record;
  const t = SUMMARY_WORDING[doc.language as PolicyLanguage];
  const who = sectionOf(doc, 'who-we-are');
  const whoLines = who
    ? linesOf(who.id, who.blocks).filter((l, i) => i === 0 || (l.sources.some((s) => s.type === 'controller') && /@/.test(l.text)))
    : [];
  const purposes = sectionOf(doc, 'purposes-and-legal-bases');
  const purposeLines: SummaryLine[] = (purposes?.blocks ?? []).flatMap((b) =>
    b.kind === 'table'
      ? b.rows.map((r) => ({
          text: `${r.cells[0]} — ${firstSentence(r.cells[2])}`,
          sources: r.sources.filter((s) => s.type === 'processing_activity'),
          section: purposes?.id ?? null,
        }))
      : [],
  );
  const data = sectionOf(doc, 'data-we-process');
  const special = data
    ? linesOf(data.id, data.blocks).filter(
        (l) => l.sources.length > 0 && l.sources.every((s) => s.type === 'data_category' && specialCategoryIds.has(s.id)),
      )
    : [];
  const automated = sectionOf(doc, 'automated-decisions');
  const transfers = sectionOf(doc, 'international-transfers');
  const objection = sectionOf(doc, 'right-to-object');
  const impact = [
    ...special,
    ...(automated
      ? linesOf(
          automated.id,
          automated.blocks.filter((b) => b.kind === 'list'),
        )
      : []),
    ...(transfers ? linesOf(transfers.id, transfers.blocks.slice(0, 2)) : []),
    ...(objection
      ? // Direct marketing, which a person may refuse at any time (Art. 21(2)-(4)): the notice's own paragraph on it.
        linesOf(objection.id, objection.blocks).filter(
          (l) =>
            l.sources.length > 0 && l.sources.every((src) => src.type === 'processing_activity' && directMarketingActivityIds.has(src.id)),
        )
      : []),
  ];
  const rights = sectionOf(doc, 'your-rights');
  const rightsLines: SummaryLine[] = [
    { text: t.rightsSentence, sources: [], section: null },
    ...(rights
      ? linesOf(
          rights.id,
          rights.blocks.filter((b) => b.kind === 'paragraph'),
        ).filter((l) => l.sources.some((s) => s.type === 'controller'))
      : []),
  ];
  const parts: SummaryPart[] = [
    { id: 'who', heading: t.who, lines: whoLines },
    { id: 'purposes', heading: t.purposes, lines: purposeLines },
    { id: 'impact', heading: t.impact, lines: impact },
    { id: 'rights', heading: t.rights, lines: rightsLines },
  ];
  return {
    title: t.title(doc.title),
    language: doc.language,
    version: version.number,
    contentHash: version.contentHash,
    fullNotice: { text: t.fullNotice(version.number), url: version.url },
    parts: parts.filter((p) => p.lines.length > 0),
  };
}

export const SUMMARY_FORMATS = ['html', 'md', 'txt', 'json'] as const;
export type SummaryFormat = (typeof SUMMARY_FORMATS)[number];

/** What every short notice has (the first layer, a notice at collection, a sign): headed lines and a link to the full notice. */
export interface ShortNotice {
  title: string;
  language: string;
  version: number;
  contentHash: string;
  fullNotice: { text: string; url: string };
  parts: readonly { heading: string; lines: readonly { text: string }[] }[];
}

export function renderSummary(s: ShortNotice, format: SummaryFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify(s, null, 2);
    case 'md':
      return [
        `# ${s.title}`,
        ...s.parts.flatMap((p) => ['', `## ${p.heading}`, '', ...p.lines.map((l) => `- ${l.text}`)]),
        '',
        `[${s.fullNotice.text}](${s.fullNotice.url})`,
        '',
      ].join('\n');
    case 'txt':
      return [
        s.title,
        '',
        ...s.parts.flatMap((p) => [p.heading, ...p.lines.map((l) => `- ${l.text}`), '']),
        `${s.fullNotice.text}: ${s.fullNotice.url}`,
        '',
      ].join('\n');
    case 'html':
      return [
        `<section class="ropa-summary" lang="${escapeHtml(s.language)}" data-version="${s.version}" data-content-hash="${escapeHtml(s.contentHash)}">`,
        `<h2>${escapeHtml(s.title)}</h2>`,
        ...s.parts.flatMap((p) => [
          `<h3>${escapeHtml(p.heading)}</h3>`,
          '<ul>',
          ...p.lines.map((l) => `<li>${escapeHtml(l.text)}</li>`),
          '</ul>',
        ]),
        `<p><a href="${escapeHtml(s.fullNotice.url)}">${escapeHtml(s.fullNotice.text)}</a></p>`,
        '</section>',
        '',
      ].join('\n');
  }
}
