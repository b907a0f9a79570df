import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { RegistrySnapshot } from '../snapshot/registry-snapshot';
import { art30Rows, columnsFor, type ExportMeta } from './art30-rows';
import { controllerLines } from './cover';

/** Characters of Windows-1252 beyond Latin-1, which the built-in PDF fonts can show. */
const CP1252_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const NO_DECOMPOSITION: Record<string, string> = {
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ħ: 'h',
  ı: 'i',
  ŋ: 'n',
  '→': '->',
  '≥': '>=',
  '≤': '<=',
};

/**
 * The built-in Helvetica only encodes Windows-1252, so other letters (Polish ł, ę, ś…) are written
 * without their diacritics instead of as wrong glyphs; the text stays readable and extractable.
 */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const ch of text) {
    if (ch.charCodeAt(0) <= 0xff || CP1252_EXTRA.has(ch)) out += ch;
    else if (NO_DECOMPOSITION[ch]) out += NO_DECOMPOSITION[ch];
    else {
      const base = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
      out += [...base].every((c) => c.charCodeAt(0) <= 0xff) ? base : '?';
    }
  }
  return out;
}

/**
 * A readable record for a supervisory authority: a title page with the controller and the export
 * facts, one block per activity, and on every page its number, the export time and the content hash.
 */
export async function writePdf(snapshot: RegistrySnapshot, meta: ExportMeta, out: Writable): Promise<void> {
  // Loaded on first use, like exceljs: its fonts and tables stay out of memory until a PDF is asked for.
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    bufferPages: true,
    info: { Title: 'Record of processing activities', Author: 'ropa', Creator: 'ropa' },
  });
  const done = once(out, 'finish');
  doc.pipe(out);
  const text = (s: string) => toWinAnsi(s);

  doc
    .font('Helvetica-Bold')
    .fontSize(22)
    .text(text(meta.role === 'controller' ? 'Record of processing activities' : 'Record of categories of processing'), { align: 'left' });
  doc
    .moveDown(0.3)
    .font('Helvetica')
    .fontSize(11)
    .fillColor('#444')
    .text(text(meta.role === 'controller' ? 'Art. 30(1) GDPR' : 'Art. 30(2) GDPR'));
  doc.moveDown(1.5).fillColor('#000');
  for (const [label, value] of controllerLines(snapshot, meta)) {
    doc.font('Helvetica-Bold').fontSize(10).text(text(label));
    doc.font('Helvetica').fontSize(10).text(text(value)).moveDown(0.5);
  }

  const columns = columnsFor(meta.role).filter((c) => c.key !== 'name');
  let index = 0;
  for (const row of art30Rows(snapshot, meta.role)) {
    index += 1;
    if (index === 1) doc.addPage();
    else if (doc.y > doc.page.height - 200) doc.addPage();
    else doc.moveDown(1.2);
    doc
      .font('Helvetica-Bold')
      .fontSize(14)
      .text(text(`${index}. ${row.name}`));
    doc.moveDown(0.3);
    for (const column of columns) {
      const value = row[column.key];
      if (!value) continue;
      doc
        .font('Helvetica-Bold')
        .fontSize(9)
        .text(text(`${column.header}${column.article ? ` (${column.article})` : ''}`), { continued: false });
      doc.font('Helvetica').fontSize(9).text(text(value)).moveDown(0.25);
    }
  }
  if (index === 0) doc.addPage().font('Helvetica').fontSize(11).text('No processing activity is recorded.');

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('Helvetica')
      .fontSize(7.5)
      .fillColor('#555')
      .text(
        text(`Page ${i + 1} of ${range.count}  ·  exported ${meta.exportedAt}  ·  sha256 ${meta.contentHash}`),
        56,
        doc.page.height - 36,
        {
          width: doc.page.width - 112,
          align: 'center',
          lineBreak: false,
        },
      );
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  await done;
}
