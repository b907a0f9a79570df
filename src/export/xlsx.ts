import type { Stream } from 'node:stream';
import { setImmediate } from 'node:timers/promises';
import type ExcelJS from 'exceljs';
import type { ProcessingActivity, RegistrySnapshot } from '../domain/registry-snapshot';
import { activitiesOfRecord, RecordIndex } from './record-index';
import { recipientTypeLabel } from './art30-recipients';
import { art30Rows } from './art30-rows';
import { columnsFor, type ExportMeta, recordsOf } from './art30-columns';
import { columnIn } from './export-language';
import { describeMechanism, transfersOfRecord } from './art30-transfers';
import { describeRetention } from './art30-retention';
import { CELL_WORDING } from './cell-wordings';
import { controllerLines } from './cover';
import { whenDrained } from '../common/streaming-writers';
import { groupByEach } from '../common/group';

type Sheet = ExcelJS.Worksheet;
type SheetColumn = { key: string; header: string; width: number };

/** Excel refuses to open a workbook with a longer cell. */
const MAX_CELL = 32_767;
const TRUNCATED = ' … [truncated: see the JSON export]';

const WRAP: Partial<ExcelJS.Style> = { alignment: { wrapText: true, vertical: 'top' } };

/**
 * The row as exceljs takes it: an empty value is no cell at all (a spreadsheet shows both the same,
 * and a quarter of a record's cells are empty), and a value Excel would refuse is cut to its limit.
 */
function fit(row: Record<string, string>): Record<string, string | null> {
  const cells: Record<string, string | null> = {};
  for (const [key, value] of Object.entries(row))
    cells[key] = value === '' ? null : value.length > MAX_CELL ? `${value.slice(0, MAX_CELL - TRUNCATED.length)}${TRUNCATED}` : value;
  return cells;
}

/** A sheet with a frozen, bold, filterable header row and wrapped cells. */
function table(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, columns: readonly SheetColumn[]): Sheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ key: c.key, header: c.header, width: c.width, style: WRAP }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return sheet;
}

/**
 * Rows between two pauses that let the zip compress what was written and the client take it: about
 * 20 KB of sheet XML. Pausing that often lets the buffers exceljs makes for each row die young, in
 * the cheap collection; every 200 rows, the XLSX export of 10,000 activities peaked 12 MB higher.
 */
const ROWS_PER_PAUSE = 10;

/**
 * Writes and commits the rows. exceljs hands a committed row's XML to the zip at once, without
 * backpressure, so the writer pauses every few rows for the event loop (the zip compresses, other
 * requests are served) and for the output to drain (the client reads): a synchronous loop would hold
 * the whole uncompressed sheet before the zip could read any of it.
 *
 * Each cell gets its column's style object itself. exceljs gives every new cell a fresh copy, and
 * encodes each copy anew to find its style id; a shared object is encoded once.
 */
async function addRows(out: NodeJS.WritableStream, sheet: Sheet, rows: Iterable<Record<string, string>>): Promise<void> {
  let written = 0;
  for (const row of rows) {
    const added = sheet.addRow(fit(row));
    added.eachCell((cell, column) => {
      cell.style = sheet.getColumn(column).style;
    });
    added.commit();
    written += 1;
    if (written % ROWS_PER_PAUSE === 0) {
      await setImmediate();
      await whenDrained(out);
    }
  }
  sheet.commit();
}

/** id → names of the record's activities that use it, "; "-joined, in the record's order. */
function usage(activities: ProcessingActivity[], ids: (a: ProcessingActivity) => string[]): Map<string, string> {
  return new Map([...groupByEach(activities, ids)].map(([id, list]) => [id, list.map((a) => a.name).join('; ')]));
}

/**
 * The record as a workbook: a cover sheet, the Art. 30 record (one row per activity) and one sheet
 * each for the recipients, transfers, retention rules and security measures the record's activities
 * use. Rows are committed as they are written, so the workbook streams out instead of being built
 * in memory. Ends the stream.
 */
