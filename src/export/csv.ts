import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Column, Row } from './art30-rows';

/** A cell a spreadsheet would run as a formula starts with one of these; a leading apostrophe makes it text. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const inert = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert;
}

export const csvLine = (cells: string[]): string => `${cells.map(csvCell).join(',')}\r\n`;

/** Writes and, when the stream's buffer is full, waits for it to drain. */
export const writerFor =
  (out: Writable) =>
  async (text: string): Promise<void> => {
    if (!out.write(text)) await once(out, 'drain');
  };

/**
 * RFC 4180 CSV in UTF-8 (with a byte-order mark, so spreadsheets read accents), written row by row
 * and waiting for the stream to drain: the file is never held in memory whole.
 */
export async function writeCsv(columns: readonly Pick<Column, 'key' | 'header'>[], rows: Iterable<Row>, out: Writable): Promise<void> {
  const write = writerFor(out);
  await write(`\uFEFF${csvLine(columns.map((c) => c.header))}`);
  for (const row of rows) await write(csvLine(columns.map((c) => row[c.key] ?? '')));
  out.end();
}

export interface AuditCsvEvent {
  seq: number;
  at: string;
  actorKeyId: string | null;
  actorRole: string | null;
  action: string;
  entityType: string;
  entityId: string;
  version: number;
  hash: string;
  prevHash: string | null;
}

const AUDIT_COLUMNS = [
  { key: 'seq', header: 'Sequence' },
  { key: 'at', header: 'Time' },
  { key: 'actorKeyId', header: 'Actor key id' },
  { key: 'actorRole', header: 'Actor role' },
  { key: 'action', header: 'Action' },
  { key: 'entityType', header: 'Entity type' },
  { key: 'entityId', header: 'Entity id' },
  { key: 'version', header: 'Version' },
  { key: 'hash', header: 'Hash' },
  { key: 'prevHash', header: 'Previous hash' },
];

export async function writeAuditCsv(events: AsyncIterable<AuditCsvEvent>, out: Writable): Promise<void> {
  const write = writerFor(out);
  await write(`\uFEFF${csvLine(AUDIT_COLUMNS.map((c) => c.header))}`);
  for await (const e of events) {
    await write(
      csvLine([
        String(e.seq),
        e.at,
        e.actorKeyId ?? '',
        e.actorRole ?? 'system',
        e.action,
        e.entityType,
        e.entityId,
        String(e.version),
        e.hash,
        e.prevHash ?? '',
      ]),
    );
  }
  out.end();
}

/** A JSON array written element by element, for exports too large to hold as one string. */
export async function writeJsonArray(items: AsyncIterable<unknown>, out: Writable): Promise<void> {
  const write = writerFor(out);
  let first = true;
  await write('[');
  for await (const item of items) {
    await write(`${first ? '\n' : ',\n'}${JSON.stringify(item)}`);
    first = false;
  }
  await write('\n]\n');
  out.end();
}
