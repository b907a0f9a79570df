import { setImmediate } from 'node:timers/promises';
import type { RegistrySnapshot } from '../domain/registry-snapshot';
import { art30Rows } from './art30-rows';
import { columnsFor, type ExportMeta } from './art30-columns';
import { controllerLines, RECORD_TITLES } from './cover';
import { whenDrained, whenFinished } from '../common/streaming-writers';

/** Characters of Windows-1252 beyond Latin-1, which the built-in PDF fonts can show. */
const CP1252_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
/** Letters and signs that Unicode does not decompose into a Latin-1 base. */
const SUBSTITUTES: Readonly<Record<string, string>> = {
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ħ: 'h',
  Ħ: 'H',
  ı: 'i',
  ŋ: 'n',
  Ŋ: 'N',
  ŧ: 't',
  Ŧ: 'T',
  '\u2010': '-',
  '\u2011': '-',
  '\u2212': '-',
  '→': '->',
  '←': '<-',
  '≥': '>=',
  '≤': '<=',
  '≠': '!=',
};

/**
 * The built-in Helvetica encodes Windows-1252 only: pdfkit writes any other character as wrong
 * bytes that garble the rest of the line. So letters such as Polish ę, ś, ł lose their diacritics,
 * control characters become spaces and anything else becomes "?"; the text stays readable and
 * extractable. Ó, ó, ü, é… are Windows-1252 and pass unchanged.
 */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '\n') out += ch;
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) out += ' ';
    else if (code <= 0xff || CP1252_EXTRA.has(ch)) out += ch;
    else if (SUBSTITUTES[ch] !== undefined) out += SUBSTITUTES[ch];
    else {
      const base = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
      out += base !== '' && [...base].every((c) => (c.codePointAt(0) ?? 0) <= 0xff || CP1252_EXTRA.has(c)) ? base : '?';
    }
  }
  return out;
}

const MARGIN = 56;

type FontName = 'Helvetica' | 'Helvetica-Bold';

/** Activities written between two pauses that let the client take the pages written so far. */
const ACTIVITIES_PER_PAUSE = 5;

/**
 * A readable record for a supervisory authority: a title page with the organisation and the export
 * facts, one block per activity (its name as heading, then label and value for each column; the
 * Art. 30 elements even when empty, so that a gap shows), on every page its number, the export time
 * and the content hash, and a last line with the number of activities and pages, so that a reader
 * knows the record is whole. Each page is written out when the next one starts, and the writer
 * pauses every few activities for the client and for other requests: a record of thousands of
 * activities is never held whole, nor does it hold up the server. Ends the stream.
 */
export async function writePdf(snapshot: RegistrySnapshot, meta: ExportMeta, out: NodeJS.WritableStream): Promise<void> {
  // Loaded on first use, like exceljs: its fonts and tables stay out of memory until a PDF is asked for.
  const { default: PDFDocument } = await import('pdfkit');
  const record = RECORD_TITLES[meta.role];
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: {
      Title: `${record.title} (${record.article})`,
      Author: toWinAnsi(snapshot.controller?.legalName ?? 'ropa'),
      Creator: 'ropa',
      CreationDate: new Date(meta.exportedAt),
    },
  });
  const finished = whenFinished(out);
  doc.pipe(out);

  // The text style in use, so that a footer drawn in the middle of a text that runs onto a new page
  // hands the rest of that text back in its own style.
  let style: { font: FontName; size: number; color: string } = { font: 'Helvetica', size: 12, color: '#000' };
  const setStyle = (font: FontName, size: number, color = style.color) => {
    style = { font, size, color };
    doc.font(font).fontSize(size).fillColor(color);
  };
  const write = (font: FontName, size: number, text: string, color = '#000') => {
    setStyle(font, size, color);
    doc.text(toWinAnsi(text));
  };

  let pages = 0;
  const footerText = toWinAnsi(`exported ${meta.exportedAt} · sha256 ${meta.contentHash}`);
  const footer = () => {
    pages += 1;
    const { x, y } = doc;
    // Writing below the bottom margin would otherwise start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const options = { width: doc.page.width - 2 * MARGIN, align: 'center' as const, lineBreak: false };
    doc.font('Helvetica').fontSize(7.5).fillColor('#555');
    doc.text(`Page ${pages}`, MARGIN, doc.page.height - 42, options);
    doc.text(footerText, MARGIN, doc.page.height - 32, options);
    doc.page.margins.bottom = bottom;
    doc.x = x;
    doc.y = y;
    setStyle(style.font, style.size, style.color);
  };
  footer();
  doc.on('pageAdded', footer);

  write('Helvetica-Bold', 22, record.title);
  doc.moveDown(0.3);
  write('Helvetica', 11, record.article, '#444');
  doc.moveDown(1.5);
  for (const [label, value] of controllerLines(snapshot, meta)) {
    write('Helvetica-Bold', 10, label);
    write('Helvetica', 10, value);
    doc.moveDown(0.5);
  }

  const columns = columnsFor(meta.role).filter((c) => c.key !== 'name');
  let index = 0;
  for (const row of art30Rows(snapshot, meta.role)) {
    index += 1;
    if (index === 1 || doc.y > doc.page.height - 220) doc.addPage();
    else doc.moveDown(1.2);
    write('Helvetica-Bold', 14, `${index}. ${row.name}`);
    doc.moveDown(0.3);
    for (const column of columns) {
      const value = row[column.key] ?? '';
      const required = column.article.startsWith('Art. 30');
      if (value === '' && !required) continue;
      write('Helvetica-Bold', 9, `${column.header}${column.article ? ` (${column.article})` : ''}`);
      if (value === '') write('Helvetica', 9, 'Not recorded', '#a00');
      else write('Helvetica', 9, value);
      doc.moveDown(0.25);
    }
    if (index % ACTIVITIES_PER_PAUSE === 0) {
      await setImmediate();
      await whenDrained(out);
    }
  }
  if (index === 0) {
    doc.addPage();
    write('Helvetica', 11, 'No processing activity is recorded.');
  }
  // On this page, so that the count it gives includes the page it is on.
  if (doc.y > doc.page.height - MARGIN - 60) doc.addPage();
  else doc.moveDown(1.5);
  write('Helvetica-Bold', 9, `End of the record: ${index} ${index === 1 ? 'activity' : 'activities'} on ${pages} pages.`);
  doc.end();
  await finished;
}
