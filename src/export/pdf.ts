import { createRequire } from 'node:module';
import { join } from 'node:path';
import { setImmediate } from 'node:timers/promises';
import type { RegistrySnapshot } from '../domain/registry-snapshot';
import { art30Rows } from './art30-rows';
import { columnsFor, type ExportMeta, recordsOf } from './art30-columns';
import { CELL_WORDING } from './cell-wordings';
import { controllerLines } from './cover';
import { columnIn, recordTitle } from './export-language';
import { whenDrained, whenFinished } from '../common/streaming-writers';
import { PdfTextSetter, printedAs } from './pdf-text';

/**
 * DejaVu Sans (the `dejavu-fonts-ttf` package), embedded and subset by pdfkit: it has every letter of
 * the EEA's languages, so a name prints exactly ("Urzędu", "Łódź"), where the PDF standard fonts know
 * Windows-1252 only. Resolved as a module path, so the build (`dist/`) finds it from any working
 * directory: the CommonJS build knows its own file; Jest's ES modules have no `__filename` and run from
 * the project root. Resolved when this file loads, so a missing font stops the start, not an export.
 */
const fontRequire = createRequire(typeof __filename === 'string' ? __filename : join(process.cwd(), 'package.json'));
export const PDF_FONTS = {
  regular: fontRequire.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: fontRequire.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
} as const;

type FontName = keyof typeof PDF_FONTS;

/** The text as the font can print it, `\n` kept ({@link printedAs}): the text of the document information. */
export function printable(text: string, hasGlyph: (codePoint: number) => boolean = () => true): string {
  let out = '';
  for (const ch of text) out += ch === '\n' ? ch : String.fromCodePoint(printedAs(ch.codePointAt(0) ?? 0x20, hasGlyph));
  return out;
}

const MARGIN = 56;

/** Activities written between two pauses that let the client take the pages written so far. */
const ACTIVITIES_PER_PAUSE = 5;

/**
 * A readable record for a supervisory authority: a title page with the organisation and the export
 * facts, one block per activity (its name as heading, then label and value for each column; the
 * Art. 30 elements even when empty, so that a gap shows), on every page its number, the export time
 * and the content hash, and a last line with the number of activities and pages, so that a reader
 * knows the record is whole. Each page is compressed (in the thread pool) when the next one starts and
 * written out at the writer's next pause, every few activities, which also lets the client and other
 * requests in: a record of thousands of activities is never held whole, nor does it hold up the server.
 * Ends the stream.
 */
export async function writePdf(snapshot: RegistrySnapshot, meta: ExportMeta, out: NodeJS.WritableStream): Promise<void> {
  // Loaded on first use, like exceljs: its fonts and tables stay out of memory until a PDF is asked for.
  const { default: PDFDocument } = await import('pdfkit');
  const record = recordTitle(meta.language, meta.role);
  const w = CELL_WORDING[meta.language];
  const doc = new PDFDocument({
    size: 'A4',
    // Pages are written out by the text setter once compressed (PdfTextSetter.settle).
    bufferPages: true,
    margin: MARGIN,
    // The document's first font: pdfkit would otherwise load Helvetica, which nothing here uses.
    font: PDF_FONTS.regular,
    info: {
      Title: `${record.title} (${record.article})`,
      Author: printable(snapshot.controller?.legalName ?? 'ropa'),
      Creator: 'ropa',
      CreationDate: new Date(meta.exportedAt),
    },
  });
  const finished = whenFinished(out);
  doc.pipe(out);
  const setter = new PdfTextSetter(doc, [PDF_FONTS.regular, PDF_FONTS.bold]);
  const write = (font: FontName, size: number, text: string, color = '#000') => {
    // Each character as the font prints it (printedAs), decided once per character and face.
    setter.paragraph({ font: PDF_FONTS[font], size, color }, text);
  };

  let pages = 0;
  const footerText = `${w.pdf.exported} ${meta.exportedAt} · sha256 ${meta.contentHash}`;
  const footerStyle = { font: PDF_FONTS.regular, size: 7.5, color: '#555' };
  const footer = () => {
    pages += 1;
    // In the bottom margin, where no text runs; the document's position and font stay as they were.
    const width = doc.page.width - 2 * MARGIN;
    setter.centred(footerStyle, w.pdf.page(pages), MARGIN, doc.page.height - 42, width);
    setter.centred(footerStyle, footerText, MARGIN, doc.page.height - 32, width);
  };
  footer();
  doc.on('pageAdded', footer);

  write('bold', 22, record.title);
  doc.moveDown(0.3);
  write('regular', 11, record.article, '#444');
  doc.moveDown(1.5);
  for (const [label, value] of controllerLines(snapshot, meta)) {
    write('bold', 10, label);
    write('regular', 10, value);
    doc.moveDown(0.5);
  }

  let index = 0;
  for (const part of recordsOf(meta.role)) {
    // Both records (Art. 30(4)): each opens on its own page under its own title; the numbering runs on.
    const columns = columnsFor(part).filter((c) => c.key !== 'name');
    let first = true;
    if (meta.role === 'all') {
      setter.newPage();
      write('bold', 16, `${recordTitle(meta.language, part).title} (${recordTitle(meta.language, part).article})`);
      doc.moveDown(0.8);
    }
    for (const row of art30Rows(snapshot, part, meta.language)) {
      index += 1;
      if ((first && meta.role !== 'all') || doc.y > doc.page.height - 220) setter.newPage();
      else doc.moveDown(1.2);
      first = false;
      write('bold', 14, `${index}. ${row.name}`);
      doc.moveDown(0.3);
      for (const column of columns) {
        const value = row[column.key] ?? '';
        const required = column.article.startsWith('Art. 30');
        if (value === '' && !required) continue;
        const heading = columnIn(meta.language, column);
        write('bold', 9, `${heading.header}${heading.article ? ` (${heading.article})` : ''}`);
        if (value === '') write('regular', 9, w.notRecorded, '#a00');
        else write('regular', 9, value);
        doc.moveDown(0.25);
      }
      if (index % ACTIVITIES_PER_PAUSE === 0) {
        await setter.settle();
        await setImmediate();
        await whenDrained(out);
      }
    }
    if (first && meta.role === 'all') write('regular', 11, w.pdf.noActivityInRecord);
  }
  if (index === 0 && meta.role !== 'all') {
    setter.newPage();
    write('regular', 11, w.pdf.noActivity);
  }
  // On this page, so that the count it gives includes the page it is on.
  if (doc.y > doc.page.height - MARGIN - 60) setter.newPage();
  else doc.moveDown(1.5);
  write('bold', 9, w.pdf.end(index, pages));
  await setter.end();
  await finished;
}
