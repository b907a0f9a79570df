import { humanizeDuration } from '../language/humanize';
import { establishmentOf, judgeDisclosure } from '../reference/establishment';
import { effectiveSccModule, SCC_MODULE_LABELS } from '../reference/scc';
import { COLLECTION_METHOD_LABELS, RECIPIENT_TYPE_LABELS, RETENTION_TRIGGER_LABELS } from '../reference/vocabulary-labels';
import { DEROGATION_LABELS, TRANSFER_MECHANISM_LABELS } from '../reference/transfer-mechanisms';
import { LEGAL_BASIS_LABELS, SPECIAL_CATEGORY_CONDITION_LABELS } from '../reference/legal-bases';
import { RIGHT_ARTICLES, rightsForBasis, type DataSubjectRight } from '../reference/rights';
import {
  COLLECTION_METHODS,
  type ActivityNotApplicableKey,
  type ActivityRole,
  type ActivityStatus,
  type DpiaStatus,
  type RequirementKind,
  type SecurityMeasureKind,
} from '../domain/vocabulary';
import type {
  DataCategory,
  ControllerProfile,
  ControllerServed,
  ProcessingActivity,
  Recipient,
  RegistrySnapshot,
  RetentionRule,
  SecurityMeasure,
  Transfer,
} from '../domain/registry-snapshot';
import { countryName } from '../language/countries';

/** Which Art. 30 record: the controller's (30(1)) or the processor's (30(2)). */
export type RecordRole = 'controller' | 'processor';

