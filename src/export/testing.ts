import { PassThrough } from 'node:stream';
import { byNameThenId } from '../domain/order';
import type {
  ControllerProfile,
  DataCategory,
  DataSubjectCategory,
  ProcessingActivity,
  Recipient,
  RegistrySnapshot,
  RetentionRule,
  SecurityMeasure,
  Service,
  Transfer,
} from '../domain/registry-snapshot';
import { make } from '../snapshot/testing/snapshot-factory';
import type { ExportMeta } from './art30-columns';

const UPDATED = '2026-03-01T10:00:00.000Z';

/**
 * The shared snapshot factories with the defaults export tests read back: Polish names (for the PDF
 * font), a DPA reference, safeguards and copy instructions, a later update time.
 */
export const fixture = {
  controller: (o: Partial<ControllerProfile> = {}): ControllerProfile =>
    make.controller({
      updatedAt: UPDATED,
      legalName: 'Przykład Sp. z o.o.',
      registeredAddress: { street: 'Hiacyntowa 14', postalCode: '55-095', city: 'MIRKÓW', country: 'PL' },
      registrationNumber: '0000123456',
      email: 'privacy@przyklad.example',
      phone: '+48 71 000 00 00',
      website: 'https://przyklad.example',
      dpo: null,
      supervisoryAuthority: { name: 'Prezes Urzędu Ochrony Danych Osobowych', country: 'PL', website: 'https://uodo.gov.pl' },
      notApplicable: { dpo: 'No large-scale monitoring (Art. 37(1)).', representative: 'Established in the EU.' },
      ...o,
    }),
  service: (o: Partial<Service> = {}): Service => make.service({ id: 'svc-shop', updatedAt: UPDATED, ...o }),
  dataCategory: (o: Partial<DataCategory> = {}): DataCategory =>
    make.dataCategory({ id: 'cat-email', updatedAt: UPDATED, name: 'E-mail address', examples: ['e-mail address'], ...o }),
  dataSubjectCategory: (o: Partial<DataSubjectCategory> = {}): DataSubjectCategory =>
    make.dataSubjectCategory({ id: 'ds-customers', updatedAt: UPDATED, ...o }),
  recipient: (o: Partial<Recipient> = {}): Recipient =>
    make.recipient({ id: 'rcp-hosting', updatedAt: UPDATED, name: 'Hosting GmbH', dpaReference: 'DPA 2025-01', ...o }),
  transfer: (o: Partial<Transfer> = {}): Transfer =>
    make.transfer({
      id: 'trf-us',
      updatedAt: UPDATED,
      recipientId: 'rcp-crm',
      safeguards: 'Encryption in transit and at rest.',
      copyInstructions: 'Write to privacy@przyklad.example.',
      ...o,
    }),
  retentionRule: (o: Partial<RetentionRule> = {}): RetentionRule => make.retentionRule({ id: 'ret-contract', updatedAt: UPDATED, ...o }),
  securityMeasure: (o: Partial<SecurityMeasure> = {}): SecurityMeasure =>
    make.securityMeasure({ id: 'sec-tls', updatedAt: UPDATED, name: 'Encryption in transit', description: 'TLS 1.2 or later.', ...o }),
  activity: (o: Partial<ProcessingActivity> = {}): ProcessingActivity =>
    make.activity({
      id: 'act-orders',
      version: 3,
      updatedAt: UPDATED,
      description: 'Order handling in the shop.',
      dataSubjectCategoryIds: ['ds-customers'],
      dataCategoryIds: ['cat-email'],
      recipientIds: ['rcp-hosting'],
      retentionRuleId: 'ret-contract',
      securityMeasureIds: ['sec-tls'],
      serviceIds: ['svc-shop'],
      ...o,
    }),
};

/** Sorted like the loader sorts: by name, then id. */
const sorted = <T extends { id: string; name: string }>(items: T[]): T[] => [...items].sort(byNameThenId);

/**
 * A small registry that exercises every column: special and criminal data, a transfer under each
 * kind of mechanism, retention per data category, "not applicable" reasons, automated decisions,
 * a joint controller, a processor activity, draft and retired activities.
 */
