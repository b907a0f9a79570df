import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { CONTROLLER_COLUMNS, PROCESSOR_COLUMNS } from './art30-columns';
import { OUR_SUB_PROCESSOR_LABEL } from '../reference/vocabulary-labels';
import { collect, exportMeta, exportSnapshot, fixture } from './testing';
import { writeXlsx } from './xlsx';

async function workbookOf(snapshot = exportSnapshot(), meta = exportMeta()): Promise<ExcelJS.Workbook> {
  const buffer = await collect((out) => writeXlsx(snapshot, meta, out));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

const sheet = (workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet => {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
};

const columnValues = (ws: ExcelJS.Worksheet, column: number): unknown[] => ws.getColumn(column).values.slice(2);
/** 1-based column of a record key, whatever identity columns lead the row. */
const col = (key: string, columns: readonly { key: string }[] = CONTROLLER_COLUMNS): number => columns.findIndex((c) => c.key === key) + 1;

describe('writeXlsx', () => {
  it('has a cover, the record and one sheet per kind of shared entity', async () => {
    const workbook = await workbookOf();
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Cover',
      'Record Art. 30(1)',
      'Recipients',
      'Transfers',
      'Retention',
      'Security measures',
    ]);
  });

  it('names the controller, its DPO and representative (or why not), the authority and the export facts on the cover', async () => {
    const cover = Object.fromEntries(
      sheet(await workbookOf(), 'Cover')
        .getSheetValues()
        .filter((r): r is ExcelJS.CellValue[] => Array.isArray(r))
        .map((r) => [String(r[1]), String(r[2])]),
    );
    expect(cover).toMatchObject({
      'Record type': 'Record of processing activities (Art. 30(1) GDPR)',
      Controller: 'Przykład Sp. z o.o.',
      'Registered address': 'Hiacyntowa 14, 55-095 MIRKÓW, Poland',
      'Registration number': '0000123456',
      'Data protection officer': 'Not applicable: No large-scale monitoring (Art. 37(1)).',
      'Representative (Art. 27)': 'Not applicable: Established in the EU.',
      'Exported at': '2026-11-24T12:00:00.000Z',
      'Content hash (SHA-256)': 'ab'.repeat(32),
      'Compliance findings': '1 error(s), 2 warning(s)',
    });
    expect(cover['Supervisory authority']).toContain('Prezes Urzędu Ochrony Danych Osobowych');
    expect(cover['Record as of']).toContain('2026-11-24T12:00:00.000Z');
  });

  it('sets the cover labels in bold and wraps its values', async () => {
    const cover = sheet(await workbookOf(), 'Cover');
    expect(cover.getRow(2).getCell(1).font).toMatchObject({ bold: true });
    expect(cover.getRow(2).getCell(2).alignment).toMatchObject({ wrapText: true });
    expect(cover.getRow(2).getCell(2).font?.bold).toBeFalsy();
  });

  it('has the Art. 30 columns in a frozen, filterable header and one row per activity', async () => {
    const record = sheet(await workbookOf(), 'Record Art. 30(1)');
    expect(record.getRow(1).values).toEqual([undefined, ...CONTROLLER_COLUMNS.map((c) => c.header)]);
    expect(record.rowCount).toBe(1 + 4);
    expect(columnValues(record, col('name'))).toEqual(['Background screening', 'Fraud scoring', 'Health benefits', 'Orders']);
    expect(record.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(record.autoFilter).toBeTruthy();
    expect(record.getColumn(col('purpose')).width).toBe(48);
    expect(record.getRow(1).getCell(1).font).toMatchObject({ bold: true });
    // every data cell wraps, in every row and column
    for (const r of [2, 5])
      for (let c = 1; c <= CONTROLLER_COLUMNS.length; c += 1)
        expect(record.getRow(r).getCell(c).alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(record.getRow(2).getCell(1).font?.bold).toBeFalsy();
  });

  it('writes no cell for an empty value, and never an empty string', async () => {
    const record = sheet(await workbookOf(), 'Record Art. 30(1)');
    const values = [2, 3, 4, 5].flatMap((r) => CONTROLLER_COLUMNS.map((_, c) => record.getRow(r).getCell(c + 1).value));
    expect(values).not.toContain('');
    expect(values.filter((v) => v === null).length).toBeGreaterThan(0);
    expect(values.filter((v) => typeof v === 'string').length).toBeGreaterThan(values.length / 2);
  });

  it('writes the processor record (Art. 30(2)) with the controller served', async () => {
    const workbook = await workbookOf(exportSnapshot(), exportMeta({ role: 'processor' }));
    const record = sheet(workbook, 'Record Art. 30(2)');
    expect(record.getRow(1).values).toEqual([undefined, ...PROCESSOR_COLUMNS.map((c) => c.header)]);
    expect(record.getRow(2).getCell(col('onBehalfOf', PROCESSOR_COLUMNS)).value).toBe('Acme Ltd (1 High Street, London, hr@acme.example)');
    expect(record.rowCount).toBe(2);
    expect(columnValues(sheet(workbook, 'Recipients'), 1)).toEqual(['Support Pvt Ltd']);
  });

  it('lists each recipient, transfer, retention rule and measure once, with the activities that use it', async () => {
    const workbook = await workbookOf();
    const recipients = sheet(workbook, 'Recipients');
    expect(columnValues(recipients, 1)).toEqual(['CRM, Inc.', 'Hosting GmbH', 'Insurer Ltd', 'Partner SA', 'Support Pvt Ltd']);
    expect(recipients.getRow(3).getCell(7).value).toBe('Orders');
    const transfers = sheet(workbook, 'Transfers');
    expect(columnValues(transfers, 1)).toEqual(['Insurer Ltd', 'Support Pvt Ltd', 'Support Pvt Ltd', 'CRM, Inc.', 'CRM, Inc.']);
    expect(transfers.getRow(2).getCell(2).value).toBe('United Kingdom (GB)');
    expect(columnValues(sheet(workbook, 'Retention'), 1)).toEqual(['Contract', 'Tax records', 'Until withdrawal']);
    const security = sheet(workbook, 'Security measures');
    expect(security.getRow(2).values).toEqual([
      undefined,
      'Encryption in transit',
      'technical',
      'TLS 1.2 or later.',
      'Fraud scoring; Health benefits; Orders',
    ]);
  });

  it('lists a transfer to our sub-processor in the processor record under Module Three, naming it our sub-processor', async () => {
    const snapshot = exportSnapshot({
      transfers: [fixture.transfer({ id: 'trf-in-scc', recipientId: 'rcp-india', country: 'IN', mechanism: 'scc', sccModule: null })],
    });
    const workbook = await workbookOf(snapshot, exportMeta({ role: 'processor' }));
    expect(sheet(workbook, 'Recipients').getRow(2).getCell(2).value).toBe(OUR_SUB_PROCESSOR_LABEL);
    const transfers = sheet(workbook, 'Transfers');
    expect(transfers.getRow(2).values).toEqual([
      undefined,
      'Support Pvt Ltd',
      'India (IN)',
      'Art. 46(2)(c) standard contractual clauses (Decision (EU) 2021/914), Module Three (processor to processor) (from the roles of the parties)',
      'Encryption in transit and at rest.',
      'Write to privacy@przyklad.example.',
      'Payroll for Acme',
    ]);
    expect(transfers.rowCount).toBe(2);
  });

  it('lists no domestic recipient of a controller outside the EEA as a transfer (a Swiss tax office for a Swiss controller)', async () => {
    const base = exportSnapshot();
    const snapshot = exportSnapshot({
      controller: fixture.controller({
        registeredAddress: { street: 'Bahnhofstrasse 1', postalCode: '8001', city: 'Zürich', country: 'CH' },
      }),
      recipients: [
        ...base.recipients,
        fixture.recipient({ id: 'rcp-tax', name: 'Swiss Federal Tax Administration', type: 'public_authority', country: 'CH' }),
      ],
      transfers: [
        ...base.transfers,
        fixture.transfer({ id: 'trf-ch', recipientId: 'rcp-tax', country: 'CH', mechanism: 'adequacy', sccModule: null }),
      ],
      processingActivities: base.processingActivities.map((a) =>
        a.id === 'act-orders' ? { ...a, recipientIds: [...a.recipientIds, 'rcp-tax'] } : a,
      ),
    });
    const workbook = await workbookOf(snapshot);
    expect(columnValues(sheet(workbook, 'Recipients'), 1)).toContain('Swiss Federal Tax Administration');
    const listed = columnValues(sheet(workbook, 'Transfers'), 1);
    expect(listed).not.toContain('Swiss Federal Tax Administration');
    expect(listed).toContain('CRM, Inc.');
  });

  it('stores a formula-like name as text, not as a formula', async () => {
    const name = '=HYPERLINK("http://x","y")';
    const record = sheet(await workbookOf(exportSnapshot({ processingActivities: [fixture.activity({ name })] })), 'Record Art. 30(1)');
    expect(record.getRow(2).getCell(col('name')).value).toBe(name);
    expect(record.getRow(2).getCell(col('name')).type).toBe(ExcelJS.ValueType.String);
  });

  it('truncates a cell Excel could not open (over 32,767 characters) and says so', async () => {
    const record = sheet(
      await workbookOf(exportSnapshot({ processingActivities: [fixture.activity({ purpose: 'x'.repeat(40_000) })] })),
      'Record Art. 30(1)',
    );
    const purpose = String(record.getRow(2).getCell(col('purpose')).value);
    expect(purpose.length).toBe(32_767);
    expect(purpose).toMatch(/truncated/);
  });
});
