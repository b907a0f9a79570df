/** The columns of the Art. 30 records: what the CSV, XLSX and PDF exports print, and the types they share. */

/** Which Art. 30 record: the controller's (30(1)) or the processor's (30(2)). */
export type RecordRole = 'controller' | 'processor';
/** What an export holds: one record, or both together for a supervisory authority (Art. 30(4)). */
export type ExportRole = RecordRole | 'all';
export const EXPORT_ROLES = ['controller', 'processor', 'all'] as const satisfies readonly ExportRole[];
/** The records an export holds, the controller's first. */
export const recordsOf = (role: ExportRole): RecordRole[] => (role === 'all' ? ['controller', 'processor'] : [role]);

export interface ExportMeta {
  exportedAt: string;
  /** The instant the record was reconstructed for; null for "now" */
  asOf: string | null;
  /** SHA-256 of the canonical JSON snapshot exported */
  contentHash: string;
  role: ExportRole;
  /** The language of headings, titles and labels (`lang`); registry texts in it where translated */
  language: 'en' | 'pl' | 'de';
  findings: { errors: number; warnings: number };
}

export interface Column {
  key: string;
  header: string;
  /** The Art. 30 element or notice item it records; empty for bookkeeping columns */
  article: string;
  /** Width in characters for spreadsheets */
  width: number;
}

export type Row = Record<string, string>;

/**
 * The Art. 30(1)(a) / 30(2)(a) block leads every row: a spreadsheet user filters and sorts rows, and a
 * row read alone (or pasted elsewhere) still says whose record it is.
 */
const IDENTITY_COLUMNS = [
  { key: 'controllerName', header: 'Controller', article: 'Art. 30(1)(a)', width: 28 },
  { key: 'controllerContact', header: 'Controller contact details', article: 'Art. 30(1)(a)', width: 40 },
  { key: 'dpo', header: 'Data protection officer', article: 'Art. 30(1)(a), 37', width: 30 },
  { key: 'representative', header: 'Representative in the Union', article: 'Art. 30(1)(a), 27', width: 36 },
] as const satisfies readonly Column[];

export const CONTROLLER_COLUMNS = [
  ...IDENTITY_COLUMNS,
  { key: 'name', header: 'Processing activity', article: 'Art. 30(1)(b)', width: 28 },
  { key: 'purpose', header: 'Purposes of the processing', article: 'Art. 30(1)(b)', width: 48 },
  { key: 'description', header: 'Description', article: '', width: 40 },
  { key: 'role', header: 'Our role', article: 'Art. 26, 30(1)(a)', width: 18 },
  { key: 'jointControllers', header: 'Joint controllers', article: 'Art. 26, 30(1)(a)', width: 30 },
  { key: 'status', header: 'Status', article: '', width: 10 },
  { key: 'legalBasis', header: 'Legal basis', article: 'Art. 6(1), 13(1)(c)', width: 30 },
  { key: 'legitimateInterest', header: 'Legitimate interest', article: 'Art. 6(1)(f), 13(1)(d)', width: 36 },
  { key: 'legitimateInterestAssessment', header: 'Link to the legitimate-interests assessment', article: 'Art. 5(2), 6(1)(f)', width: 30 },
  { key: 'legalObligation', header: 'Legal obligation', article: 'Art. 6(1)(c), 6(3)', width: 30 },
  { key: 'consentMechanism', header: 'Consent mechanism', article: 'Art. 7', width: 30 },
  { key: 'specialCategoryCondition', header: 'Art. 9 condition', article: 'Art. 9(2)', width: 28 },
  { key: 'criminalDataAuthorisation', header: 'Art. 10 authorisation', article: 'Art. 10', width: 24 },
  { key: 'dataSubjects', header: 'Categories of data subjects', article: 'Art. 30(1)(c)', width: 30 },
  { key: 'dataCategories', header: 'Categories of personal data', article: 'Art. 30(1)(c)', width: 40 },
  { key: 'sources', header: 'Source of the data', article: 'Art. 14(2)(f)', width: 36 },
  { key: 'recipients', header: 'Categories of recipients', article: 'Art. 30(1)(d)', width: 40 },
  { key: 'processorContracts', header: 'Link to contract with processor', article: 'Art. 28(3)', width: 36 },
  { key: 'transfers', header: 'Transfers to third countries and safeguards', article: 'Art. 30(1)(e), 46, 49', width: 48 },
  { key: 'locations', header: 'Countries where the data are processed', article: 'Art. 30(1)(d)-(e)', width: 30 },
  { key: 'retention', header: 'Time limits for erasure, per data category', article: 'Art. 30(1)(f)', width: 44 },
  { key: 'securityMeasures', header: 'Technical and organisational security measures', article: 'Art. 30(1)(g), 32(1)', width: 48 },
  { key: 'rights', header: 'Rights available to data subjects', article: 'Art. 13(2)(b)-(c), 15-22', width: 36 },
  { key: 'automatedDecisions', header: 'Automated decision-making and profiling', article: 'Art. 13(2)(f), 22', width: 34 },
  { key: 'requirement', header: 'Statutory or contractual requirement', article: 'Art. 13(2)(e)', width: 34 },
  { key: 'dpiaRequired', header: 'DPIA required?', article: 'Art. 35', width: 14 },
  { key: 'dpiaStatus', header: 'DPIA progress', article: 'Art. 35', width: 14 },
  { key: 'dpiaReference', header: 'Link to the DPIA', article: 'Art. 35', width: 22 },
  { key: 'services', header: 'Services', article: '', width: 24 },
  { key: 'createdAt', header: 'Created', article: '', width: 22 },
  { key: 'updatedAt', header: 'Last updated', article: '', width: 22 },
  { key: 'retiredAt', header: 'Retired', article: '', width: 22 },
  { key: 'version', header: 'Version', article: '', width: 8 },
] as const satisfies readonly Column[];

