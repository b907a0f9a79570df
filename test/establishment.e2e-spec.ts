import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { Response } from 'supertest';
import { CONTROLLER_COLUMNS, PROCESSOR_COLUMNS } from '../src/export/art30-columns';
import { parseCsv } from '../src/export/testing';
import { OUR_SUB_PROCESSOR_LABEL } from '../src/reference/vocabulary-labels';
import { bearer, startTestApp, type TestApp } from './support/app';
import { controllerProfile, Factories } from './support/factories';

/** supertest's parser for binary bodies. */
function binary(res: Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

/** The CSV's rows as objects keyed by header. */
const records = (csv: string): Record<string, string>[] => {
  const [header, ...rows] = parseCsv(csv.replace(/^\uFEFF/, ''));
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]])));
};

const header = (columns: readonly { key: string; header: string }[], key: string): string =>
  columns.find((c) => c.key === key)?.header ?? key;

/**
 * Issue 9's acceptance: a Swiss controller with an EU representative, a Swiss authority, Japanese, UK and
 * Indian recipients, and a processor-role activity for two clinics with a sub-processor in India.
 */
describe('a controller established outside the EEA (Switzerland)', () => {
  let t: TestApp;
  let f: Factories;
  let policyId: string;
  let processorId: string;
  let obligationId: string;
  let taxOfficeId: string;
  const dpo = () => bearer(t.keys.dpo);
  const auditor = () => bearer(t.keys.auditor);
  const file = (query: string) =>
    t.http
      .get(`/api/v1/exports/ropa?${query}`)
      .set(...auditor())
      .buffer(true)
      .parse(binary);

  beforeAll(async () => {
    t = await startTestApp();
    f = new Factories(t.http, t.keys.dpo);
    await t.http
      .put('/api/v1/controller')
      .set(...dpo())
      .send(
        controllerProfile({
          legalName: 'Studien AG',
          registeredAddress: { street: 'Bahnhofstrasse 1', postalCode: '8001', city: 'Zürich', country: 'CH' },
          registrationNumber: 'CHE-123.456.789',
          email: 'privacy@studien.example',
          dpo: { name: 'Dr. Meier', email: 'dpo@studien.example' },
          representative: { name: 'EU-Rep Studien GmbH', email: 'rep@eu-rep.example', address: 'Friedrichstraße 1, 10117 Berlin, Germany' },
          supervisoryAuthority: { name: 'Federal Data Protection and Information Commissioner (FDPIC)', country: 'CH', website: null },
          minimumAge: 16,
          notApplicable: {},
        }),
      )
      .expect(200);

    const service = await f.service({ name: 'Studien portal', slug: 'studien-portal' });
    const people = await f.dataSubjectCategory({ name: 'Study participants' });
    const category = await f.dataCategory({ name: 'Contact details', description: 'How we reach participants.' });
    const retention = await f.retentionRule({
      name: 'Study files',
      period: 'P10Y',
      trigger: 'end_of_contract',
      criteria: 'Ten years after the study.',
    });
    const measure = await f.securityMeasure({ name: 'Encryption at rest', description: 'AES-256 on every disk and backup.' });

    const taxOffice = await f.recipient({ name: 'Swiss Federal Tax Administration', type: 'public_authority', country: 'CH' });
    taxOfficeId = taxOffice.id;
    const japan = await f.recipient({ name: 'Tokyo Analytics KK', type: 'processor', country: 'JP' });
    const uk = await f.recipient({ name: 'London Print Ltd', type: 'processor', country: 'GB', dpaReference: 'DPA-2026-04' });
    const india = await f.recipient({ name: 'Pune Support Pvt Ltd', type: 'processor', country: 'IN' });
    const subProcessor = await f.recipient({ name: 'Bangalore Hosting Pvt Ltd', type: 'sub_processor', country: 'IN' });
    await f.transfer(japan.id, { country: 'JP', mechanism: 'adequacy', sccModule: null, copyAvailable: false });
    await f.transfer(uk.id, { country: 'GB', mechanism: 'adequacy', sccModule: null, copyAvailable: false });
    await f.transfer(india.id, { country: 'IN', mechanism: 'scc', sccModule: 2 });
    await f.transfer(subProcessor.id, { country: 'IN', mechanism: 'scc', sccModule: null });

    const common = {
      serviceIds: [service.id],
      dataSubjectCategoryIds: [people.id],
      dataCategoryIds: [category.id],
      retentionRuleId: retention.id,
      securityMeasureIds: [measure.id],
      requirement: { kind: 'contractual' as const, consequences: null },
    };
    await f.processingActivity({
      name: 'Running studies',
      legalBasis: 'art6_1_b',
      recipientIds: [taxOffice.id, japan.id, uk.id, india.id],
      ...common,
    });
    obligationId = (
      await f.processingActivity({
        name: 'Swiss tax filings',
        legalBasis: 'art6_1_c',
        legalObligation: 'Swiss Federal Act on Direct Federal Taxation',
        legalObligationJurisdiction: 'CH',
        recipientIds: [taxOffice.id],
        ...common,
      })
    ).id;
    processorId = (
      await f.processingActivity({
        name: 'Hosting studies for clinics',
        purpose: 'Hosting and analysing study data on the clinics’ instructions.',
        role: 'processor',
        securityMeasureIds: [measure.id],
        recipientIds: [subProcessor.id],
        onBehalfOf: [
          {
            name: 'Klinik Seefeld AG',
            email: 'datenschutz@seefeld.example',
            address: 'Seestrasse 1, 8008 Zürich',
            phone: '+41 44 000 00 00',
            representative: null,
          },
          {
            name: 'Clinique du Lac SA',
            email: 'dpo@lac.example',
            address: 'Quai 2, 1201 Genève',
            phone: null,
            representative: { name: 'Lac EU SAS', email: 'eu@lac.example', address: '1 rue de Rivoli, Paris' },
          },
        ],
      })
    ).id;

    const policy = await t.http
      .post('/api/v1/policies')
      .set(...dpo())
      .send({ title: 'Studien portal privacy policy', serviceId: service.id, language: 'en' })
      .expect(201);
    policyId = policy.body.id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('lists no Swiss transfer, and states the scope and decisions for Japan and the UK', async () => {
    const text = (
      await t.http
        .get(`/api/v1/policies/${policyId}/preview?format=txt`)
        .set(...dpo())
        .expect(200)
    ).text;
    const transfers = text.slice(text.indexOf('Transfers outside the European Economic Area'), text.indexOf('How long we keep your data'));
    expect(transfers).toContain('We are established in Switzerland, outside the European Economic Area');
    expect(transfers).not.toContain('Swiss Federal Tax Administration');
    expect(transfers).not.toContain('2000/518/EC');
    expect(transfers).toMatch(
      /Japan \(Tokyo Analytics KK\)[^\n]*2019\/419 of 23 January 2019[^\n]*Act on the Protection of Personal Information/,
    );
    expect(transfers).toMatch(/United Kingdom \(London Print Ltd\)[^\n]*2021\/1772 of 28 June 2021, renewed by [^\n]*19 December 2025/);
    expect(transfers).toMatch(/India \(Pune Support Pvt Ltd\)[^\n]*\n\s*\* Pune Support Pvt Ltd — [^\n]*Module Two/);
    expect(transfers).not.toMatch(/(Japan|United Kingdom) protects personal data adequately/);
  });

  it('names no lead authority: any EEA authority, with the representative as contact point', async () => {
    const text = (
      await t.http
        .get(`/api/v1/policies/${policyId}/preview?format=txt`)
        .set(...dpo())
        .expect(200)
    ).text;
    const complaints = text.slice(text.indexOf('Complaints to a supervisory authority'));
    expect(complaints).toContain('any data protection supervisory authority in the European Economic Area');
    expect(complaints).toContain('where you habitually live, where you work or where the alleged infringement took place');
    expect(complaints).toContain('EU-Rep Studien GmbH');
    expect(text).not.toContain('The authority responsible for us');
    // The recorded Swiss authority is no lead authority under the GDPR; the FADP's own sentence names the FDPIC (issue 24).
    expect(complaints).toContain(
      'Under the FADP you may report a concern to the Federal Data Protection and Information Commissioner (FDPIC)',
    );
    expect(text.replace(/Under the FADP you may report[^\n]*/, '')).not.toContain('FDPIC');
  });

  it('keeps the processor record free of a legal basis and refuses one', async () => {
    const item = await t.http
      .get(`/api/v1/processing-activities/${processorId}`)
      .set(...dpo())
      .expect(200);
    expect(item.body.legalBasis).toBeNull();
    const refused = await t.http
      .patch(`/api/v1/processing-activities/${processorId}`)
      .set(...dpo())
      .send({ legalBasis: 'art6_1_b' })
      .expect(400);
    expect(JSON.stringify(refused.body.errors)).toContain('legalBasis');
  });

  it('exports the processor record with both clinics and their contacts, our identity and DPO, and Module Three', async () => {
    const csv = (await file('format=csv&role=processor')).body.toString('utf8') as string;
    const [row, ...rest] = records(csv);
    expect(rest).toEqual([]);
    expect(Object.keys(row).join(' ')).not.toMatch(/legal basis/i);
    const served = row[header(PROCESSOR_COLUMNS, 'onBehalfOf')];
    expect(served).toContain('Klinik Seefeld AG (Seestrasse 1, 8008 Zürich, datenschutz@seefeld.example, +41 44 000 00 00)');
    expect(served).toContain('Clinique du Lac SA (Quai 2, 1201 Genève, dpo@lac.example)');
    expect(row[header(PROCESSOR_COLUMNS, 'controllerRepresentatives')]).toContain('Lac EU SAS');
    expect(row[header(PROCESSOR_COLUMNS, 'processorName')]).toBe('Studien AG (CHE-123.456.789)');
    expect(row[header(PROCESSOR_COLUMNS, 'dpo')]).toContain('dpo@studien.example');
    expect(row[header(PROCESSOR_COLUMNS, 'transfers')]).toContain('Module Three (processor to processor) (from the roles of the parties)');
  });

  it('finds the non-EU legal obligation an error, and no lead authority or Swiss transfer missing', async () => {
    const findings = (
      await t.http
        .get('/api/v1/compliance/findings')
        .set(...dpo())
        .expect(200)
    ).body.items as {
      rule: string;
      severity: string;
      entityId: string;
      message: string;
    }[];
    const jurisdiction = findings.find((x) => x.rule === 'legal-obligation-jurisdiction');
    expect(jurisdiction).toMatchObject({ severity: 'error', entityId: obligationId });
    expect(jurisdiction?.message).toContain('Art. 6(1)(f)');
    expect(findings.map((x) => x.rule)).not.toContain('recipient-transfer-missing');
    expect(findings.map((x) => x.rule)).not.toContain('controller-lead-authority');
    expect(findings.map((x) => x.rule)).not.toContain('transfer-scc-module');
  });

  it('exports a CSV and an XLSX that carry the Art. 30(1)(a) block, security descriptions, retention in words and "Not recorded"', async () => {
    const csv = (await file('format=csv')).body.toString('utf8') as string;
    const studies = records(csv).find((r) => r[header(CONTROLLER_COLUMNS, 'name')] === 'Running studies');
    expect(studies).toBeDefined();
    const cell = (key: string) => studies?.[header(CONTROLLER_COLUMNS, key)];
    expect(cell('controllerName')).toBe('Studien AG (CHE-123.456.789)');
    expect(cell('controllerContact')).toContain('Bahnhofstrasse 1, 8001 Zürich, Switzerland');
    expect(cell('dpo')).toContain('dpo@studien.example');
    expect(cell('representative')).toContain('EU-Rep Studien GmbH');
    expect(cell('securityMeasures')).toContain('AES-256 on every disk and backup.');
    expect(cell('retention')).toContain('Contact details — 10 years');
    expect(cell('retention')).not.toContain('Study files');
    expect(cell('retention')).not.toContain('P10Y');
    expect(cell('transfers')).toContain('→ Japan');
    expect(cell('transfers')).not.toContain('Swiss Federal Tax Administration');
    expect(cell('dpiaRequired')).toBe('Not recorded');
    expect(cell('processorContracts')).toContain('London Print Ltd: DPA-2026-04');
    expect(cell('processorContracts')).toContain('Tokyo Analytics KK: not recorded');

    const res = await file('format=xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as unknown as ArrayBuffer);
    const record = workbook.getWorksheet('Record Art. 30(1)');
    const values = (record?.getSheetValues() ?? []).flat().map(String);
    expect(values).toContain('Studien AG (CHE-123.456.789)');
    expect(values.some((v) => v.includes('EU-Rep Studien GmbH'))).toBe(true);
    expect(values.some((v) => v.includes('AES-256 on every disk and backup.'))).toBe(true);
    expect(values.some((v) => v.includes('10 years from the end of the contract'))).toBe(true);
    expect(values).toContain('Not recorded');
  });

  it('exports Module Three to our sub-processor in India in the 30(2) XLSX, and no Swiss recipient as a transfer', async () => {
    const sheets = async (query: string) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await file(query)).body as unknown as ArrayBuffer);
      const rows = (name: string) =>
        (workbook.getWorksheet(name)?.getSheetValues() ?? []).flatMap((row) => (Array.isArray(row) ? [row.slice(1).map(String)] : []));
      return rows;
    };
    const processor = await sheets('format=xlsx&role=processor');
    const [, transfer, ...others] = processor('Transfers');
    expect(others).toEqual([]);
    expect(transfer.slice(0, 3)).toEqual([
      'Bangalore Hosting Pvt Ltd',
      'India (IN)',
      'Art. 46(2)(c) standard contractual clauses (Decision (EU) 2021/914), Module Three (processor to processor) (from the roles of the parties)',
    ]);
    const [recordHeader, row] = processor('Record Art. 30(2)');
    expect(row[recordHeader.indexOf(header(PROCESSOR_COLUMNS, 'transfers'))]).toContain('Module Three (processor to processor)');
    expect(processor('Recipients')[1]).toContain(OUR_SUB_PROCESSOR_LABEL);

    // Recorded by mistake as a transfer: still a domestic disclosure for a Swiss controller.
    await f.transfer(taxOfficeId, { country: 'CH', mechanism: 'adequacy', sccModule: null, copyAvailable: false });
    const controller = await sheets('format=xlsx');
    const listed = controller('Transfers').map((r) => r[0]);
    expect(listed).toContain('Tokyo Analytics KK');
    expect(listed).not.toContain('Swiss Federal Tax Administration');
    expect(controller('Recipients').map((r) => r[0])).toContain('Swiss Federal Tax Administration');
  });
});
