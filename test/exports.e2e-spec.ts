import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { PDFParse } from 'pdf-parse';
import type { Response } from 'supertest';
import { CONTROLLER_COLUMNS } from '../src/export/art30-columns';
import { bearer, startTestApp, type TestApp } from './support/app';
import { importExample } from './support/example-registry';
import { Factories } from './support/factories';

/** supertest's parser for binary bodies. */
function binary(res: Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

describe('auditor exports', () => {
  let t: TestApp;
  const auditor = () => bearer(t.keys.auditor);
  const file = (query: string) =>
    t.http
      .get(`/api/v1/exports/ropa?${query}`)
      .set(...auditor())
      .buffer(true)
      .parse(binary);

  beforeAll(async () => {
    t = await startTestApp();
    await importExample(t.http, t.keys.dpo);
  });
  afterAll(async () => {
    await t.close();
  });

  it('exports XLSX with a cover naming the controller, the Art. 30 header and one row per activity', async () => {
    const res = await file('format=xlsx');
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="ropa-controller-record-\d{4}-\d{2}-\d{2}\.xlsx"$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as unknown as ArrayBuffer);
    const record = workbook.getWorksheet('Record Art. 30(1)');
    expect(record?.getRow(1).values).toEqual([undefined, ...CONTROLLER_COLUMNS.map((c) => c.header)]);
    expect(record?.rowCount).toBe(15);
    expect(workbook.getWorksheet('Cover')?.getSheetValues().flat().join(' ')).toContain('LiveChat Integrations');
  });

  it('exports a PDF whose text names the controller and every activity', async () => {
    const res = await file('format=pdf');
    expect(res.headers['content-type']).toBe('application/pdf');
    const { text } = await new PDFParse({ data: new Uint8Array(res.body as Buffer) }).getText();
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('LiveChat Integrations');
    const activities = (await t.http.get('/api/v1/processing-activities?limit=200').set(...auditor())).body.items as { name: string }[];
    for (const a of activities) expect(flat).toContain(a.name);
  });

  it('makes a formula-like activity name inert in CSV', async () => {
    await new Factories(t.http, t.keys.dpo).processingActivity({ name: '=HYPERLINK("http://evil.example","click")', status: 'draft' });
    const res = await file('format=csv');
    expect(res.headers['content-type']).toContain('text/csv');
    const text = (res.body as Buffer).toString('utf8');
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('exports the processor record and DPV JSON-LD', async () => {
    await new Factories(t.http, t.keys.dpo).processingActivity({
      name: 'Payroll for Acme',
      role: 'processor',
      onBehalfOf: [{ name: 'Acme Ltd', email: 'hr@acme.example', address: null, phone: null, representative: null }],
    });
    const csv = (await file('format=csv&role=processor')).body.toString('utf8') as string;
    expect(csv).toContain('Controllers on whose behalf we act');
    expect(csv).toContain('Acme Ltd (hr@acme.example)');
    expect(csv).not.toContain('Accounting and archiving');
    const jsonld = await t.http.get('/api/v1/exports/ropa?format=jsonld').set(...auditor());
    expect(jsonld.headers['content-type']).toContain('application/ld+json');
    expect(JSON.parse(jsonld.text)['@context'].dpv).toBe('https://w3id.org/dpv#');
  });

  it('puts both records in one file for an authority (role=all, Art. 30(4)) and refuses an unknown role', async () => {
    const res = await file('format=csv&role=all');
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/filename="ropa-all-records-\d{4}-\d{2}-\d{2}\.csv"/);
    const csv = (res.body as Buffer).toString('utf8');
    expect(csv).toContain('Art. 30(1) controller');
    expect(csv).toContain('Art. 30(2) processor');
    expect(csv).toContain('Accounting and archiving');
    expect(csv).toContain('Acme Ltd (hr@acme.example)');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await file('format=xlsx&role=all')).body as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('Record Art. 30(1)')).toBeDefined();
    expect(workbook.getWorksheet('Record Art. 30(2)')).toBeDefined();
    const wrong = await t.http.get('/api/v1/exports/ropa?format=csv&role=both').set(...auditor());
    expect(wrong.status).toBe(400);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
    expect(JSON.stringify(wrong.body)).toContain('role');
  });

  it('exports the record in Polish for the Polish authority (lang=pl): Polish headings and the registry in Polish', async () => {
    const res = await file('format=pdf&lang=pl');
    expect(res.status).toBe(200);
    const flat = (await new PDFParse({ data: new Uint8Array(res.body as Buffer) }).getText()).text.replace(/\s+/g, ' ');
    expect(flat).toContain('Rejestr czynności przetwarzania (art. 30 ust. 1 RODO)');
    expect(flat).toContain('Odpowiadanie na zapytania');
    expect(flat).toContain('Prezes Urzędu Ochrony Danych Osobowych (PUODO)');
    expect(flat).not.toContain('Answering enquiries');
    const csv = (await file('format=csv&lang=de')).body.toString('utf8') as string;
    expect(csv.split('\n')[0]).toContain('Verarbeitungstätigkeit');
    // The cells' own words too: the legal basis as the DSGVO cites it, no English label left.
    expect(csv).toMatch(/Art\. 6 Abs\. 1 lit\. [a-f] – /);
    expect(csv).not.toMatch(/Not recorded|Not applicable|Art\. 6\(1\)/);
    expect((await t.http.get('/api/v1/exports/ropa?format=csv&lang=fr').set(...auditor())).status).toBe(400);
  });

  it('refuses a reader and an asOf in the future', async () => {
    await t.http
      .get('/api/v1/exports/ropa')
      .set(...bearer(t.keys.reader))
      .expect(403);
    const future = await t.http.get(`/api/v1/exports/ropa?asOf=${new Date(Date.now() + 86_400_000).toISOString()}`).set(...auditor());
    expect(future.status).toBe(400);
  });

  it('rebuilds the record as it stood at an earlier instant, equal to the export taken then', async () => {
    const f = new Factories(t.http, t.keys.dpo);
    const doomed = await f.securityMeasure({ name: 'Soon deleted' });
    const then = await t.http.get('/api/v1/exports/ropa?format=json').set(...auditor());
    await new Promise((resolve) => setTimeout(resolve, 20));
    const instant = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));

    const activities = (await t.http.get('/api/v1/processing-activities?q=Fraud').set(...auditor())).body.items as { id: string }[];
    await t.http
      .patch(`/api/v1/processing-activities/${activities[0].id}`)
      .set(...bearer(t.keys.dpo))
      .send({ purpose: 'Changed later' })
      .expect(200);
    await f.recipient({ name: 'Added later' });
    await t.http
      .put('/api/v1/controller')
      .set(...bearer(t.keys.dpo))
      .send({ ...(then.body.controller as object), phone: '+48 000' })
      .expect(200);
    await t.http
      .delete(`/api/v1/security-measures/${doomed.id}`)
      .set(...bearer(t.keys.dpo))
      .expect(204);

    const now = await t.http.get('/api/v1/exports/ropa?format=json').set(...auditor());
    expect(now.text).not.toBe(then.text);
    const asOf = await t.http.get(`/api/v1/exports/ropa?format=json&asOf=${instant}`).set(...auditor());
    expect(asOf.text).toBe(then.text);
    expect(asOf.headers['x-content-hash']).toBe(then.headers['x-content-hash']);
  });

  it('detects an audit event edited behind the API and names it', async () => {
    const verify = () => t.http.get('/api/v1/audit-events/verify').set(...auditor());
    expect((await verify()).body.ok).toBe(true);
    // Someone with database access switches the guard off and rewrites history.
    await t.dataSource.query('ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update');
    await t.dataSource.query(`UPDATE audit_event SET after = jsonb_set(after, '{name}', '"Rewritten"') WHERE seq = 5`);
    await t.dataSource.query('ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update');
    const broken = await verify();
    expect(broken.body).toMatchObject({ ok: false, brokenAt: 5 });
    expect(broken.body.reason).toContain('altered');
  });

  it('exports the audit trail of a time range as CSV and JSON', async () => {
    const csv = await t.http.get('/api/v1/audit-events/export?format=csv').set(...auditor());
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toBe('Sequence,Time,Actor key id,Actor role,Action,Entity type,Entity id,Version,Hash,Previous hash');
    expect(lines[1]).toMatch(/^1,/);
    const json = await t.http.get(`/api/v1/audit-events/export?format=json&from=2000-01-01T00:00:00Z`).set(...auditor());
    const events = JSON.parse(json.text) as { seq: number; hash: string }[];
    expect(events.length).toBe(lines.length - 1);
    expect(events[0].hash).toMatch(/^[0-9a-f]{64}$/);
    const none = await t.http.get(`/api/v1/audit-events/export?format=json&to=2000-01-01T00:00:00Z`).set(...auditor());
    expect(JSON.parse(none.text)).toEqual([]);
  });
});
