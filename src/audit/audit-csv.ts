/** The audit trail as CSV: its own columns, written by the shared streaming CSV writer. */
import { writeCsv, type CsvColumn, type CsvRow } from '../common/streaming-writers';

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

export const AUDIT_COLUMNS: readonly CsvColumn[] = [
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

async function* auditRows(events: Iterable<AuditCsvEvent> | AsyncIterable<AuditCsvEvent>): AsyncGenerator<CsvRow> {
  for await (const e of events) {
    // A null actor stays an empty cell: the export shows the trail as recorded, not an interpretation of it.
    yield {
      seq: String(e.seq),
      at: e.at,
      actorKeyId: e.actorKeyId ?? '',
      actorRole: e.actorRole ?? '',
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      version: String(e.version),
      hash: e.hash,
      prevHash: e.prevHash ?? '',
    };
  }
}

/** The audit trail as CSV, one line per event in the order given; ends the stream. */
export function writeAuditCsv(events: Iterable<AuditCsvEvent> | AsyncIterable<AuditCsvEvent>, out: NodeJS.WritableStream): Promise<void> {
  return writeCsv(AUDIT_COLUMNS, auditRows(events), out);
}