export interface ExportMeta {
  exportedAt: string;
  /** The instant the record was reconstructed for; null for "now" */
  asOf: string | null;
  /** SHA-256 of the canonical JSON snapshot exported */
  contentHash: string;
  role: RecordRole;
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
const IDENTITY_COLUMNS: readonly Column[] = [
  { key: 'controllerName', header: 'Controller', article: 'Art. 30(1)(a)', width: 28 },
  { key: 'controllerContact', header: 'Controller contact details', article: 'Art. 30(1)(a)', width: 40 },
  { key: 'dpo', header: 'Data protection officer', article: 'Art. 30(1)(a), 37', width: 30 },
  { key: 'representative', header: 'Representative in the Union', article: 'Art. 30(1)(a), 27', width: 36 },
];

export const CONTROLLER_COLUMNS: readonly Column[] = [
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
];

export const PROCESSOR_COLUMNS: readonly Column[] = [
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
];

/** Worksheet names of the record (also what e2e tests and users look for). */
export const RECORD_ROLE_SHEETS: Record<RecordRole, string> = { controller: 'Record Art. 30(1)', processor: 'Record Art. 30(2)' };

export const columnsFor = (role: RecordRole): readonly Column[] => (role === 'controller' ? CONTROLLER_COLUMNS : PROCESSOR_COLUMNS);

export const ROLE_LABELS: Record<ActivityRole, string> = {
  controller: 'controller',
  joint_controller: 'joint controller (Art. 26)',
  processor: 'processor (Art. 28)',
};

export const STATUS_LABELS: Record<ActivityStatus, string> = { draft: 'draft', active: 'active', retired: 'retired' };

const REQUIREMENT_LABELS: Record<RequirementKind, string> = {
  statutory: 'statutory requirement',
  contractual: 'contractual requirement',
  contract_precondition: 'requirement necessary to enter into a contract',
  none: 'neither statutory nor contractual; providing the data is voluntary',
};

export const DPIA_STATUS_LABELS: Record<DpiaStatus, string> = {
  not_started: 'not started',
  in_progress: 'in progress',
  completed: 'completed',
};

export const SECURITY_MEASURE_KIND_LABELS: Record<SecurityMeasureKind, string> = {
  technical: 'technical',
  organisational: 'organisational',
};

const RIGHT_LABELS: Record<DataSubjectRight, string> = {
  access: 'access',
  rectification: 'rectification',
  erasure: 'erasure',
  restriction: 'restriction of processing',
  portability: 'data portability',
  object: 'to object',
  withdraw_consent: 'to withdraw consent',
  complaint: 'to lodge a complaint with a supervisory authority',
};

/** The activities a record lists: every status, the draft and retired ones too, each row saying which. */
export const activitiesOfRecord = (snapshot: RegistrySnapshot, role: RecordRole): ProcessingActivity[] =>
  snapshot.processingActivities.filter((a) => (role === 'processor' ? a.role === 'processor' : a.role !== 'processor'));

/**
 * The rights a data subject has for this activity: those of its Art. 6 basis, withdrawal of consent
 * also under Art. 9(2)(a) (Art. 13(2)(c)).
 */
export function rightsOfActivity(a: ProcessingActivity): DataSubjectRight[] {
  const rights = rightsForBasis(a.legalBasis);
  if (a.specialCategoryCondition === 'art9_2_a' && !rights.includes('withdraw_consent'))
    rights.splice(rights.indexOf('complaint'), 0, 'withdraw_consent');
  return rights;
}

const join = (parts: (string | null | undefined)[]): string => parts.filter((p): p is string => Boolean(p?.trim())).join('; ');

/** A fact the record should hold and does not: told apart from "None", which the record states. */
export const NOT_RECORDED = 'Not recorded';
export const NONE = 'None';

const notApplicable = (a: ProcessingActivity, key: ActivityNotApplicableKey): string | null =>
  a.notApplicable[key] ? `Not applicable: ${a.notApplicable[key]}` : null;

/** "P10Y" → "10 years"; a period, its trigger, the criteria and the law, in words. */
export function describeRetention(rule: RetentionRule): string {
  const period = rule.period
    ? `${humanizeDuration(rule.period)} ${RETENTION_TRIGGER_LABELS[rule.trigger]}`
    : RETENTION_TRIGGER_LABELS[rule.trigger];
  return `${rule.name}: ${period} — ${rule.criteria}${rule.legalReference ? ` (${rule.legalReference})` : ''}`;
}

export function describeMechanism(transfer: Transfer, module: 1 | 2 | 3 | 4 | null = transfer.sccModule): string {
  switch (transfer.mechanism) {
    case 'derogation':
      return transfer.derogation ? DEROGATION_LABELS[transfer.derogation] : TRANSFER_MECHANISM_LABELS.derogation;
    case 'scc':
      return module
        ? `${TRANSFER_MECHANISM_LABELS.scc}, ${SCC_MODULE_LABELS[module]}${transfer.sccModule === null ? ' (from the roles of the parties)' : ''}`
        : TRANSFER_MECHANISM_LABELS.scc;
    case 'adequacy':
    case 'dpf':
    case 'bcr':
    case 'code_of_conduct':
    case 'certification':
      return TRANSFER_MECHANISM_LABELS[transfer.mechanism];
  }
}

export function describeTransfer(transfer: Transfer, recipientName: string, module: 1 | 2 | 3 | 4 | null = transfer.sccModule): string {
  return `${recipientName} → ${countryName(transfer.country)}: ${describeMechanism(transfer, module)}${transfer.safeguards ? `. ${transfer.safeguards}` : ''}`;
}

export function describeRecipient(r: Recipient): string {
  return `${r.name} (${RECIPIENT_TYPE_LABELS[r.type]}, ${countryName(r.country)})`;
}

function describeCategory(c: DataCategory): string {
  const marks = [c.special ? 'special category, Art. 9' : null, c.criminal ? 'criminal offence data, Art. 10' : null];
  const named = marks.some(Boolean) ? `${c.name} [${join(marks)}]` : c.name;
  return c.description?.trim() ? `${named}: ${c.description.trim()}` : named;
}

const postal = (c: ControllerProfile): string => {
  const a = c.registeredAddress;
  return `${a.street}, ${a.postalCode} ${a.city}, ${countryName(a.country)}`;
};

/** The organisation's Art. 30(1)(a) / 30(2)(a) cells, the same on every row. */
function identityCells(c: ControllerProfile | null): Record<'name' | 'contact' | 'dpo' | 'representative', string> {
  if (!c) return { name: NOT_RECORDED, contact: NOT_RECORDED, dpo: NOT_RECORDED, representative: NOT_RECORDED };
  return {
    name: c.registrationNumber ? `${c.legalName} (${c.registrationNumber})` : c.legalName,
    contact: join([postal(c), c.email, c.phone, c.website]),
    dpo: c.dpo
      ? join([c.dpo.name, c.dpo.email, c.dpo.phone])
      : c.notApplicable.dpo
        ? `None designated: ${c.notApplicable.dpo}`
        : NOT_RECORDED,
    representative: c.representative
      ? join([c.representative.name, c.representative.address, c.representative.email])
      : c.notApplicable.representative
        ? `Not applicable: ${c.notApplicable.representative}`
        : NOT_RECORDED,
  };
}

function describeControllerServed(c: ControllerServed): string {
  return `${c.name} (${join([c.address, c.email, c.phone]).replace(/; /g, ', ')})`;
}

/**
 * Lookup tables built once per export, so that a row costs the same whatever the registry's size.
 * Referenced entities come out in the snapshot's own order (name, then id), whatever order the
 * activity lists their ids in, so that equal registries give equal rows.
 */
export class RecordIndex {
  readonly position = new Map<string, number>();
  readonly names = new Map<string, string>();
  readonly categories = new Map<string, DataCategory>();
  readonly recipients = new Map<string, Recipient>();
  readonly retention = new Map<string, RetentionRule>();
  readonly measures = new Map<string, SecurityMeasure>();
  readonly transfersByRecipient = new Map<string, Transfer[]>();
  readonly identity: ReturnType<typeof identityCells>;
  private readonly home: string | null;
  /** Country → whether disclosing there is a transfer: judged once per export, not once per row */
  private readonly transferCountries = new Map<string, boolean>();