export function exportSnapshot(overrides: Partial<RegistrySnapshot> = {}): RegistrySnapshot {
  return {
    asOf: '2026-11-24T12:00:00.000Z',
    controller: fixture.controller(),
    services: [fixture.service()],
    dataCategories: sorted([
      fixture.dataCategory(),
      fixture.dataCategory({ id: 'cat-name', name: 'Name', examples: ['first name', 'last name'] }),
      fixture.dataCategory({ id: 'cat-phone', name: 'Phone number', examples: [] }),
      fixture.dataCategory({ id: 'cat-ip', name: 'IP address', examples: [], collection: 'observed' }),
      fixture.dataCategory({ id: 'cat-geo', name: 'Location', examples: ['approximate location'], collection: 'derived' }),
      fixture.dataCategory({ id: 'cat-health', name: 'Health data', examples: ['allergies'], special: true }),
      fixture.dataCategory({ id: 'cat-criminal', name: 'Criminal record', examples: [], criminal: true, collection: 'third_party' }),
      fixture.dataCategory({
        id: 'cat-usage',
        name: 'Activity on our website and e-mails',
        examples: ['links clicked'],
        collection: 'observed',
      }),
    ]),
    dataSubjectCategories: sorted([fixture.dataSubjectCategory(), fixture.dataSubjectCategory({ id: 'ds-employees', name: 'Employees' })]),
    recipients: sorted([
      fixture.recipient(),
      fixture.recipient({ id: 'rcp-crm', name: 'CRM, Inc.', type: 'processor', country: 'US', dpfCertified: true }),
      fixture.recipient({ id: 'rcp-partner', name: 'Partner SA', type: 'joint_controller', country: 'FR', dpaReference: 'JCA 2024' }),
      fixture.recipient({ id: 'rcp-insurer', name: 'Insurer Ltd', type: 'independent_controller', country: 'GB', dpaReference: null }),
      fixture.recipient({ id: 'rcp-india', name: 'Support Pvt Ltd', type: 'sub_processor', country: 'IN' }),
    ]),
    transfers: [
      fixture.transfer(),
      fixture.transfer({ id: 'trf-us-dpf', mechanism: 'dpf', sccModule: null, safeguards: null }),
      fixture.transfer({
        id: 'trf-gb',
        recipientId: 'rcp-insurer',
        country: 'GB',
        mechanism: 'adequacy',
        sccModule: null,
        safeguards: null,
      }),
      fixture.transfer({
        id: 'trf-in',
        recipientId: 'rcp-india',
        country: 'IN',
        mechanism: 'derogation',
        sccModule: null,
        derogation: 'compelling_legitimate_interests',
        safeguards: 'Assessment on file, SA informed.',
      }),
      fixture.transfer({ id: 'trf-in-bcr', recipientId: 'rcp-india', country: 'IN', mechanism: 'bcr', sccModule: null }),
    ].sort((a, b) => (a.id < b.id ? -1 : 1)),
    retentionRules: sorted([
      fixture.retentionRule(),
      fixture.retentionRule({
        id: 'ret-tax',
        name: 'Tax records',
        period: 'P5Y',
        trigger: 'collection',
        criteria: 'Five years from the end of the tax year.',
        legalReference: 'Ordynacja podatkowa art. 86',
      }),
      fixture.retentionRule({
        id: 'ret-consent',
        name: 'Until withdrawal',
        period: null,
        trigger: 'consent_withdrawal',
        criteria: 'Until you withdraw consent.',
      }),
    ]),
    securityMeasures: sorted([
      fixture.securityMeasure(),
      fixture.securityMeasure({ id: 'sec-training', name: 'Staff training', kind: 'organisational', description: 'Yearly.' }),
    ]),
    trackers: [],
    collectionPoints: [],
    processingActivities: sorted([
      fixture.activity({
        recipientIds: ['rcp-crm', 'rcp-hosting'],
        dataCategoryIds: ['cat-phone', 'cat-email', 'cat-name'],
        retentionByCategory: [{ dataCategoryId: 'cat-email', retentionRuleId: 'ret-tax' }],
        securityMeasureIds: ['sec-training', 'sec-tls'],
      }),
      fixture.activity({
        id: 'act-health',
        name: 'Health benefits',
        purpose: 'To run the staff health plan.',
        role: 'joint_controller',
        legalBasis: 'art6_1_a',
        consentMechanism: 'Signed form',
        specialCategoryCondition: 'art9_2_a',
        dataSubjectCategoryIds: ['ds-employees'],
        dataCategoryIds: ['cat-health', 'cat-name'],
        recipientIds: ['rcp-partner', 'rcp-insurer'],
        retentionRuleId: 'ret-consent',
        dpia: { required: true, status: 'in_progress', reference: 'DPIA-7' },
        requirement: { kind: 'none', consequences: null },
      }),
      fixture.activity({
        id: 'act-screening',
        name: 'Background screening',
        purpose: 'To vet applicants for security roles.',
        status: 'draft',
        legalBasis: 'art6_1_c',
        legalObligation: 'Act on the protection of classified information',
        criminalDataAuthorisation: 'Act on the protection of classified information, art. 23',
        dataSubjectCategoryIds: ['ds-employees'],
        dataCategoryIds: ['cat-criminal'],
        sources: 'National Criminal Register',
        recipientIds: [],
        retentionRuleId: null,
        securityMeasureIds: [],
        requirement: { kind: 'statutory', consequences: 'You cannot be employed in the role.' },
        notApplicable: {
          retention: 'Deleted by the register operator.',
          securityMeasures: 'Handled on paper by the register.',
          recipients: 'Nobody else receives it.',
        },
      }),
      fixture.activity({
        id: 'act-fraud',
        name: 'Fraud scoring',
        purpose: 'To stop fraudulent orders.',
        status: 'retired',
        legalBasis: 'art6_1_f',
        legitimateInterest: 'Preventing fraud against us and our customers.',
        dataCategoryIds: ['cat-ip', 'cat-geo', 'cat-usage'],
        recipientIds: ['rcp-india'],
        automatedDecision: {
          logic: 'A score from order history and IP location.',
          significance: 'Orders above the threshold are refused.',
          art22Applies: true,
          exception: 'contract',
          exceptionLaw: null,
          humanIntervention: 'Ask our fraud team to review the order.',
          expressView: 'Reply to the refusal e-mail.',
          contest: 'Write to privacy@example.com.',
        },
        profiling: true,
      }),
      fixture.activity({
        id: 'act-payroll',
        name: 'Payroll for Acme',
        purpose: 'Payroll computation for a client.',
        role: 'processor',
        legalBasis: null,
        onBehalfOf: [
          {
            name: 'Acme Ltd',
            email: 'hr@acme.example',
            address: '1 High Street, London',
            phone: null,
            representative: { name: 'Acme EU BV', email: 'eu@acme.example', address: 'Keizersgracht 1, Amsterdam' },
          },
        ],
        recipientIds: ['rcp-india'],
        dataSubjectCategoryIds: ['ds-employees'],
      }),
    ]),
    ...overrides,
  };
}

export const exportMeta = (o: Partial<ExportMeta> = {}): ExportMeta => ({
  exportedAt: '2026-11-24T12:00:00.000Z',
  asOf: null,
  contentHash: 'ab'.repeat(32),
  role: 'controller',
  language: 'en',
  findings: { errors: 1, warnings: 2 },
  ...o,
});

/** Runs a writer into memory and returns what it wrote. */
export async function collect(write: (out: PassThrough) => Promise<void>): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await write(out);
  return Buffer.concat(chunks);
}

/** A minimal RFC 4180 reader, strict about quoting, for round trips. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') {
      if (cell !== '') throw new Error(`quote inside an unquoted field at ${i}`);
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
    } else if (ch === '\r' || ch === '\n') throw new Error(`bare line break outside quotes at ${i}`);
    else cell += ch;
  }
  if (quoted || cell !== '' || row.length > 0) throw new Error('the last record does not end with CRLF');
  return rows;
}
