import { describe, expect, it } from '@jest/globals';
import { PDFParse } from 'pdf-parse';
import { CONTROLLER_COLUMNS, exportColumns, PROCESSOR_COLUMNS } from './art30-columns';
import { controllerLines } from './cover';
import { citeArticle, columnIn, recordTitle } from './export-language';
import { writePdf } from './pdf';
import { collect, exportMeta, exportSnapshot } from './testing';

describe('the record in the authority’s language (lang=pl|de)', () => {
  it('cites articles as the Polish and German texts of the GDPR do', () => {
    expect(citeArticle('pl', 'Art. 30(1)(a), 37')).toBe('art. 30 ust. 1 lit. a, 37');
    expect(citeArticle('de', 'Art. 30(1)(a), 37')).toBe('Art. 30 Abs. 1 lit. a, 37');
    expect(citeArticle('de', 'Art. 30(1)(d)-(e)')).toBe('Art. 30 Abs. 1 lit. d–e');
    expect(citeArticle('pl', 'Art. 13(2)(b)-(c), 15-22')).toBe('art. 13 ust. 2 lit. b–c, 15–22');
    expect(citeArticle('en', 'Art. 30(1)(a)')).toBe('Art. 30(1)(a)');
  });

  it('heads every column of both records in Polish and German, none left in English', () => {
    for (const language of ['pl', 'de'] as const)
      for (const column of [...CONTROLLER_COLUMNS, ...PROCESSOR_COLUMNS, ...exportColumns('all')]) {
        const translated = columnIn(language, column);
        expect({
          column: column.key,
          english: translated.header === column.header && column.header !== 'Status' && column.header !== 'Version',
        }).toEqual({
          column: column.key,
          english: false,
        });
      }
    expect(columnIn('pl', CONTROLLER_COLUMNS[0])).toMatchObject({ header: 'Administrator', article: 'art. 30 ust. 1 lit. a' });
    expect(columnIn('de', PROCESSOR_COLUMNS[0])).toMatchObject({ header: 'Auftragsverarbeiter (wir)', article: 'Art. 30 Abs. 2 lit. a' });
  });

  it('names the records as Art. 30(1) and (2) do in each language, and labels the cover', () => {
    expect(recordTitle('pl', 'controller').title).toBe('Rejestr czynności przetwarzania');
    expect(recordTitle('de', 'processor').title).toBe('Verzeichnis aller Kategorien von Verarbeitungstätigkeiten');
    const cover = Object.fromEntries(controllerLines(exportSnapshot(), exportMeta({ language: 'de' })));
    expect(cover['Art des Verzeichnisses']).toBe('Verzeichnis von Verarbeitungstätigkeiten (Art. 30 Abs. 1 DSGVO)');
    expect(cover.Aufsichtsbehörde).toBeDefined();
  });

  it('prints a Polish PDF with Polish headings and the exact Polish names', async () => {
    const buffer = await collect((out) => writePdf(exportSnapshot(), exportMeta({ language: 'pl' }), out));
    const text = (await new PDFParse({ data: new Uint8Array(buffer) }).getText()).text.replace(/\s+/g, ' ');
    expect(text).toContain('Rejestr czynności przetwarzania (art. 30 ust. 1 RODO)');
    expect(text).toContain('Kategorie osób, których dane dotyczą (art. 30 ust. 1 lit. c)');
    expect(text).toContain('Przykład Sp. z o.o.');
    expect(text).not.toContain('Categories of data subjects');
  });
});