export const PROCESSOR_COLUMNS = [
  { key: 'processorName', header: 'Processor (we)', article: 'Art. 30(2)(a)', width: 28 },
  { key: 'processorContact', header: 'Processor contact details', article: 'Art. 30(2)(a)', width: 40 },
  { key: 'dpo', header: 'Data protection officer', article: 'Art. 30(2)(a), 37', width: 30 },
  { key: 'representative', header: "Processor's representative in the Union", article: 'Art. 30(2)(a), 27', width: 36 },
  { key: 'name', header: 'Category of processing', article: 'Art. 30(2)(b)', width: 30 },
  { key: 'onBehalfOf', header: 'Controllers on whose behalf we act, with contact details', article: 'Art. 30(2)(a)', width: 44 },
  {
    key: 'controllerRepresentatives',
    header: "Controllers' representatives in the Union",
    article: 'Art. 30(2)(a), 27',
    width: 36,
  },
  { key: 'purpose', header: 'Processing carried out', article: 'Art. 30(2)(b)', width: 48 },
  { key: 'status', header: 'Status', article: '', width: 10 },
  { key: 'recipients', header: 'Sub-processors and other recipients', article: 'Art. 28(2), 30(2)', width: 40 },
  { key: 'processorContracts', header: 'Link to contract with sub-processor', article: 'Art. 28(2), 28(4)', width: 36 },
  { key: 'transfers', header: 'Transfers to third countries and safeguards', article: 'Art. 30(2)(c)', width: 48 },
  { key: 'securityMeasures', header: 'Technical and organisational security measures', article: 'Art. 30(2)(d), 32(1)', width: 48 },
  { key: 'createdAt', header: 'Created', article: '', width: 22 },
  { key: 'updatedAt', header: 'Last updated', article: '', width: 22 },
  { key: 'retiredAt', header: 'Retired', article: '', width: 22 },
  { key: 'version', header: 'Version', article: '', width: 8 },
] as const satisfies readonly Column[];

/** The key of a column of the controller's record (Art. 30(1)). */
export type ControllerColumnKey = (typeof CONTROLLER_COLUMNS)[number]['key'];
/** The key of a column of the processor's record (Art. 30(2)). */
export type ProcessorColumnKey = (typeof PROCESSOR_COLUMNS)[number]['key'];

export const columnsFor = (role: RecordRole): readonly Column[] => (role === 'controller' ? CONTROLLER_COLUMNS : PROCESSOR_COLUMNS);

/** The column that tells the two records apart in one table (`role=all`). */
const RECORD_COLUMN: Column = { key: 'record', header: 'Record', article: 'Art. 30(4)', width: 22 };
const RECORD_LABELS: Record<RecordRole, string> = { controller: 'Art. 30(1) controller', processor: 'Art. 30(2) processor' };

/**
 * The columns of an export's one table: a record's own, or for both records a leading "Record" column and every
 * column of either record once (a processor row leaves the controller-only columns empty, and the other way round).
 */
export function exportColumns(role: ExportRole): readonly Column[] {
  if (role !== 'all') return columnsFor(role);
  const byKey = new Map<string, Column>();
  for (const column of [RECORD_COLUMN, ...CONTROLLER_COLUMNS, ...PROCESSOR_COLUMNS]) {
    const known = byKey.get(column.key);
    // A key both records have under different headings ("Processing activity" / "Category of processing") names both.
    if (!known) byKey.set(column.key, column);
    else if (known.header !== column.header)
      byKey.set(column.key, {
        ...known,
        header: `${known.header} / ${column.header}`,
        article: known.article === column.article ? known.article : `${known.article} / ${column.article}`,
      });
  }
  return [...byKey.values()];
}

/** A row of one record in an export's one table: with its record named (in the export's language) when the export holds both. */
export const exportRow = (role: ExportRole, record: RecordRole, row: Row, labels: Record<RecordRole, string> = RECORD_LABELS): Row =>
  role === 'all' ? { record: labels[record], ...row } : row;
