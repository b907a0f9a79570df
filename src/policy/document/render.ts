import { canonicalJson, contentHash } from '../../common/canonical-json';
import { PRINT_CSS } from '../../common/print-css';
import { humanizer } from '../../language/humanize';
import type { PolicyCatalogue } from './i18n/catalogue';
import { policyCatalogue, policyLanguage } from './i18n';
import type { Block, PolicyDocument, UpcomingChangeNotice } from './model';

export const RENDER_FORMATS = ['md', 'html', 'txt', 'json'] as const;
export type RenderFormat = (typeof RENDER_FORMATS)[number];

export interface RenderOptions {
  /** HTML: a whole page with print-friendly CSS rather than a fragment to embed */
  standalone?: boolean;
  /** The date this version applies from, shown under the title */
  effectiveFrom?: string;
  /** A later version already published: announced at the top (a banner in HTML, a field in JSON) */
  notice?: UpcomingChangeNotice;
  /** A preview of the draft: HTML carries a visible "not published" banner and, as a page, asks not to be indexed */
  draft?: boolean;
  /** JSON only: the audit chain's head when the version was published, for an auditor to anchor the trail to */
  auditHead?: { sequence: number; hash: string } | null;
}

const catalogueOf = (doc: PolicyDocument): PolicyCatalogue => policyCatalogue(doc.language);

/** SHA-256 of the canonical JSON document: a published version's identity and ETag. */
export function policyContentHash(doc: PolicyDocument): string {
  return contentHash(doc);
}

export function renderPolicy(doc: PolicyDocument, format: RenderFormat, options: RenderOptions = {}): string {
  switch (format) {
    case 'md':
      return renderMarkdown(doc, options);
    case 'html':
      return renderHtml(doc, options);
    case 'txt':
      return renderText(doc, options);
    case 'json':
      return renderJson(doc, options);
  }
}

function preamble(doc: PolicyDocument, options: RenderOptions): { effective: string | null; notice: string | null } {
  const t = catalogueOf(doc);
  const date = humanizer(policyLanguage(doc.language)).date;
  return {
    effective: options.effectiveFrom ? t.effectiveFrom(date(options.effectiveFrom)) : null,
    notice: options.notice ? t.upcomingChange(date(options.notice.effectiveFrom), options.notice.changeSummary) : null,
  };
}

// ---------------------------------------------------------------- Markdown

/** Escapes inline markup, and a leading "1." or "- " that would turn a paragraph into a list. */
const mdEscape = (text: string): string =>
  text
    .replace(/([\\`*_[\]<>#|])/g, '\\$1')
    .replace(/^(\d+)\./, '$1\\.')
    .replace(/^([-+])(?=\s)/, '\\$1');

function renderMarkdown(doc: PolicyDocument, options: RenderOptions): string {
  const { effective, notice } = preamble(doc, options);
  const out: string[] = [`# ${mdEscape(doc.title)}`, ''];
  if (notice) out.push(`> **${mdEscape(notice)}**`, '');
  if (effective) out.push(`_${mdEscape(effective)}_`, '');
  out.push(`**${catalogueOf(doc).tableOfContents}**`, '');
  doc.sections.forEach((s, i) => out.push(`${i + 1}. [${mdEscape(s.heading)}](#${s.id})`));
  out.push('');
  doc.sections.forEach((section, i) => {
    // An explicit anchor, so that the contents' links work whatever slugs the Markdown renderer makes.
    out.push(`<a id="${section.id}"></a>`, '', `## ${i + 1}. ${mdEscape(section.heading)}`, '');
    for (const block of section.blocks) out.push(...markdownBlock(block), '');
  });
  return `${out.join('\n').trimEnd()}\n`;
}

function markdownBlock(block: Block): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [mdEscape(block.text)];
    case 'list':
      return [...(block.intro ? [mdEscape(block.intro), ''] : []), ...block.items.map((item) => `- ${mdEscape(item.text)}`)];
    case 'table':
      return [
        `| ${block.columns.map(mdEscape).join(' | ')} |`,
        `| ${block.columns.map(() => '---').join(' | ')} |`,
        ...block.rows.map((row) => `| ${row.cells.map((c) => mdEscape(c).replace(/\n/g, ' ')).join(' | ')} |`),
      ];
  }
}

// ---------------------------------------------------------------- HTML

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);

