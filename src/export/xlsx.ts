import type { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { countryName } from '../policy/document/humanize';
import { RECIPIENT_TYPE_LABELS } from '../reference/gdpr';
import type { RegistrySnapshot } from '../snapshot/registry-snapshot';
import { activitiesOfRecord, art30Rows, columnsFor, describeRetention, describeTransfer, type ExportMeta } from './art30-rows';
import { controllerLines } from './cover';

type Sheet = ExcelJS.Worksheet;

const WRAP: Partial<ExcelJS.Style> = { alignment: { wrapText: true, vertical: 'top' } };

/** A sheet with a frozen, bold, filterable header row. */
function table(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  columns: { key: string; header: string; width: number }[],
): Sheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ key: c.key, header: c.header, width: c.width, style: WRAP }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return sheet;
}

/**
 * The record as a workbook: a cover sheet, the Art. 30 record (one row per activity) and one sheet
 * each for recipients, transfers, retention and security measures. Rows are committed as they are
 * written, so the workbook streams out instead of being built in memory.
 */
export async function writeXlsx(snapshot: RegistrySnapshot, meta: ExportMeta, out: Writable): Promise<void> {
  // Loaded on first use: exceljs costs about 20 MB of memory that an API serving no XLSX never needs.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'ropa';
  workbook.created = new Date(meta.exportedAt);

  const cover = workbook.addWorksheet('Cover');
  cover.columns = [
    { key: 'label', width: 34, style: { font: { bold: true }, alignment: { vertical: 'top' } } },
    { key: 'value', width: 90, style: WRAP },
  ];
  for (const [label, value] of controllerLines(snapshot, meta)) cover.addRow({ label, value }).commit();
  cover.commit();

  const record = table(workbook, meta.role === 'controller' ? 'Record Art. 30(1)' : 'Record Art. 30(2)', [...columnsFor(meta.role)]);
  for (const row of art30Rows(snapshot, meta.role)) record.addRow(row).commit();
  record.commit();

  const activities = activitiesOfRecord(snapshot, meta.role);
  const usedBy = (ids: (a: (typeof activities)[number]) => string[]) => {
    const map = new Map<string, string[]>();
    for (const a of activities) for (const id of ids(a)) map.set(id, [...(map.get(id) ?? []), a.name]);
    return (id: string) => (map.get(id) ?? []).join('; ');
  };

  const recipientsUse = usedBy((a) => a.recipientIds);
  const recipients = table(workbook, 'Recipients', [
    { key: 'name', header: 'Recipient', width: 30 },
    { key: 'type', header: 'Type', width: 36 },
    { key: 'country', header: 'Country', width: 18 },
    { key: 'dpf', header: 'DPF certified', width: 12 },
    { key: 'dpa', header: 'Contract / DPA', width: 28 },
    { key: 'policy', header: 'Privacy policy', width: 36 },
    { key: 'activities', header: 'Used by activities', width: 50 },
  ]);
  for (const r of snapshot.recipients) {
    recipients
      .addRow({
        name: r.name,
        type: RECIPIENT_TYPE_LABELS[r.type],
        country: `${countryName(r.country)} (${r.country})`,
        dpf: r.dpfCertified ? 'yes' : 'no',
        dpa: r.dpaReference ?? '',
        policy: r.privacyPolicyUrl ?? '',
        activities: recipientsUse(r.id),
      })
      .commit();
  }
  recipients.commit();

  const recipientName = new Map(snapshot.recipients.map((r) => [r.id, r.name]));
  const transfers = table(workbook, 'Transfers', [
    { key: 'recipient', header: 'Recipient', width: 30 },
    { key: 'country', header: 'Country', width: 18 },
    { key: 'mechanism', header: 'Mechanism and safeguards', width: 70 },
    { key: 'copy', header: 'Copy of safeguards', width: 40 },
    { key: 'activities', header: 'Used by activities', width: 50 },
  ]);
  for (const t of snapshot.transfers) {
    transfers
      .addRow({
        recipient: recipientName.get(t.recipientId) ?? t.recipientId,
        country: `${countryName(t.country)} (${t.country})`,
        mechanism: describeTransfer(t, recipientName.get(t.recipientId) ?? t.recipientId),
        copy: t.copyInstructions ?? (t.copyAvailable ? 'available on request' : 'not available'),
        activities: recipientsUse(t.recipientId),
      })
      .commit();
  }
  transfers.commit();

  const retentionUse = usedBy((a) => [
    ...(a.retentionRuleId ? [a.retentionRuleId] : []),
    ...a.retentionByCategory.map((r) => r.retentionRuleId),
  ]);
  const retention = table(workbook, 'Retention', [
    { key: 'rule', header: 'Retention rule', width: 70 },
    { key: 'activities', header: 'Used by activities', width: 50 },
  ]);
  for (const r of snapshot.retentionRules) retention.addRow({ rule: describeRetention(r), activities: retentionUse(r.id) }).commit();
  retention.commit();

  const securityUse = usedBy((a) => a.securityMeasureIds);
  const security = table(workbook, 'Security measures', [
    { key: 'name', header: 'Measure', width: 30 },
    { key: 'kind', header: 'Kind', width: 16 },
    { key: 'description', header: 'Description', width: 70 },
    { key: 'activities', header: 'Used by activities', width: 50 },
  ]);
  for (const m of snapshot.securityMeasures)
    security.addRow({ name: m.name, kind: m.kind, description: m.description, activities: securityUse(m.id) }).commit();
  security.commit();

  await workbook.commit();
}