export async function writeXlsx(snapshot: RegistrySnapshot, meta: ExportMeta, out: NodeJS.WritableStream): Promise<void> {
  // Loaded on first use, and only the streaming writer: the whole of exceljs (readers, CSV, its zip
  // reader) would add some 30 MB to the process for good, the writer alone about 18 MB.
  const { default: WorkbookWriter } = await import('exceljs/lib/stream/xlsx/workbook-writer.js');
  // exceljs only pipes its zip into the stream; its typings ask for the Stream class.
  const workbook = new WorkbookWriter({ stream: out as unknown as Stream, useStyles: true, useSharedStrings: false });
  workbook.creator = 'ropa';
  workbook.created = new Date(meta.exportedAt);
  workbook.modified = new Date(meta.exportedAt);
  // The sheet names, headings and fixed words in the export's language.
  const w = CELL_WORDING[meta.language];
  const sheets = w.sheets;
  const heading = sheets.heading;

  const cover = workbook.addWorksheet(sheets.cover);
  cover.columns = [
    { key: 'label', width: 30, style: { font: { bold: true }, alignment: { vertical: 'top' } } },
    { key: 'value', width: 100, style: WRAP },
  ];
  await addRows(
    out,
    cover,
    controllerLines(snapshot, meta).map(([label, value]) => ({ label, value })),
  );

  for (const record of recordsOf(meta.role))
    await addRows(
      out,
      table(
        workbook,
        sheets.records[record],
        columnsFor(record).map((c) => columnIn(meta.language, c)),
      ),
      art30Rows(snapshot, record, meta.language),
    );

  const activities = recordsOf(meta.role).flatMap((record) => activitiesOfRecord(snapshot, record));
  const recipientUse = usage(activities, (a) => a.recipientIds);
  const retentionUse = usage(activities, (a) => [
    ...(a.retentionRuleId ? [a.retentionRuleId] : []),
    ...a.retentionByCategory.map((r) => r.retentionRuleId),
  ]);
  const securityUse = usage(activities, (a) => a.securityMeasureIds);

  await addRows(
    out,
    table(workbook, sheets.recipients, [
      { key: 'name', header: heading.recipient, width: 30 },
      { key: 'type', header: heading.type, width: 36 },
      { key: 'country', header: heading.country, width: 20 },
      { key: 'dpf', header: heading.dpf, width: 12 },
      { key: 'dpa', header: heading.dpa, width: 28 },
      { key: 'policy', header: heading.privacyPolicy, width: 36 },
      { key: 'activities', header: heading.usedBy, width: 50 },
    ]),
    snapshot.recipients
      .filter((r) => recipientUse.has(r.id))
      .map((r) => ({
        name: r.name,
        type: recordsOf(meta.role)
          .map((record) => recipientTypeLabel(r, record, w))
          .filter((label, i, labels) => labels.indexOf(label) === i)
          .join('; '),
        country: `${w.country(r.country)} (${r.country})`,
        dpf: r.dpfCertified ? w.yes : w.no,
        dpa: r.dpaReference ?? '',
        policy: r.privacyPolicyUrl ?? '',
        activities: recipientUse.get(r.id) ?? '',
      })),
  );

  await addRows(
    out,
    table(workbook, sheets.transfers, [
      { key: 'recipient', header: heading.recipient, width: 30 },
      { key: 'country', header: heading.country, width: 20 },
      { key: 'mechanism', header: heading.mechanism, width: 50 },
      { key: 'safeguards', header: heading.safeguards, width: 50 },
      { key: 'copy', header: heading.copy, width: 40 },
      { key: 'activities', header: heading.usedBy, width: 50 },
    ]),
    transfersOfRecord(activities, new RecordIndex(snapshot)).map(({ transfer: t, recipientName, module, activities: using }) => ({
      recipient: recipientName,
      country: `${w.country(t.country)} (${t.country})`,
      mechanism: describeMechanism(t, module, w),
      safeguards: t.safeguards ?? '',
      copy: t.copyInstructions ?? (t.copyAvailable ? sheets.copyOnRequest : sheets.copyNotAvailable),
      activities: using.map((a) => a.name).join('; '),
    })),
  );

  await addRows(
    out,
    table(workbook, sheets.retention, [
      { key: 'name', header: heading.retentionRule, width: 30 },
      { key: 'rule', header: heading.periodTriggerCriteria, width: 70 },
      { key: 'activities', header: heading.usedBy, width: 50 },
    ]),
    snapshot.retentionRules
      .filter((r) => retentionUse.has(r.id))
      .map((r) => ({ name: r.name, rule: describeRetention(r, w), activities: retentionUse.get(r.id) ?? '' })),
  );

  await addRows(
    out,
    table(workbook, sheets.security, [
      { key: 'name', header: heading.measure, width: 30 },
      { key: 'kind', header: heading.kind, width: 16 },
      { key: 'description', header: heading.description, width: 70 },
      { key: 'activities', header: heading.usedBy, width: 50 },
    ]),
    snapshot.securityMeasures
      .filter((m) => securityUse.has(m.id))
      .map((m) => ({
        name: m.name,
        kind: w.securityKinds[m.kind],
        description: m.description,
        activities: securityUse.get(m.id) ?? '',
      })),
  );

  await workbook.commit();
}