  constructor(readonly snapshot: RegistrySnapshot) {
    this.identity = identityCells(snapshot.controller);
    this.home = establishmentOf(snapshot.controller);
    const named = [
      snapshot.services,
      snapshot.dataCategories,
      snapshot.dataSubjectCategories,
      snapshot.recipients,
      snapshot.retentionRules,
      snapshot.securityMeasures,
    ];
    for (const list of named)
      list.forEach((item, i) => {
        this.position.set(item.id, i);
        this.names.set(item.id, item.name);
      });
    for (const c of snapshot.dataCategories) this.categories.set(c.id, c);
    for (const r of snapshot.recipients) this.recipients.set(r.id, r);
    for (const r of snapshot.retentionRules) this.retention.set(r.id, r);
    for (const m of snapshot.securityMeasures) this.measures.set(m.id, m);
    for (const t of snapshot.transfers) {
      const list = this.transfersByRecipient.get(t.recipientId);
      if (list) list.push(t);
      else this.transfersByRecipient.set(t.recipientId, [t]);
    }
  }

  /** Ids without duplicates, known ones in snapshot order, unknown ones (dangling refs) last by id. */
  ordered(ids: readonly string[]): string[] {
    const rank = (id: string) => this.position.get(id) ?? Number.MAX_SAFE_INTEGER;
    return [...new Set(ids)].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  }

  nameList(ids: readonly string[]): string {
    return join(this.ordered(ids).map((id) => this.names.get(id) ?? id));
  }

  /** An activity's per-category erasure limits, in the order of the data categories. */
  retentionByCategory(a: ProcessingActivity): ProcessingActivity['retentionByCategory'] {
    const rank = (id: string) => this.position.get(id) ?? Number.MAX_SAFE_INTEGER;
    return [...a.retentionByCategory].sort((x, y) => rank(x.dataCategoryId) - rank(y.dataCategoryId));
  }

