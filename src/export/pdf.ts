import type { RegistrySnapshot } from '../snapshot/registry-snapshot';
import { art30Rows, columnsFor, type ExportMeta } from './art30-rows';
import { controllerLines, RECORD_TITLES } from './cover';
import { whenFinished } from './csv';

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

/**
 * A readable record for a supervisory authority: a title page with the organisation and the export
 * facts, one block per activity (its name as heading, then label and value for each column; the
 * Art. 30 elements even when empty, so that a gap shows), and on every page its number, the export
 * time and the content hash. Ends the stream.
 */
export async function writePdf(snapshot: RegistrySnapshot, meta: ExportMeta, out: NodeJS.WritableStream): Promise<void> {
  // Loaded on first use, like exceljs: its fonts and tables stay out of memory until a PDF is asked for.
  const { default: PDFDocument } = await import('pdfkit');
  const record = RECORD_TITLES[meta.role];
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    info: {
      Title: `${record.title} (${record.article})`,
      Author: toWinAnsi(snapshot.controller?.legalName ?? 'ropa'),
      Creator: 'ropa',
      CreationDate: new Date(meta.exportedAt),
    },
  });
  const finished = whenFinished(out);
  doc.pipe(out);
  const write = (font: 'Helvetica' | 'Helvetica-Bold', size: number, text: string) => doc.font(font).fontSize(size).text(toWinAnsi(text));

  write('Helvetica-Bold', 22, record.title);
  doc.moveDown(0.3).fillColor('#444');
  write('Helvetica', 11, record.article);
  doc.moveDown(1.5).fillColor('#000');
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
      doc.fillColor(value === '' ? '#a00' : '#000');
      write('Helvetica', 9, value === '' ? 'Not recorded' : value);
      doc.fillColor('#000').moveDown(0.25);
    }
  }
  if (index === 0) {
    doc.addPage();
    write('Helvetica', 11, 'No processing activity is recorded.');
  }

  const range = doc.bufferedPageRange();
  const footer = toWinAnsi(`exported ${meta.exportedAt} · sha256 ${meta.contentHash}`);
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    // Writing below the bottom margin would otherwise start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const options = { width: doc.page.width - 2 * MARGIN, align: 'center' as const, lineBreak: false };
    doc.font('Helvetica').fontSize(7.5).fillColor('#555');
    doc.text(`Page ${i + 1} of ${range.count}`, MARGIN, doc.page.height - 42, options);
    doc.text(footer, MARGIN, doc.page.height - 32, options);
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  await finished;
}
