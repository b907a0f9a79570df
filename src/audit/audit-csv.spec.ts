import { PassThrough } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import { AUDIT_COLUMNS, writeAuditCsv } from './audit-csv';

const csvText = (write: (out: PassThrough) => Promise<void>): Promise<string> => {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  return write(out).then(() => Buffer.concat(chunks).toString('utf8'));
};

/** The CSV's lines and cells; none of these cells needs quoting. */
const lines = (text: string): string[][] =>
  text
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => line.split(','));

describe('writeAuditCsv', () => {
  it('writes one line per event with the chain hashes, from a sync or an async source', async () => {
    const events = [
      {
        seq: 1,
        at: '2026-01-01T00:00:00.000Z',
        actorKeyId: null,
        actorRole: null,
        action: 'create',
        entityType: 'processing_activity',
        entityId: 'a1',
        version: 1,
        hash: 'h1',
        prevHash: null,
      },
      {
        seq: 2,
        at: '2026-01-02T00:00:00.000Z',
        actorKeyId: 'k1',
        actorRole: 'dpo',
        action: 'update',
        entityType: 'processing_activity',
        entityId: '=cmd|x',
        version: 2,
        hash: 'h2',
        prevHash: 'h1',
      },
    ];
    async function* later() {
      for (const e of events) yield e;
    }
    for (const source of [events, later()]) {
      const rows = lines((await csvText((out) => writeAuditCsv(source, out))).slice(1));
      expect(rows).toEqual([
        AUDIT_COLUMNS.map((c) => c.header),
        ['1', '2026-01-01T00:00:00.000Z', '', '', 'create', 'processing_activity', 'a1', '1', 'h1', ''],
        ['2', '2026-01-02T00:00:00.000Z', 'k1', 'dpo', 'update', 'processing_activity', "'=cmd|x", '2', 'h2', 'h1'],
      ]);
    }
  });
});