/** A URL runs to the first blank, angle bracket or quote; a `"` ends it and stays in the text after it. */
const URL_IN_TEXT = /https?:\/\/[^\s<>"]+/g;

/**
 * The URL without the punctuation that closes the sentence around it: a trailing `.,;:!?'` is prose,
 * and so is a `)` only when it closes a parenthesis opened before the URL (`(see https://x.eu/a_(b))`).
 */
export function trimUrl(url: string): string {
  let end = url.length;
  for (;;) {
    const last = url[end - 1];
    if (/[.,;:!?']/.test(last)) end -= 1;
    else if (last === ')' && count(url.slice(0, end), '(') < count(url.slice(0, end), ')')) end -= 1;
    else return url.slice(0, end);
  }
}
const count = (text: string, c: string): number => text.split(c).length - 1;

/**
 * Turns http(s) URLs into links and escapes everything, each piece on its own: the link keeps every
 * character of the URL (a trailing `)` or `"` too), and no registry string can inject markup.
 */
export function htmlText(text: string): string {
  let out = '';
  let at = 0;
  for (const match of text.matchAll(URL_IN_TEXT)) {
    const url = trimUrl(match[0]);
    out += `${escapeHtml(text.slice(at, match.index))}<a href="${escapeHtml(url)}" rel="noopener">${escapeHtml(url)}</a>`;
    at = match.index + url.length;
  }
  return out + escapeHtml(text.slice(at));
}

function renderHtml(doc: PolicyDocument, options: RenderOptions): string {
  const { effective, notice } = preamble(doc, options);
  const t = catalogueOf(doc);
  const out: string[] = [`<article class="ropa-policy" lang="${escapeHtml(doc.language)}">`];
  if (options.draft) out.push(`<aside class="ropa-draft" role="note"><strong>${escapeHtml(t.draftBanner)}</strong></aside>`);
  out.push(`<h1>${htmlText(doc.title)}</h1>`);
  if (notice) out.push(`<aside class="ropa-notice" role="note"><strong>${htmlText(notice)}</strong></aside>`);
  if (effective) out.push(`<p class="ropa-effective">${htmlText(effective)}</p>`);
  out.push(`<nav aria-label="${escapeHtml(t.tableOfContents)}"><h2>${escapeHtml(t.tableOfContents)}</h2><ol>`);
  for (const s of doc.sections) out.push(`<li><a href="#${escapeHtml(s.id)}">${htmlText(s.heading)}</a></li>`);
  out.push('</ol></nav>');
  for (const section of doc.sections) {
    out.push(
      `<section aria-labelledby="${escapeHtml(section.id)}">`,
      `<h2 id="${escapeHtml(section.id)}">${htmlText(section.heading)}</h2>`,
    );
    for (const block of section.blocks) out.push(htmlBlock(block));
    out.push('</section>');
  }
  out.push('</article>');
  const body = out.join('\n');
  if (!options.standalone) return `${body}\n`;
  return `<!doctype html>
<html lang="${escapeHtml(doc.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${options.draft ? '<meta name="robots" content="noindex, nofollow">\n' : ''}<title>${escapeHtml(doc.title)}</title>
<style>${PRINT_CSS}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

function htmlBlock(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${htmlText(block.text)}</p>`;
    case 'list':
      return `${block.intro ? `<p>${htmlText(block.intro)}</p>\n` : ''}<ul>\n${block.items.map((i) => `<li>${htmlText(i.text)}</li>`).join('\n')}\n</ul>`;
    case 'table':
      return [
        '<table>',
        block.caption ? `<caption>${htmlText(block.caption)}</caption>` : '',
        `<thead><tr>${block.columns.map((c) => `<th scope="col">${htmlText(c)}</th>`).join('')}</tr></thead>`,
        '<tbody>',
        ...block.rows.map((r) => `<tr>${r.cells.map((c) => `<td>${htmlText(c)}</td>`).join('')}</tr>`),
        '</tbody>',
        '</table>',
      ]
        .filter(Boolean)
        .join('\n');
  }
}

// ---------------------------------------------------------------- plain text

function renderText(doc: PolicyDocument, options: RenderOptions): string {
  const { effective, notice } = preamble(doc, options);
  const out: string[] = [doc.title, '='.repeat(Math.min(doc.title.length, 78)), ''];
  if (notice) out.push(`!! ${notice}`, '');
  if (effective) out.push(effective, '');
  doc.sections.forEach((section, i) => {
    const heading = `${i + 1}. ${section.heading}`;
    out.push(heading, '-'.repeat(Math.min(heading.length, 78)), '');
    for (const block of section.blocks) out.push(...textBlock(block), '');
  });
  return `${out.join('\n').trimEnd()}\n`;
}

function textBlock(block: Block): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [block.text];
    case 'list':
      return [...(block.intro ? [block.intro] : []), ...block.items.map((i) => `  * ${i.text}`)];
    case 'table':
      return block.rows.flatMap((row) => [
        `  * ${row.cells[0]}`,
        // A cell with nothing recorded is left out: no label is ever printed empty.
        ...row.cells.flatMap((cell, i) => (i === 0 || cell.trim() === '' ? [] : [`      ${block.columns[i]}: ${cell}`])),
      ]);
  }
}

// ---------------------------------------------------------------- JSON

function renderJson(doc: PolicyDocument, options: RenderOptions): string {
  const value = {
    ...doc,
    contentHash: policyContentHash(doc),
    ...(options.effectiveFrom ? { effectiveFrom: options.effectiveFrom } : {}),
    ...(options.notice ? { upcomingChange: options.notice } : {}),
    // Beside the document, outside its content hash: a version's identity stays what its text says.
    ...(options.auditHead ? { auditHead: options.auditHead } : {}),
  };
  return `${JSON.stringify(JSON.parse(canonicalJson(value)), null, 2)}\n`;
}
