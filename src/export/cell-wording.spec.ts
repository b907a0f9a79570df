import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { PDFParse } from 'pdf-parse';
import type { RegistrySnapshot } from '../domain/registry-snapshot';
import { art30Rows, exportRows } from './art30-rows';
import { EN } from './cell-wording';
import { CELL_WORDING } from './cell-wordings';
import { controllerLines } from './cover';
import type { ExportLanguage } from './export-language';
import { writePdf } from './pdf';
import { collect, exportMeta, exportSnapshot, fixture } from './testing';
import { writeXlsx } from './xlsx';

/** The registry's own texts (names, purposes, reasons: anything of more than one word), which stay as recorded. */
function registryTexts(snapshot: RegistrySnapshot): string[] {
  const texts = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (/\s/.test(value.trim())) texts.add(value.trim());
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(snapshot);
  return [...texts].sort((a, b) => b.length - a.length);
}

/** The export's own words in a cell: the registry's texts cut out. */
const ownWords = (cell: string, texts: string[]): string => texts.reduce((rest, text) => rest.split(text).join(' ‹› '), cell);

/** English words the record prints itself; none may remain in a Polish or German cell or sheet. */
const ENGLISH = [
  /not recorded/i,
  /\bNone\b/,
  /\bnone\b/,
  /not applicable/i,
  /controller/i,
  /processor/i,
  /contractual clauses/i,
  /adequacy/i,
  /\bretired\b/i,
  /\bretention\b/i,
  /\bModule\b/,
  /\bconsent\b/i,
  /\blegitimate\b/i,
  /\berasure\b/i,
  /\baccess\b/i,
  /\byes\b/,
  /\bno\b/,
  /Union law/,
  /\bexception\b/i,
  /\bavailable\b/i,
  /\brecipients?\b/i,
  /\bCountry\b/,
  /\bTransfers?\b/,
  /Security measures/,
  /\bCover\b/,
  /\bRecord\b/,
  /error\(s\)/,
  /current state/,
  /\bfrom the\b/,
  /\buntil\b/i,
  /\bstatutory\b/i,
  /\bcontractual\b/i,
  /\bdraft\b/,
  /\bactive\b/,
  /\btechnical\b/,
  /\borganisational\b/,
  /Decision \(EU\)/,
  /provided by/,
  /\bobserved\b/,
  /\bderived\b/,
  /\bspecial category\b/,
  /\blogic\b/,
];

const englishIn = (cells: string[], texts: string[]): string[] =>
  cells.flatMap((cell) => {
    const own = ownWords(cell, texts);
    return ENGLISH.filter((pattern) => pattern.test(own)).map((pattern) => `${String(pattern)} in «${cell}»`);
  });

const rowsOf = (snapshot: RegistrySnapshot, language: ExportLanguage) => ({
  controller: [...art30Rows(snapshot, 'controller', language)],
  processor: [...art30Rows(snapshot, 'processor', language)],
});

async function sheetsOf(snapshot: RegistrySnapshot, language: ExportLanguage): Promise<Map<string, string[][]>> {
  const buffer = await collect((out) => writeXlsx(snapshot, exportMeta({ language, role: 'all' }), out));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return new Map(
    workbook.worksheets.map((sheet) => [
      sheet.name,
      sheet
        .getSheetValues()
        .filter((row): row is ExcelJS.CellValue[] => Array.isArray(row))
        .map((row) => row.slice(1).map((cell) => (cell === null || cell === undefined ? '' : String(cell)))),
    ]),
  );
}

/** The fixture with a retired activity that records its date and what became of its data. */
const withRetirement = (): RegistrySnapshot => {
  const snapshot = exportSnapshot();
  return {
    ...snapshot,
    processingActivities: [
      ...snapshot.processingActivities,
      fixture.activity({
        id: 'act-newsletter',
        name: 'Newsletter',
        status: 'retired',
        retiredAt: '2026-03-01T10:00:00.000Z',
        afterRetirement: { outcome: 'erased', details: null },
      }),
    ],
  };
};

