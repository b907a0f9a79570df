/**
 * Writers that stream text to a Node stream, waiting for it to drain: CSV (cells made inert for
 * spreadsheets, RFC 4180 quoting), a JSON array element by element, and pretty canonical JSON. Used
 * by the Art. 30 export and the audit trail's export alike; they know nothing of either.
 */
import type { Writable } from 'node:stream';
import { canonicalJson } from './canonical-json';

/**
 * A cell a spreadsheet would run as a formula: one that starts with a tab, CR or LF, or whose first
 * non-blank character is = + - @ or their full-width forms (＝ ＋ － ＠), which some spreadsheets fold
 * to ASCII. A leading apostrophe makes it text.
 */
const FORMULA_START = /^(?:[\t\r\n]|[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

export function csvCell(value: string): string {
  const inert = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert;
}

export const csvLine = (cells: readonly string[]): string => `${cells.map(csvCell).join(',')}\r\n`;

const isDestroyed = (out: NodeJS.WritableStream): boolean => 'destroyed' in out && out.destroyed === true;

/**
 * Resolves on `event`; rejects on an error, or when the stream closes first (a client that went
 * away), so that a writer waiting for 'drain' never hangs on a dead stream.
 */
function settled(out: NodeJS.WritableStream, event: 'drain' | 'finish'): Promise<void> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      out.off(event, onEvent);
      out.off('error', onError);
      out.off('close', onClose);
    };
    const onEvent = () => {
      cleanup();
      resolve();
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const onClose = () => {
      cleanup();
      reject(new Error(`The output stream closed before '${event}'`));
    };
    out.on(event, onEvent);
    out.on('error', onError);
    out.on('close', onClose);
  });
}

/** Writes and, when the stream's buffer is full, waits for it to drain. */
export const writerFor =
  (out: NodeJS.WritableStream) =>
  async (text: string): Promise<void> => {
    if (isDestroyed(out)) throw new Error('The output stream was destroyed');
    if (!out.write(text)) await settled(out, 'drain');
  };

/** Settles at once, or when a stream whose buffer is full has drained. */
export async function whenDrained(out: NodeJS.WritableStream): Promise<void> {
  if (isDestroyed(out)) throw new Error('The output stream was destroyed');
  if ((out as Partial<Writable>).writableNeedDrain) await settled(out, 'drain');
}

/** Settles once the stream has flushed everything written to it and ended. */
export const whenFinished = (out: NodeJS.WritableStream): Promise<void> => settled(out, 'finish');

/** Ends the stream and waits until everything written has been flushed. */
export async function endStream(out: NodeJS.WritableStream): Promise<void> {
  const finished = whenFinished(out);
  out.end();
  await finished;
}

/** A CSV column: the row key its cells are taken from, and its header. */
export interface CsvColumn {
  key: string;
  header: string;
}

/** A CSV row: its cells by column key; a key with no cell writes an empty one. */
export type CsvRow = Record<string, string>;

/**
 * RFC 4180 CSV (CRLF, quotes doubled) in UTF-8 with a byte-order mark, so that spreadsheets read
 * accents. Rows are written one at a time, waiting for the stream to drain: the file is never held
 * in memory whole. Ends the stream.
 */
export async function writeCsv(
  columns: readonly CsvColumn[],
  rows: Iterable<CsvRow> | AsyncIterable<CsvRow>,
  out: NodeJS.WritableStream,
): Promise<void> {
  const write = writerFor(out);
  await write(`\uFEFF${csvLine(columns.map((c) => c.header))}`);
  for await (const row of rows) await write(csvLine(columns.map((c) => row[c.key] ?? '')));
  await endStream(out);
}

/** A JSON array written element by element, for exports too large to hold as one string; ends the stream. */
export async function writeJsonArray(items: Iterable<unknown> | AsyncIterable<unknown>, out: NodeJS.WritableStream): Promise<void> {
  const write = writerFor(out);
  let first = true;
  await write('[');
  for await (const item of items) {
    await write(`${first ? '\n' : ',\n'}${JSON.stringify(item)}`);
    first = false;
  }
  await write('\n]\n');
  await endStream(out);
}

/** Pretty, canonical JSON of one value: keys sorted at every depth, two-space indent, every line indented by `indent`. */
const prettyCanonical = (value: unknown, indent: string): string =>
  (JSON.stringify(JSON.parse(canonicalJson(value)), null, 2) ?? 'null').replace(/\n/g, `\n${indent}`);

/** An array, or another iterable a document member is written as (a generator that builds elements on demand). */
const isSequence = (value: unknown): value is Iterable<unknown> =>
  Array.isArray(value) ||
  (typeof value === 'object' && value !== null && typeof (value as Partial<Iterable<unknown>>)[Symbol.iterator] === 'function');

/**
 * A document as pretty, canonical JSON (sorted keys, two-space indent, a final newline): the same
 * bytes as `JSON.stringify` of its canonical form, but written one element of each top-level array
 * at a time, waiting for the stream to drain, so that a registry of thousands of activities is never
 * one string. A top-level member may also be any iterable (a generator, say), written as an array
 * whose elements are taken one at a time. Ends the stream.
 */
export async function writePrettyJson(document: Record<string, unknown>, out: NodeJS.WritableStream): Promise<void> {
  const write = writerFor(out);
  const keys = Object.keys(document)
    .filter((key) => document[key] !== undefined)
    .sort();
  if (keys.length === 0) await write('{}');
  else {
    await write('{');
    for (const [i, key] of keys.entries()) {
      await write(`${i > 0 ? ',' : ''}\n  ${JSON.stringify(key)}: `);
      const member = document[key];
      if (isSequence(member)) {
        let count = 0;
        for (const element of member) {
          // JSON.stringify writes undefined array members as null.
          await write(`${count === 0 ? '[' : ','}\n    ${prettyCanonical(element === undefined ? null : element, '    ')}`);
          count += 1;
        }
        await write(count === 0 ? '[]' : '\n  ]');
      } else await write(prettyCanonical(member, '  '));
    }
    await write('\n}');
  }
  await write('\n');
  await endStream(out);
}
