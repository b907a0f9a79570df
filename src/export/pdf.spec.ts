import { describe, expect, it } from '@jest/globals';
import { PDFParse } from 'pdf-parse';
import { printable, writePdf } from './pdf';
import { collect, exportMeta, exportSnapshot, fixture } from './testing';

async function pdfText(snapshot = exportSnapshot(), meta = exportMeta()): Promise<{ text: string; pages: string[] }> {
  const buffer = await collect((out) => writePdf(snapshot, meta, out));
  expect(buffer.subarray(0, 5).toString()).toBe('%PDF-');
  const result = await new PDFParse({ data: new Uint8Array(buffer) }).getText();
  return { text: result.text.replace(/\s+/g, ' '), pages: result.pages.map((p) => p.text.replace(/\s+/g, ' ')) };
}

describe('writePdf', () => {
  it('has extractable text naming the controller, the record type and every activity', async () => {
    const { text } = await pdfText();
    expect(text).toContain('Record of processing activities');
    expect(text).toContain('Art. 30(1) GDPR');
    expect(text).toContain('Przykład Sp. z o.o.');
    expect(text).toContain('Hiacyntowa 14, 55-095 MIRKÓW, Poland');
    expect(text).toContain('Not applicable: No large-scale monitoring');
    for (const name of ['Background screening', 'Fraud scoring', 'Health benefits', 'Orders']) expect(text).toContain(name);
    expect(text).not.toContain('Payroll for Acme');
  });

  it('puts the page number, export time and content hash in the footer of every page', async () => {
    const { pages } = await pdfText();
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1}`);
      expect(page).not.toContain(`Page ${i + 2}`);
      expect(page).toContain(`exported 2026-11-24T12:00:00.000Z · sha256 ${'ab'.repeat(32)}`);
    });
  });

  it('ends with the number of activities and pages, on the last page', async () => {
    const { pages } = await pdfText();
    expect(pages.at(-1)).toContain(`End of the record: 4 activities on ${pages.length} pages.`);
    expect(pages.slice(0, -1).join(' ')).not.toContain('End of the record');
  });

  it('numbers every page of a value that runs over several pages, and carries on with its text', async () => {
    const purpose = Array.from({ length: 3000 }, (_, i) => `clause${i}`).join(' ');
    const { pages, text } = await pdfText(exportSnapshot({ processingActivities: [fixture.activity({ purpose })] }));
    expect(pages.length).toBeGreaterThanOrEqual(4);
    pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1}`));
    for (const word of ['clause0 ', 'clause1500 ', 'clause2999']) expect(text).toContain(word);
    expect(pages.at(-1)).toContain(`End of the record: 1 activity on ${pages.length} pages.`);
  });

  it('shows an empty Art. 30 element as not recorded rather than leaving it out', async () => {
    const { text } = await pdfText(exportSnapshot({ processingActivities: [fixture.activity({ securityMeasureIds: [] })] }));
    expect(text).toContain('Technical and organisational security measures (Art. 30(1)(g), 32(1)) Not recorded');
  });

  it('writes the processor record with the controller served', async () => {
    const { text } = await pdfText(exportSnapshot(), exportMeta({ role: 'processor' }));
    expect(text).toContain('Art. 30(2) GDPR');
    expect(text).toContain('Payroll for Acme');
    expect(text).toContain('Acme Ltd (1 High Street, London, hr@acme.example)');
    expect(text).not.toContain('Health benefits');
  });

  it('prints Polish and German names exactly, in the embedded font', async () => {
    const name = 'Zażółć gęślą jaźń — Łódź, Straße, Übergröße → ≥ 😀';
    const buffer = await collect((out) =>
      writePdf(exportSnapshot({ processingActivities: [fixture.activity({ name })] }), exportMeta(), out),
    );
    const text = (await new PDFParse({ data: new Uint8Array(buffer) }).getText()).text.replace(/\s+/g, ' ');
    expect(text).toContain(name);
    expect(text).toContain('Prezes Urzędu Ochrony Danych Osobowych');
    expect(text).toContain('Łódź');
    const pdf = buffer.toString('latin1');
    expect(pdf).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
    expect(pdf).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Bold\b/);
    expect(pdf).not.toContain('Helvetica');
  });

  it('names the controller exactly in the document information', async () => {
    const buffer = await collect((out) => writePdf(exportSnapshot(), exportMeta(), out));
    const { info } = await new PDFParse({ data: new Uint8Array(buffer) }).getInfo();
    expect((info as { Author?: string }).Author).toBe('Przykład Sp. z o.o.');
  });

  it('marks a character the font lacks as replaced, and writes control characters as spaces', async () => {
    const { text } = await pdfText(exportSnapshot({ processingActivities: [fixture.activity({ name: 'Sklep 中文 a\tb' })] }));
    expect(text).toContain('Sklep \ufffd\ufffd a b');
    expect(text).not.toContain('\u0000');
  });

  it('has a page saying so when the record is empty', async () => {
    const { text } = await pdfText(exportSnapshot({ processingActivities: [] }));
    expect(text).toContain('No processing activity is recorded.');
  });
});

describe('printable', () => {
  it('keeps every character the font has, replaces the rest and turns control characters into spaces', () => {
    const noHan = (code: number) => code < 0x4e00 || code > 0x9fff;
    expect(printable('Urzędu Łódź Straße €„…–—', noHan)).toBe('Urzędu Łódź Straße €„…–—');
    expect(printable('a\u0000b\u0085c\td\ne', noHan)).toBe('a b c d\ne');
    expect(printable('ﬁ 中', noHan)).toBe('ﬁ \ufffd');
  });
});
