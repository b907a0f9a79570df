import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import jsonld from 'jsonld';
import { PDFParse } from 'pdf-parse';
import { snapshotFromDocument } from '../snapshot/document-snapshot';
import type { RopaDocument } from '../domain/ropa-document';
import { activitiesOfRecord } from './record-index';
import { art30Rows } from './art30-rows';
import { CONTROLLER_COLUMNS } from './art30-columns';
import { writeCsv } from '../common/streaming-writers';
import { DPV_VOCABULARY, isVocabularyNamespace } from './dpv-vocabulary';
import { toJsonLd } from './jsonld';
import { writePdf } from './pdf';
import { collect, exportMeta, parseCsv } from './testing';
import { writeXlsx } from './xlsx';

/** The hand-written example registry (examples/livechat-instagram.json): checks that hold for any registry. */
const example = snapshotFromDocument(
  JSON.parse(readFileSync(join(process.cwd(), 'examples/livechat-instagram.json'), 'utf8')) as RopaDocument,
);
const activities = activitiesOfRecord(example, 'controller');
const meta = exportMeta();

describe('exports of the example registry', () => {
  it('has an example with activities to export', () => {
    expect(activities.length).toBeGreaterThan(0);
  });

  it('gives one CSV record per activity, each with every column', async () => {
    const text = (await collect((out) => writeCsv(CONTROLLER_COLUMNS, art30Rows(example, 'controller'), out))).toString('utf8');
    const rows = parseCsv(text.slice(1));
    expect(rows.map((r) => r.length)).toEqual(rows.map(() => CONTROLLER_COLUMNS.length));
    const name = CONTROLLER_COLUMNS.findIndex((c) => c.key === 'name');
    expect(rows.slice(1).map((r) => r[name])).toEqual(activities.map((a) => a.name));
  });

  it('gives an XLSX record with one row per activity and a cover naming the controller', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await collect((out) => writeXlsx(example, meta, out))) as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('Record Art. 30(1)')?.rowCount).toBe(activities.length + 1);
    expect(workbook.getWorksheet('Cover')?.getSheetValues().flat().join(' ')).toContain(example.controller?.legalName);
  });

  it('gives a PDF whose text names the controller and every activity', async () => {
    const buffer = await collect((out) => writePdf(example, meta, out));
    const { text } = await new PDFParse({ data: new Uint8Array(buffer) }).getText();
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(example.controller?.legalName);
    for (const a of activities) expect(flat).toContain(a.name);
  });

  it('gives JSON-LD that expands offline with only listed DPV terms', async () => {
    const expanded = await jsonld.expand(toJsonLd(example, meta, 'controller') as jsonld.JsonLdDocument, {
      documentLoader: (url: string) => Promise.reject(new Error(`remote load of ${url}`)),
    });
    const iris = new Set<string>();
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value !== null && typeof value === 'object')
        for (const [key, inner] of Object.entries(value)) {
          iris.add(key);
          if (key === '@id' && typeof inner === 'string') iris.add(inner);
          if (key === '@type') for (const t of [inner].flat()) iris.add(String(t));
          walk(inner);
        }
    };
    walk(expanded);
    expect([...iris].filter(isVocabularyNamespace).filter((iri) => !(iri in DPV_VOCABULARY))).toEqual([]);
  });
});
