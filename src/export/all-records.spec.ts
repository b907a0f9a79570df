import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { PDFParse } from 'pdf-parse';
import { writeCsv } from '../common/streaming-writers';
import { CONTROLLER_COLUMNS, exportColumns, PROCESSOR_COLUMNS } from './art30-columns';
import { exportRows } from './art30-rows';
import { toJsonLd } from './jsonld';
import { writePdf } from './pdf';
import { collect, exportMeta, exportSnapshot, parseCsv } from './testing';
import { writeXlsx } from './xlsx';

/** `role=all`: both Art. 30 records in one file, as a supervisory authority asks for them (Art. 30(4)). */
describe('both records together (role=all)', () => {
  const snapshot = exportSnapshot();
  const meta = exportMeta({ role: 'all' });

  it('CSV: a Record column, every column of either record once, the controller rows first, then the processor rows', async () => {
    const text = (await collect((out) => writeCsv(exportColumns('all'), exportRows(snapshot, 'all'), out))).toString('utf8');
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header[0]).toBe('Record');
    for (const column of [...CONTROLLER_COLUMNS, ...PROCESSOR_COLUMNS])
      expect(header.filter((h) => h.split(' / ').includes(column.header)).length).toBe(1);
    const records = rows.map((row) => row[0]);
    const firstProcessor = records.indexOf('Art. 30(2) processor');
    expect(firstProcessor).toBeGreaterThan(0);
    expect(records.slice(0, firstProcessor).every((r) => r === 'Art. 30(1) controller')).toBe(true);
    expect(records.slice(firstProcessor).every((r) => r === 'Art. 30(2) processor')).toBe(true);
    const name = header.indexOf('Processing activity / Category of processing');
    expect(rows[firstProcessor][name]).toBe('Payroll for Acme');
    expect(rows.slice(0, firstProcessor).map((r) => r[name])).not.toContain('Payroll for Acme');
  });

  it('XLSX: both record sheets, and the shared sheets cover the activities of both', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await collect((out) => writeXlsx(snapshot, meta, out))) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Cover',
      'Record Art. 30(1)',
      'Record Art. 30(2)',
      'Recipients',
      'Transfers',
      'Retention',
      'Security measures',
    ]);
    const processorNames = workbook
      .getWorksheet('Record Art. 30(2)')
      ?.getColumn(PROCESSOR_COLUMNS.findIndex((c) => c.key === 'name') + 1).values;
    expect(processorNames).toContain('Payroll for Acme');
    const cover = workbook.getWorksheet('Cover')?.getColumn(2).values.join(' ');
    expect(cover).toContain('Art. 30(1) and (2), made available under Art. 30(4) GDPR');
  });

  it('PDF: each record under its own title, the numbering running on', async () => {
    const buffer = await collect((out) => writePdf(snapshot, meta, out));
    const text = (await new PDFParse({ data: new Uint8Array(buffer) }).getText()).text.replace(/\s+/g, ' ');
    const controller = text.indexOf('Record of processing activities (Art. 30(1) GDPR)');
    const processor = text.indexOf('Record of categories of processing activities (Art. 30(2) GDPR)');
    expect(controller).toBeGreaterThan(0);
    expect(processor).toBeGreaterThan(controller);
    expect(text.indexOf('Payroll for Acme')).toBeGreaterThan(processor);
    expect(text.indexOf('Fraud scoring')).toBeLessThan(processor);
  });

  it('JSON-LD: one dpv:ROPA per record, one organisation acting as controller and processor', () => {
    const graph = toJsonLd(snapshot, meta)['@graph'] as Record<string, unknown>[];
    expect(graph.filter((n) => n['@type'] === 'dpv:ROPA').map((n) => n['@id'])).toEqual([
      'urn:ropa:record:controller',
      'urn:ropa:record:processor',
    ]);
    const organisations = graph.filter((n) => n['@id'] === graph[0]['dpv:hasDataController']?.['@id' as never]);
    expect(organisations).toHaveLength(1);
    expect(organisations[0]['@type']).toEqual(['dpv:DataController', 'dpv:DataProcessor']);
  });
});