  /** Whether disclosing to the country is a Chapter V transfer, judged from our establishment (the rules' function). */
  isTransfer(country: string): boolean {
    const known = this.transferCountries.get(country);
    if (known !== undefined) return known;
    const judged = judgeDisclosure(this.home, country, this.snapshot.asOf).kind === 'third_country';
    this.transferCountries.set(country, judged);
    return judged;
  }

  /** The activity's Chapter V transfers, each with the SCC module stated or derived from its roles. */
  transfersOf(a: ProcessingActivity): { transfer: Transfer; recipientName: string; module: 1 | 2 | 3 | 4 | null }[] {
    return this.ordered(a.recipientIds).flatMap((id) =>
      (this.transfersByRecipient.get(id) ?? [])
        .filter((transfer) => this.isTransfer(transfer.country))
        .map((transfer) => ({
          transfer,
          recipientName: this.names.get(id) ?? id,
          module: transfer.mechanism === 'scc' ? effectiveSccModule(transfer.sccModule, [a], this.recipients.get(id)) : null,
        })),
    );
  }
}

function recipientsCell(a: ProcessingActivity, ix: RecordIndex): string {
  const listed = ix.ordered(a.recipientIds).map((id) => {
    const r = ix.recipients.get(id);
    return r ? describeRecipient(r) : id;
  });
  return join(listed) || notApplicable(a, 'recipients') || NOT_RECORDED;
}

/** ICO column 7: each processor's contract (dpaReference), or that none is on record. */
function processorContractsCell(a: ProcessingActivity, ix: RecordIndex): string {
  const processors = ix
    .ordered(a.recipientIds)
    .map((id) => ix.recipients.get(id))
    .filter((r): r is Recipient => r?.type === 'processor' || r?.type === 'sub_processor');
  if (processors.length === 0) return `${NONE} (no processor)`;
  return join(processors.map((r) => `${r.name}: ${r.dpaReference ?? NOT_RECORDED.toLowerCase()}`));
}

function transfersCell(a: ProcessingActivity, ix: RecordIndex): string {
  const transfers = ix.transfersOf(a);
  const listed = transfers.map(({ transfer, recipientName, module }) => describeTransfer(transfer, recipientName, module));
  const abroad = ix
    .ordered(a.recipientIds)
    .map((id) => ix.recipients.get(id))
    .filter((r): r is Recipient => r !== undefined && ix.isTransfer(r.country));
  const uncovered = abroad.filter(
    (r) => !transfers.some(({ transfer }) => transfer.recipientId === r.id && transfer.country === r.country),
  );
  const missing = uncovered.map((r) => `${r.name} → ${countryName(r.country)}: mechanism ${NOT_RECORDED.toLowerCase()}`);
  return join([...listed, ...missing]) || notApplicable(a, 'transfers') || `${NONE} (no recipient in a third country)`;
}

/** Where the data go: our own country and each recipient's, by name. */
function locationsCell(a: ProcessingActivity, ix: RecordIndex): string {
  const home = ix.snapshot.controller?.registeredAddress.country;
  const countries = new Set<string>(home ? [home.toUpperCase()] : []);
  for (const id of a.recipientIds) {
    const r = ix.recipients.get(id);
    if (r) countries.add(r.country.toUpperCase());
  }
  return (
    [...countries]
      .map((code) => countryName(code))
      .sort()
      .join('; ') || NOT_RECORDED
  );
}

function securityCell(a: ProcessingActivity, ix: RecordIndex): string {
  const listed = ix.ordered(a.securityMeasureIds).map((id) => {
    const m = ix.measures.get(id);
    return m ? `${m.name} (${SECURITY_MEASURE_KIND_LABELS[m.kind]}): ${m.description}` : id;
  });
  return join(listed) || notApplicable(a, 'securityMeasures') || NOT_RECORDED;
}

/** Art. 30(1)(f) per data category, in words: the category's own rule, else the activity's general one. */
function retentionCell(a: ProcessingActivity, ix: RecordIndex): string {
  const general = a.retentionRuleId ? ix.retention.get(a.retentionRuleId) : undefined;
  const own = new Map(a.retentionByCategory.map((r) => [r.dataCategoryId, r.retentionRuleId]));
  const perCategory = ix.ordered(a.dataCategoryIds).map((categoryId) => {
    const ruleId = own.get(categoryId);
    const rule = ruleId ? ix.retention.get(ruleId) : general;
    const name = ix.names.get(categoryId) ?? categoryId;
    if (rule) return `${name} — ${describeRetention(rule)}`;
    return a.notApplicable.retention ? null : `${name} — ${NOT_RECORDED.toLowerCase()}`;
  });
  const listed = join(perCategory);
  if (a.notApplicable.retention) return join([listed, notApplicable(a, 'retention')]);
  if (a.dataCategoryIds.length === 0) return general ? describeRetention(general) : NOT_RECORDED;
  return listed;
}

function sourcesCell(a: ProcessingActivity, categories: DataCategory[]): string {
  const byMethod = COLLECTION_METHODS.map((method) => {
    const names = categories.filter((c) => c.collection === method).map((c) => c.name);
    return names.length > 0 ? `${COLLECTION_METHOD_LABELS[method]}: ${names.join(', ')}` : null;
  });
  return join([a.sources, ...byMethod]) || NOT_RECORDED;
}

/** A text that belongs to one legal basis: the text, "Not recorded" when that basis lacks it, "Not applicable" otherwise. */
const forBasis = (a: ProcessingActivity, bases: ProcessingActivity['legalBasis'][], value: string | null): string =>
  bases.includes(a.legalBasis) ? value?.trim() || NOT_RECORDED : 'Not applicable';

function controllerRow(a: ProcessingActivity, ix: RecordIndex): Row {
  const categoryIds = ix.ordered(a.dataCategoryIds);
  const categories = categoryIds.map((id) => ix.categories.get(id)).filter((c) => c !== undefined);
  const partners =
    a.role === 'joint_controller'
      ? ix
          .ordered(a.recipientIds)
          .map((id) => ix.recipients.get(id))
          .filter((r): r is Recipient => r?.type === 'joint_controller')
          .map((r) => `${r.name} (${countryName(r.country)}${r.dpaReference ? `, arrangement: ${r.dpaReference}` : ''})`)
      : [];
  const special = categories.some((c) => c.special);
  const criminal = categories.some((c) => c.criminal);
  return {
    controllerName: ix.identity.name,
    controllerContact: ix.identity.contact,
    dpo: ix.identity.dpo,
    representative: ix.identity.representative,
    name: a.name,
    purpose: a.purpose,
    description: a.description ?? '',
    role: ROLE_LABELS[a.role],
    jointControllers: a.role === 'joint_controller' ? join(partners) || NOT_RECORDED : 'Not applicable',
    status: STATUS_LABELS[a.status],
    legalBasis: a.legalBasis ? LEGAL_BASIS_LABELS[a.legalBasis] : NOT_RECORDED,
    legitimateInterest: forBasis(a, ['art6_1_f'], a.legitimateInterest),
    legitimateInterestAssessment: forBasis(a, ['art6_1_f'], a.legitimateInterestAssessment),
    legalObligation: forBasis(
      a,
      ['art6_1_c'],
      a.legalObligation
        ? `${a.legalObligation}${a.legalObligationJurisdiction ? ` (${a.legalObligationJurisdiction === 'EU' ? 'Union law' : `law of ${countryName(a.legalObligationJurisdiction)}`})` : ''}`
        : null,
    ),
    consentMechanism: forBasis(a, ['art6_1_a'], a.consentMechanism),
    specialCategoryCondition: a.specialCategoryCondition
      ? SPECIAL_CATEGORY_CONDITION_LABELS[a.specialCategoryCondition]
      : special
        ? NOT_RECORDED
        : `${NONE} (no special-category data)`,
    criminalDataAuthorisation: a.criminalDataAuthorisation ?? (criminal ? NOT_RECORDED : `${NONE} (no criminal-offence data)`),
    dataSubjects: ix.nameList(a.dataSubjectCategoryIds) || NOT_RECORDED,
    dataCategories:
      join(
        categoryIds.map((id) => {
          const category = ix.categories.get(id);
          return category ? describeCategory(category) : id;
        }),
      ) || NOT_RECORDED,
    sources: sourcesCell(a, categories),
    recipients: recipientsCell(a, ix),
    processorContracts: processorContractsCell(a, ix),
    transfers: transfersCell(a, ix),
    locations: locationsCell(a, ix),
    retention: retentionCell(a, ix),
    securityMeasures: securityCell(a, ix),
    rights: join([
      ...rightsOfActivity(a).map((r) => `${RIGHT_LABELS[r]} (${RIGHT_ARTICLES[r]})`),
      a.automatedDecision ? 'not to be subject to a decision based solely on automated processing (Art. 22)' : null,
    ]),
    automatedDecisions:
      join([
        a.automatedDecision
          ? `Automated decision-making — logic: ${a.automatedDecision.logic}; significance and consequences: ${a.automatedDecision.significance}`
          : null,
        a.profiling ? 'Profiling' : null,
      ]) || NONE,
    requirement: a.requirement
      ? `${REQUIREMENT_LABELS[a.requirement.kind]}${a.requirement.consequences ? `. If not provided: ${a.requirement.consequences}` : ''}`
      : NOT_RECORDED,
    dpiaRequired: a.dpia ? (a.dpia.required ? 'yes' : 'no') : NOT_RECORDED,
    dpiaStatus: a.dpia ? (a.dpia.required ? DPIA_STATUS_LABELS[a.dpia.status] : 'Not applicable') : NOT_RECORDED,
    dpiaReference: a.dpia ? (a.dpia.reference ?? (a.dpia.required ? NOT_RECORDED : 'Not applicable')) : NOT_RECORDED,
    services: ix.nameList(a.serviceIds),
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    retiredAt: a.status === 'retired' ? (a.retiredAt ?? NOT_RECORDED) : '',
    version: String(a.version),
  };
}

function processorRow(a: ProcessingActivity, ix: RecordIndex): Row {
  const representatives = a.onBehalfOf.map(
    (c) =>
      `${c.name}: ${c.representative ? join([c.representative.name, c.representative.address, c.representative.email]).replace(/; /g, ', ') : NONE.toLowerCase()}`,
  );
  return {
    processorName: ix.identity.name,
    processorContact: ix.identity.contact,
    dpo: ix.identity.dpo,
    representative: ix.identity.representative,
    name: a.name,
    onBehalfOf: join(a.onBehalfOf.map(describeControllerServed)) || NOT_RECORDED,
    controllerRepresentatives: join(representatives) || NOT_RECORDED,
    purpose: a.purpose,
    status: STATUS_LABELS[a.status],
    recipients: recipientsCell(a, ix),
    processorContracts: processorContractsCell(a, ix),
    transfers: transfersCell(a, ix),
    securityMeasures: securityCell(a, ix),
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    retiredAt: a.status === 'retired' ? (a.retiredAt ?? NOT_RECORDED) : '',
    version: String(a.version),
  };
}

/** One row per processing activity of the record, keyed by column key; a generator so that large records stream. */
export function* art30Rows(snapshot: RegistrySnapshot, role: RecordRole): Generator<Row> {
  const ix = new RecordIndex(snapshot);
  for (const activity of activitiesOfRecord(snapshot, role))
    yield role === 'controller' ? controllerRow(activity, ix) : processorRow(activity, ix);
}
