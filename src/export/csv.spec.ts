import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { canonicalJson } from '../common/canonical-json';
import { art30Rows } from './art30-rows';
import { CONTROLLER_COLUMNS, PROCESSOR_COLUMNS } from './art30-columns';
import { csvCell, writeCsv, writePrettyJson } from '../common/streaming-writers';
import { collect, exportSnapshot, fixture, parseCsv } from './testing';

const csvText = async (write: (out: PassThrough) => Promise<void>): Promise<string> => (await collect(write)).toString('utf8');

describe('writeCsv', () => {
  it('makes a formula-like activity name inert and round-trips RFC 4180 quoting', async () => {
    const name = '=HYPERLINK("http://x","y")';
    const purpose = 'Line one\r\nline "two", three\nand a bare LF';
    const snapshot = exportSnapshot({ processingActivities: [fixture.activity({ name, purpose })] });
    const text = await csvText((out) => writeCsv(CONTROLLER_COLUMNS, art30Rows(snapshot, 'controller'), out));

    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
    const rows = parseCsv(text.slice(1));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual(CONTROLLER_COLUMNS.map((c) => c.header));
    expect(rows[1]).toHaveLength(CONTROLLER_COLUMNS.length);
    const at = (key: string) => CONTROLLER_COLUMNS.findIndex((c) => c.key === key);
    expect(rows[1][at('name')]).toBe(`'${name}`);
    expect(rows[1][at('purpose')]).toBe(purpose);
  });

  it('prefixes every cell that a spreadsheet would evaluate, and only those', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}1`).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell(' Anna = Bob')).toBe(' Anna = Bob');
  });

  it('also neutralises a leading line feed, blanks before a formula sign, and the full-width signs', () => {
    for (const cell of ['\n=1+1', '\nplain', '  =SUM(A1)', '\t @cmd', ' -2+3', '\u3000+1', '＝1+1', '＋1', '－1', '＠SUM(A1)', '  ＝1']) {
      expect(csvCell(cell).replace(/^"/, '')).toMatch(/^'/);
    }
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('a,b')).toBe('"a,b"');
  });

  it('writes UTF-8 with a byte-order mark so that Polish and other accents survive', async () => {
    const snapshot = exportSnapshot({ processingActivities: [fixture.activity({ name: 'Zgłoszenia MIRKÓW – €' })] });
    const bytes = await collect((out) => writeCsv(CONTROLLER_COLUMNS, art30Rows(snapshot, 'controller'), out));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const name = CONTROLLER_COLUMNS.findIndex((c) => c.key === 'name');
    expect(parseCsv(bytes.toString('utf8').slice(1))[1][name]).toBe('Zgłoszenia MIRKÓW – €');
  });

  it('writes the processor record with the controller served', async () => {
    const text = await csvText((out) => writeCsv(PROCESSOR_COLUMNS, art30Rows(exportSnapshot(), 'processor'), out));
    const [header, payroll, ...rest] = parseCsv(text.slice(1));
    expect(rest).toEqual([]);
    const record = Object.fromEntries(header.map((h, i) => [h, payroll[i]]));
    expect(record['Controllers on whose behalf we act, with contact details']).toBe('Acme Ltd (1 High Street, London, hr@acme.example)');
    expect(record["Controllers' representatives in the Union"]).toBe('Acme Ltd: Acme EU BV, Keizersgracht 1, Amsterdam, eu@acme.example');
    expect(record['Processor (we)']).toBe('Przykład Sp. z o.o. (0000123456)');
    expect(record['Category of processing']).toBe('Payroll for Acme');
  });

  it('streams a 10,000-activity record through a slow consumer, waiting for it to drain', async () => {
    const activities = Array.from({ length: 10_000 }, (_, i) =>
      fixture.activity({ id: `act-${String(i).padStart(5, '0')}`, name: `Activity ${String(i).padStart(5, '0')}` }),
    );
    let bytes = 0;
    let lines = 0;
    let writes = 0;
    const sink = new Writable({
      highWaterMark: 16 * 1024,
      write(chunk: Buffer, _encoding, done) {
        writes += 1;
        bytes += chunk.length;
        for (const b of chunk) if (b === 0x0a) lines += 1;
        setImmediate(done);
      },
    });
    let drains = 0;
    sink.on('drain', () => (drains += 1));
    await writeCsv(CONTROLLER_COLUMNS, art30Rows(exportSnapshot({ processingActivities: activities }), 'controller'), sink);
    expect(sink.writableFinished).toBe(true);
    // Each activity's purpose and retention are one line each; no cell of these rows holds a line break.
    expect(lines).toBe(10_001);
    expect(writes).toBe(10_001);
    expect(bytes).toBeGreaterThan(4_000_000);
    expect(drains).toBeGreaterThan(0);
  });

  it('rejects instead of hanging when the consumer goes away mid-export', async () => {
    const activities = Array.from({ length: 2_000 }, (_, i) => fixture.activity({ id: `act-${i}`, name: `Activity ${i}` }));
    const sink = new Writable({
      highWaterMark: 1024,
      write(_chunk, _encoding, done) {
        setImmediate(done);
      },
    });
    setTimeout(() => sink.destroy(), 5);
    await expect(
      writeCsv(CONTROLLER_COLUMNS, art30Rows(exportSnapshot({ processingActivities: activities }), 'controller'), sink),
    ).rejects.toThrow();
  });
});

describe('writePrettyJson', () => {
  const whole = (value: unknown): string => `${JSON.stringify(JSON.parse(canonicalJson(value)), null, 2)}\n`;
  const streamed = async (document: Record<string, unknown>): Promise<string> =>
    (await collect((out) => writePrettyJson(document, out))).toString('utf8');

  it('writes the same bytes as pretty-printing the canonical JSON whole', async () => {
    await fc.assert(
      // Keys that are not array indices: JavaScript orders those first in any object, so
      // JSON.stringify would not keep them sorted; ropa's documents have none.
      fc.asyncProperty(
        fc.dictionary(
          fc.string().filter((key) => !/^(0|[1-9]\d*)$/.test(key)),
          fc.jsonValue(),
        ),
        async (document) => {
          expect(await streamed(document)).toBe(whole(document));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('handles empty documents, empty and sparse arrays, dates and dropped members as JSON.stringify does', async () => {
    for (const document of [
      {},
      { a: [] },
      { b: [undefined, 1], a: undefined },
      { z: { y: [{ b: 1, a: new Date('2026-01-01T00:00:00Z') }] }, list: [[], {}, 'x'] },
    ])
      expect(await streamed(document as Record<string, unknown>)).toBe(whole(document));
  });

  it('writes an iterable member as the array of its elements, taking them one at a time', async () => {
    const taken: number[] = [];
    function* items(): Generator<{ n: number }> {
      for (let n = 0; n < 3; n += 1) {
        taken.push(n);
        yield { n };
      }
    }
    function* none(): Generator<never> {}
    expect(await streamed({ b: items(), a: none() })).toBe(whole({ b: [{ n: 0 }, { n: 1 }, { n: 2 }], a: [] }));
    expect(taken).toEqual([0, 1, 2]);
  });

  it('waits for a slow reader instead of buffering the document', async () => {
    const document = { items: Array.from({ length: 2000 }, (_, i) => ({ id: i, text: 'x'.repeat(100) })) };
    const out = new PassThrough({ highWaterMark: 1024 });
    let maxBuffered = 0;
    const done = writePrettyJson(document, out);
    const chunks: Buffer[] = [];
    for await (const chunk of out) {
      maxBuffered = Math.max(maxBuffered, out.writableLength);
      chunks.push(chunk as Buffer);
      await new Promise((resolve) => setImmediate(resolve));
    }
    await done;
    expect(Buffer.concat(chunks).toString('utf8')).toBe(whole(document));
    expect(maxBuffered).toBeLessThan(16 * 1024);
  });
});
