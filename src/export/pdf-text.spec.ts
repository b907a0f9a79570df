import { describe, expect, it } from '@jest/globals';
import { PDFParse } from 'pdf-parse';
import { PDF_FONTS } from './pdf';
import { PdfTextSetter, printedAs } from './pdf-text';

const regular = { font: PDF_FONTS.regular, size: 10, color: '#000' };

/** A document written through the setter, and its text as a reader extracts it, page by page. */
async function written(
  write: (setter: PdfTextSetter, doc: PDFKit.PDFDocument) => Promise<void>,
): Promise<{ pdf: string; pages: string[] }> {
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({ size: 'A4', margin: 56, font: PDF_FONTS.regular, bufferPages: true });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => doc.on('end', resolve));
  const setter = new PdfTextSetter(doc, [PDF_FONTS.regular, PDF_FONTS.bold]);
  await write(setter, doc);
  await done;
  const buffer = Buffer.concat(chunks);
  const result = await new PDFParse({ data: new Uint8Array(buffer) }).getText();
  return { pdf: buffer.toString('latin1'), pages: result.pages.map((p) => p.text) };
}

describe('PdfTextSetter', () => {
  it('reads back every character, whatever bytes its glyph code holds (subset ids 10, 13, 40, 41 and 92 included)', async () => {
    // About 400 distinct characters (ASCII, Latin-1, Latin Extended-A, Greek, Cyrillic), so that the subset numbers its
    // glyphs well past the bytes a literal string escapes. Left out: the soft hyphen (U+00AD), which readers drop, and
    // the micro sign (U+00B5), which the reader here gives back as the Greek mu it is compatible with.
    const ranges: [number, number][] = [
      [0x21, 0x7e],
      [0xa1, 0xff],
      [0x100, 0x17f],
      [0x3b1, 0x3c9],
      [0x410, 0x44f],
    ];
    const letters = ranges
      .flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)))
      .filter((ch) => ch !== '\u00ad' && ch !== '\u00b5');
    const words = Array.from({ length: Math.ceil(letters.length / 10) }, (_, i) => letters.slice(i * 10, i * 10 + 10).join(''));
    const { pdf, pages } = await written(async (setter) => {
      setter.paragraph(regular, words.join(' '));
      await setter.end();
    });
    expect(pdf).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
    const text = pages.join(' ').replace(/\s+/g, ' ');
    expect(words.filter((word) => !text.includes(word))).toEqual([]);
  });

  it('breaks lines at spaces within the margins, and a word longer than the line wherever the line is full', async () => {
    const long = 'x'.repeat(300);
    const { pages } = await written(async (setter) => {
      setter.paragraph(regular, `first ${long} last\nnext line`);
      await setter.end();
    });
    const lines = pages[0].split('\n').filter(Boolean);
    expect(lines[0]).toBe('first');
    // 300 x's at 10 pt do not fit in 483 pt: they run over several lines, none of them lost, and the next word
    // follows the last piece on its line.
    expect(lines.slice(1, -1).every((line) => /^x+( last)?$/.test(line))).toBe(true);
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.slice(1, -1).join('').replace(' last', '')).toBe(long);
    expect(lines.at(-2)).toMatch(/ last$/);
    expect(lines.at(-1)).toBe('next line');
  });

  it('carries a text over onto new pages, each announced to the pageAdded listeners', async () => {
    let added = 0;
    const { pages } = await written(async (setter, doc) => {
      doc.on('pageAdded', () => {
        added += 1;
        setter.centred({ font: PDF_FONTS.bold, size: 8, color: '#555' }, `Footer ${added}`, 56, doc.page.height - 40, doc.page.width - 112);
      });
      setter.paragraph(regular, Array.from({ length: 200 }, (_, i) => `line${i}`).join('\n'));
      await setter.settle();
      await setter.end();
    });
    expect(pages.length).toBe(added + 1);
    expect(pages.length).toBeGreaterThan(1);
    pages.slice(1).forEach((page, i) => expect(page).toContain(`Footer ${i + 1}`));
    const text = pages.join('\n');
    for (const line of ['line0', 'line100', 'line199']) expect(text).toContain(line);
  });

  it('ends a document of many objects in a few chunks, every object where the cross-reference table says it is', async () => {
    const { default: PDFDocument } = await import('pdfkit');
    const doc = new PDFDocument({ size: 'A4', margin: 56, font: PDF_FONTS.regular, bufferPages: true });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise((resolve) => doc.on('end', resolve));
    const setter = new PdfTextSetter(doc, [PDF_FONTS.regular]);
    for (let page = 1; page <= 300; page += 1) {
      setter.paragraph(regular, `Page ${page}`);
      if (page < 300) setter.newPage();
    }
    await setter.settle();
    await new Promise((resolve) => setImmediate(resolve));
    const beforeEnd = chunks.length;
    await setter.end();
    await done;
    const pdf = Buffer.concat(chunks).toString('latin1');
    // pdfkit writes one chunk per line of the table (over 900 here: three objects a page); gathered, a few chunks.
    expect(chunks.length - beforeEnd).toBeLessThan(10);
    const xref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(pdf)?.[1]);
    expect(pdf.slice(xref, xref + 5)).toBe('xref\n');
    const entries = [...pdf.slice(xref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(entries.length).toBeGreaterThan(900);
    const misplaced = entries.filter((offset, i) => !pdf.startsWith(`${i + 1} 0 obj\n`, offset));
    expect(misplaced).toEqual([]);
    const { pages } = await new PDFParse({ data: new Uint8Array(Buffer.from(pdf, 'latin1')) }).getText();
    expect(pages).toHaveLength(300);
    expect(pages[299]?.text.trim()).toBe('Page 300');
  });

  it('refuses a page added behind its back while it holds text for the page before', async () => {
    const { default: PDFDocument } = await import('pdfkit');
    const doc = new PDFDocument({ font: PDF_FONTS.regular, bufferPages: true });
    const setter = new PdfTextSetter(doc, [PDF_FONTS.regular]);
    setter.paragraph(regular, 'gathered');
    expect(() => doc.addPage()).toThrow(/PdfTextSetter.newPage/);
  });

  it('prints a control character as a space and a character without a glyph as U+FFFD', () => {
    const noHan = (code: number) => code < 0x4e00 || code > 0x9fff;
    expect(printedAs(0x09, noHan)).toBe(0x20);
    expect(printedAs(0x85, noHan)).toBe(0x20);
    expect(printedAs(0x4e2d, noHan)).toBe(0xfffd);
    expect(printedAs(0x142, noHan)).toBe(0x142);
  });
});