describe('the words inside the Art. 30 cells in Polish and German (lang=pl|de)', () => {
  it('writes the Polish cells in the terms of the RODO', () => {
    const { controller, processor } = rowsOf(withRetirement(), 'pl');
    const row = (name: string) => controller.find((r) => r.name === name) ?? {};
    expect(row('Orders')).toMatchObject({
      role: 'administrator',
      status: 'aktywna',
      jointControllers: 'Nie dotyczy',
      legalBasis: 'art. 6 ust. 1 lit. b – wykonanie umowy',
      specialCategoryCondition: 'Brak (bez szczególnych kategorii danych)',
      automatedDecisions: 'Brak',
      dpiaRequired: 'Nie odnotowano',
    });
    expect(row('Orders').recipients).toContain(
      'CRM, Inc. (podmiot przetwarzający działający na nasze polecenie (art. 28), Stany Zjednoczone)',
    );
    expect(row('Orders').transfers).toContain(
      'CRM, Inc. → Stany Zjednoczone: art. 46 ust. 2 lit. c – standardowe klauzule umowne (decyzja (UE) 2021/914), moduł drugi (administrator – podmiot przetwarzający)',
    );
    expect(row('Orders').retention).toContain('Name — 3 lata od zakończenia umowy');
    expect(row('Orders').rights).toContain('prawo do przenoszenia danych (art. 20)');
    expect(row('Health benefits')).toMatchObject({
      role: 'współadministrator (art. 26)',
      jointControllers: 'Partner SA (Francja, uzgodnienia: JCA 2024) — punkt kontaktowy: nie odnotowano',
      specialCategoryCondition: 'art. 9 ust. 2 lit. a – wyraźna zgoda',
      dpiaRequired: 'tak',
      dpiaStatus: 'w toku',
    });
    expect(row('Health benefits').transfers).toBe(
      'Insurer Ltd → Wielka Brytania: art. 45 – decyzja Komisji Europejskiej stwierdzająca odpowiedni stopień ochrony',
    );
    expect(row('Health benefits').rights).toContain('prawo do cofnięcia zgody (art. 7 ust. 3)');
    expect(row('Newsletter').retention).toMatch(/^Czynność wycofano 1 marca 2026; jej dane usunięto\. Okresy przechowywania/);
    expect(row('Fraud scoring').automatedDecisions).toContain('Zautomatyzowane podejmowanie decyzji (art. 22 ust. 1)');
    expect(row('Fraud scoring').rights).toContain(
      'prawo do niepodlegania decyzji opartej wyłącznie na zautomatyzowanym przetwarzaniu (art. 22)',
    );
    expect(processor[0]?.recipients).toContain('nasz dalszy podmiot przetwarzający');
    expect(controller[0]?.dpo).toBe('Nie wyznaczono: No large-scale monitoring (Art. 37(1)).');
  });

  it('writes the German cells in the terms of the DSGVO', () => {
    const { controller, processor } = rowsOf(withRetirement(), 'de');
    const row = (name: string) => controller.find((r) => r.name === name) ?? {};
    expect(row('Orders')).toMatchObject({
      role: 'Verantwortlicher',
      status: 'aktiv',
      jointControllers: 'Nicht anwendbar',
      legalBasis: 'Art. 6 Abs. 1 lit. b – Erfüllung eines Vertrags',
      specialCategoryCondition: 'Keine (keine besonderen Kategorien personenbezogener Daten)',
      automatedDecisions: 'Keine',
      dpiaRequired: 'Nicht erfasst',
    });
    expect(row('Orders').transfers).toContain(
      'Art. 46 Abs. 2 lit. c – Standardvertragsklauseln (Beschluss (EU) 2021/914), Modul Zwei (Verantwortlicher an Auftragsverarbeiter)',
    );
    expect(row('Orders').recipients).toContain('Hosting GmbH (Auftragsverarbeiter, der auf unsere Weisung handelt (Art. 28), Deutschland)');
    expect(row('Health benefits')).toMatchObject({
      role: 'gemeinsam Verantwortlicher (Art. 26)',
      dpiaRequired: 'ja',
      dpiaStatus: 'in Bearbeitung',
    });
    expect(row('Health benefits').transfers).toBe(
      'Insurer Ltd → Vereinigtes Königreich: Art. 45 – Angemessenheitsbeschluss der Europäischen Kommission',
    );
    expect(row('Health benefits').rights).toContain('Recht auf Widerruf der Einwilligung (Art. 7 Abs. 3)');
    expect(row('Newsletter').retention).toMatch(/^Eingestellt am 1\. März 2026; ihre Daten wurden gelöscht\. Speicherfristen/);
    expect(row('Fraud scoring').retention).toMatch(
      /^Eingestellt \(Datum nicht erfasst\); was mit ihren Daten geschah, ist nicht erfasst\./,
    );
    expect(processor[0]?.recipients).toContain('unser Unterauftragsverarbeiter');
  });

  for (const language of ['pl', 'de'] as const)
    it(`leaves no English fixed word in a ${language} cell, sheet name, heading or cover line`, async () => {
      const snapshot = withRetirement();
      const texts = registryTexts(snapshot);
      const { controller, processor } = rowsOf(snapshot, language);
      const all = [...exportRows(snapshot, 'all', language)];
      const cover = controllerLines(snapshot, exportMeta({ language, role: 'all' })).flat();
      const sheets = await sheetsOf(snapshot, language);
      const cells = [
        ...[...controller, ...processor, ...all].flatMap((row) => Object.values(row)),
        ...cover,
        ...sheets.keys(),
        ...[...sheets.values()].flat(2),
      ];
      expect(cells.length).toBeGreaterThan(200);
      expect(englishIn(cells, texts)).toEqual([]);
      // The check finds English where there is some.
      expect(englishIn([...rowsOf(snapshot, 'en').controller.flatMap((row) => Object.values(row))], texts).length).toBeGreaterThan(20);
    });

  it('names the XLSX sheets and the records of both in the language', async () => {
    expect([...(await sheetsOf(exportSnapshot(), 'pl')).keys()]).toEqual([
      'Strona tytułowa',
      'Rejestr art. 30 ust. 1',
      'Rejestr art. 30 ust. 2',
      'Odbiorcy',
      'Przekazania',
      'Okresy przechowywania',
      'Środki bezpieczeństwa',
    ]);
    const german = await sheetsOf(exportSnapshot(), 'de');
    expect([...german.keys()]).toEqual([
      'Deckblatt',
      'Verzeichnis Art. 30 Abs. 1',
      'Verzeichnis Art. 30 Abs. 2',
      'Empfänger',
      'Übermittlungen',
      'Speicherfristen',
      'Sicherheitsmaßnahmen',
    ]);
    expect(german.get('Übermittlungen')?.[0]).toEqual([
      'Empfänger',
      'Staat',
      'Übermittlungsinstrument',
      'Garantien',
      'Kopie der Garantien',
      'Verarbeitungstätigkeiten',
    ]);
    expect([...exportRows(exportSnapshot(), 'all', 'pl')].map((row) => row.record)).toContain('art. 30 ust. 2 – podmiot przetwarzający');
  });

  it('prints the PDF’s own words in Polish', async () => {
    const buffer = await collect((out) => writePdf(exportSnapshot(), exportMeta({ language: 'pl' }), out));
    const text = (await new PDFParse({ data: new Uint8Array(buffer) }).getText()).text.replace(/\s+/g, ' ');
    expect(text).toContain('Strona 1');
    expect(text).toContain('wyeksportowano 2026-11-24T12:00:00.000Z');
    expect(text).toMatch(/Koniec rejestru\. Liczba czynności przetwarzania: \d+, liczba stron: \d+\./);
    expect(text).toContain('standardowe klauzule umowne');
    for (const english of ['Page 1', 'exported ', 'End of the record', 'Not recorded', 'standard contractual clauses'])
      expect(text).not.toContain(english);
  });

  it('leaves the English record as it was: the default language is English and its words are the reference labels', () => {
    const snapshot = withRetirement();
    expect(rowsOf(snapshot, 'en').controller).toEqual([...art30Rows(snapshot, 'controller')]);
    expect(CELL_WORDING.en).toBe(EN);
    const orders = rowsOf(snapshot, 'en').controller.find((r) => r.name === 'Orders');
    expect(orders).toMatchObject({ role: 'controller', legalBasis: 'Art. 6(1)(b) performance of a contract', automatedDecisions: 'None' });
    expect(orders?.transfers).toContain(
      'Art. 46(2)(c) standard contractual clauses (Decision (EU) 2021/914), Module Two (controller to processor)',
    );
    const newsletter = rowsOf(snapshot, 'en').controller.find((r) => r.name === 'Newsletter');
    expect(newsletter?.retention).toMatch(/^Retired on 1 March 2026; its data were erased\. Retention while it ran: /);
  });
});
