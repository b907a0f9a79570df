import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import jsonld from 'jsonld';
import { PDFParse } from 'pdf-parse';
import { exampleSnapshot } from '../policy/document/testing';
import type { RegistrySnapshot } from '../snapshot/registry-snapshot';
import { make, validSnapshot } from '../snapshot/testing/snapshot-factory';
import { art30Rows, CONTROLLER_COLUMNS, type ExportMeta } from './art30-rows';
import { csvCell, writeCsv } from './csv';
import { DPV, DPV_VOCABULARY, EU_GDPR, PD } from './dpv-vocabulary';
import { toJsonLd } from './jsonld';
import { toWinAnsi, writePdf } from './pdf';
import { writeXlsx } from './xlsx';

const example = exampleSnapshot();
const meta: ExportMeta = {
  exportedAt: '2026-11-24T12:00:00.000Z',
  asOf: null,
  contentHash: 'ab'.repeat(32),
  role: 'controller',
  findings: { errors: 0, warnings: 1 },
};

async function collect(write: (out: PassThrough) => Promise<void>): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await write(out);
  return Buffer.concat(chunks);
}

/** Minimal RFC 4180 reader for the round trip. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      cell += '"';
      i += 1;
    } else if (quoted && ch === '"') {
      quoted = false;
    } else if (quoted) {
      cell += ch;
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else {
      cell += ch;
    }
  }
  return rows;
}

describe('Art. 30 rows', () => {
  it('has one row per controller activity with the Art. 30(1) columns filled', () => {
    const rows = [...art30Rows(example, 'controller')];
    expect(rows).toHaveLength(example.processingActivities.length);
    const accounting = rows.find((r) => r.name === 'Accounting and archiving');
    expect(accounting).toMatchObject({ legalBasis: 'Art. 6(1)(c) legal obligation' });
    expect(accounting?.retention).toContain('P5Y');
    expect(accounting?.rights).toContain('access (Art. 15)');
    const contract = rows.find((r) => r.name === 'Providing the service');
    expect(contract?.transfers).toContain('LiveChat, Inc. → US');
    expect(contract?.transfers).toContain('Module One');
  });

  it('lists the controller served in the processor record (Art. 30(2))', () => {
    const snapshot = validSnapshot({
      processingActivities: [
        make.activity(),
        make.activity({ id: 'p', name: 'Payroll for Acme', role: 'processor', onBehalfOf: 'Acme Ltd, hr@acme.example' }),
      ],
    });
    const rows = [...art30Rows(snapshot, 'processor')];
    expect(rows).toEqual([expect.objectContaining({ name: 'Payroll for Acme', onBehalfOf: 'Acme Ltd, hr@acme.example' })]);
  });
});

describe('CSV', () => {
  it('makes formula-like cells inert and round-trips RFC 4180 quoting', async () => {
    const snapshot: RegistrySnapshot = validSnapshot({
      processingActivities: [make.activity({ name: '=HYPERLINK("http://x","y")', purpose: 'Line one\r\nline "two", three' })],
    });
    const text = (await collect((out) => writeCsv(CONTROLLER_COLUMNS, art30Rows(snapshot, 'controller'), out))).toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual(CONTROLLER_COLUMNS.map((c) => c.header));
    expect(rows[1][0]).toBe('\'=HYPERLINK("http://x","y")');
    expect(rows[1][1]).toBe('Line one\r\nline "two", three');
    for (const start of ['=', '+', '-', '@']) expect(csvCell(`${start}1`)).toBe(`'${start}1`);
  });

  it('streams 10,000 activities through a slow consumer', async () => {
    const activities = Array.from({ length: 10_000 }, (_, i) => make.activity({ id: `a${i}`, name: `Activity ${i}` }));
    let bytes = 0;
    let lines = 0;
    const sink = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _enc, done) {
        bytes += chunk.length;
        lines += chunk.toString('utf8').split('\r\n').length - 1;
        setImmediate(done);
      },
    });
    await writeCsv(CONTROLLER_COLUMNS, art30Rows(validSnapshot({ processingActivities: activities }), 'controller'), sink);
    expect(lines).toBe(10_001);
    expect(bytes).toBeGreaterThan(1_000_000);
  });
});

describe('XLSX', () => {
  it('has a cover naming the controller, a frozen header of Art. 30 columns and one row per activity', async () => {
    const buffer = await collect((out) => writeXlsx(example, meta, out));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Cover',
      'Record Art. 30(1)',
      'Recipients',
      'Transfers',
      'Retention',
      'Security measures',
    ]);
    const cover = workbook.getWorksheet('Cover');
    const coverText = cover?.getSheetValues().flat().join(' ');
    expect(coverText).toContain('LiveChat Integrations');
    expect(coverText).toContain(meta.contentHash);
    const record = workbook.getWorksheet('Record Art. 30(1)');
    expect(record?.getRow(1).values).toEqual([undefined, ...CONTROLLER_COLUMNS.map((c) => c.header)]);
    expect(record?.rowCount).toBe(example.processingActivities.length + 1);
    expect(record?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(workbook.getWorksheet('Transfers')?.getRow(2).getCell(1).value).toBe('LiveChat, Inc.');
  });
});

describe('PDF', () => {
  it('has extractable text with the controller, every activity and the hash in the footer', async () => {
    const buffer = await collect((out) => writePdf(example, meta, out));
    expect(buffer.subarray(0, 5).toString()).toBe('%PDF-');
    const { text } = await new PDFParse({ data: new Uint8Array(buffer) }).getText();
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('LiveChat Integrations');
    for (const activity of example.processingActivities) expect(flat).toContain(activity.name);
    expect(flat).toContain(`sha256 ${meta.contentHash}`);
    expect(flat).toMatch(/Page 1 of \d+/);
  });

  it('writes letters outside Windows-1252 without their diacritics', () => {
    expect(toWinAnsi('Urzędu Ochrony Łódź Mirków €')).toBe('Urzedu Ochrony Lódz Mirków €');
  });
});

describe('JSON-LD', () => {
  it('expands offline and uses only DPV terms listed in the vocabulary file', async () => {
    const expanded = await jsonld.expand(toJsonLd(example, meta) as jsonld.JsonLdDocument);
    const iris = new Set<string>();
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) {
          iris.add(key);
          if ((key === '@id' || key === '@type') && typeof inner === 'string') iris.add(inner);
          if (key === '@type' && Array.isArray(inner)) inner.forEach((t) => iris.add(String(t)));
          walk(inner);
        }
      }
    };
    walk(expanded);
    const dpvIris = [...iris].filter((i) => i.startsWith(DPV) || i.startsWith(EU_GDPR) || i.startsWith(PD));
    expect(dpvIris.length).toBeGreaterThan(20);
    expect(dpvIris.filter((i) => !(i in DPV_VOCABULARY))).toEqual([]);
    expect(iris).toContain(`${EU_GDPR}A46-2-c`);
    expect(iris).toContain(`${EU_GDPR}SCCByCommission`);
    expect(iris).toContain(`${PD}EmailAddress`);
  });
});
