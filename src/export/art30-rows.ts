import {
  COLLECTION_METHOD_LABELS,
  DEROGATION_LABELS,
  LEGAL_BASIS_LABELS,
  RECIPIENT_TYPE_LABELS,
  RETENTION_TRIGGER_LABELS,
  RIGHT_ARTICLES,
  rightsForBasis,
  SCC_MODULE_LABELS,
  SPECIAL_CATEGORY_CONDITION_LABELS,
  TRANSFER_MECHANISM_LABELS,
  type DataSubjectRight,
} from '../reference/gdpr';
import {
  COLLECTION_METHODS,
  type ActivityNotApplicableKey,
  type ActivityRole,
  type ActivityStatus,
  type DataCategory,
  type DpiaStatus,
  type ProcessingActivity,
  type Recipient,
  type RegistrySnapshot,
  type RequirementKind,
  type RetentionRule,
  type SecurityMeasure,
  type SecurityMeasureKind,
  type Transfer,
} from '../snapshot/registry-snapshot';

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

export const CONTROLLER_COLUMNS: readonly Column[] = [
  { key: 'name', header: 'Processing activity', article: 'Art. 30(1)(b)', width: 28 },
  { key: 'purpose', header: 'Purposes of the processing', article: 'Art. 30(1)(b)', width: 48 },
  { key: 'description', header: 'Description', article: '', width: 40 },
  { key: 'role', header: 'Our role', article: 'Art. 26, 30(1)(a)', width: 18 },
  { key: 'jointControllers', header: 'Joint controllers', article: 'Art. 26, 30(1)(a)', width: 30 },
  { key: 'status', header: 'Status', article: '', width: 10 },
  { key: 'legalBasis', header: 'Legal basis', article: 'Art. 6(1), 13(1)(c)', width: 30 },
  { key: 'legitimateInterest', header: 'Legitimate interest', article: 'Art. 6(1)(f), 13(1)(d)', width: 36 },
  { key: 'legalObligation', header: 'Legal obligation', article: 'Art. 6(1)(c), 6(3)', width: 30 },
  { key: 'consentMechanism', header: 'Consent mechanism', article: 'Art. 7', width: 30 },
  { key: 'specialCategoryCondition', header: 'Art. 9 condition', article: 'Art. 9(2)', width: 28 },
  { key: 'criminalDataAuthorisation', header: 'Art. 10 authorisation', article: 'Art. 10', width: 24 },
  { key: 'dataSubjects', header: 'Categories of data subjects', article: 'Art. 30(1)(c)', width: 30 },
  { key: 'dataCategories', header: 'Categories of personal data', article: 'Art. 30(1)(c)', width: 40 },
  { key: 'sources', header: 'Source of the data', article: 'Art. 14(2)(f)', width: 36 },
  { key: 'recipients', header: 'Categories of recipients', article: 'Art. 30(1)(d)', width: 40 },
  { key: 'transfers', header: 'Transfers to third countries and safeguards', article: 'Art. 30(1)(e), 46, 49', width: 48 },
  { key: 'retention', header: 'Time limits for erasure', article: 'Art. 30(1)(f)', width: 44 },
  { key: 'securityMeasures', header: 'Technical and organisational security measures', article: 'Art. 30(1)(g), 32(1)', width: 40 },
  { key: 'rights', header: 'Rights available to data subjects', article: 'Art. 13(2)(b)-(c), 15-22', width: 36 },
  { key: 'automatedDecisions', header: 'Automated decision-making and profiling', article: 'Art. 13(2)(f), 22', width: 34 },
  { key: 'requirement', header: 'Statutory or contractual requirement', article: 'Art. 13(2)(e)', width: 34 },
  { key: 'dpia', header: 'DPIA', article: 'Art. 35', width: 22 },
  { key: 'services', header: 'Services', article: '', width: 24 },
  { key: 'updatedAt', header: 'Last updated', article: '', width: 22 },
  { key: 'version', header: 'Version', article: '', width: 8 },
];

export const PROCESSOR_COLUMNS: readonly Column[] = [
  { key: 'name', header: 'Category of processing', article: 'Art. 30(2)(b)', width: 30 },
  { key: 'onBehalfOf', header: 'Controller on whose behalf we act', article: 'Art. 30(2)(a)', width: 36 },
  { key: 'purpose', header: 'Processing carried out', article: 'Art. 30(2)(b)', width: 48 },
  { key: 'status', header: 'Status', article: '', width: 10 },
  { key: 'recipients', header: 'Sub-processors and other recipients', article: 'Art. 28(2), 30(2)', width: 40 },
  { key: 'transfers', header: 'Transfers to third countries and safeguards', article: 'Art. 30(2)(c)', width: 48 },
  { key: 'securityMeasures', header: 'Technical and organisational security measures', article: 'Art. 30(2)(d), 32(1)', width: 40 },
  { key: 'updatedAt', header: 'Last updated', article: '', width: 22 },
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

const notApplicable = (a: ProcessingActivity, key: ActivityNotApplicableKey): string | null =>
  a.notApplicable[key] ? `Not applicable: ${a.notApplicable[key]}` : null;

export function describeRetention(rule: RetentionRule): string {
  const period = rule.period ? `${rule.period} ${RETENTION_TRIGGER_LABELS[rule.trigger]}` : RETENTION_TRIGGER_LABELS[rule.trigger];
  return `${rule.name}: ${period} — ${rule.criteria}${rule.legalReference ? ` (${rule.legalReference})` : ''}`;
}

export function describeMechanism(transfer: Transfer): string {
  switch (transfer.mechanism) {
    case 'derogation':
      return transfer.derogation ? DEROGATION_LABELS[transfer.derogation] : TRANSFER_MECHANISM_LABELS.derogation;
    case 'scc':
      return transfer.sccModule
        ? `${TRANSFER_MECHANISM_LABELS.scc}, ${SCC_MODULE_LABELS[transfer.sccModule]}`
        : TRANSFER_MECHANISM_LABELS.scc;
    case 'adequacy':
    case 'dpf':
    case 'bcr':
    case 'code_of_conduct':
    case 'certification':
      return TRANSFER_MECHANISM_LABELS[transfer.mechanism];
  }
}

export function describeTransfer(transfer: Transfer, recipientName: string): string {
  return `${recipientName} → ${transfer.country}: ${describeMechanism(transfer)}${transfer.safeguards ? `. ${transfer.safeguards}` : ''}`;
}

export function describeRecipient(r: Recipient): string {
  return `${r.name} (${RECIPIENT_TYPE_LABELS[r.type]}, ${r.country})`;
}

function describeCategory(c: DataCategory): string {
  const marks = [c.special ? 'special category, Art. 9' : null, c.criminal ? 'criminal offence data, Art. 10' : null];
  return marks.some(Boolean) ? `${c.name} [${join(marks)}]` : c.name;
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

  constructor(readonly snapshot: RegistrySnapshot) {
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

  transfersOf(a: ProcessingActivity): { transfer: Transfer; recipientName: string }[] {
    return this.ordered(a.recipientIds).flatMap((id) =>
      (this.transfersByRecipient.get(id) ?? []).map((transfer) => ({ transfer, recipientName: this.names.get(id) ?? id })),
    );
  }
}

function recipientsCell(a: ProcessingActivity, ix: RecordIndex): string {
  const listed = ix.ordered(a.recipientIds).map((id) => {
    const r = ix.recipients.get(id);
    return r ? describeRecipient(r) : id;
  });
  return join(listed) || notApplicable(a, 'recipients') || '';
}

function transfersCell(a: ProcessingActivity, ix: RecordIndex): string {
  const listed = ix.transfersOf(a).map(({ transfer, recipientName }) => describeTransfer(transfer, recipientName));
  return join(listed) || notApplicable(a, 'transfers') || 'None recorded';
}

function securityCell(a: ProcessingActivity, ix: RecordIndex): string {
  const listed = ix.ordered(a.securityMeasureIds).map((id) => {
    const m = ix.measures.get(id);
    return m ? `${m.name} (${SECURITY_MEASURE_KIND_LABELS[m.kind]})` : id;
  });
  return join(listed) || notApplicable(a, 'securityMeasures') || '';
}

function retentionCell(a: ProcessingActivity, ix: RecordIndex): string {
  const general = a.retentionRuleId ? ix.retention.get(a.retentionRuleId) : undefined;
  const perCategory = ix.retentionByCategory(a).map((r) => {
    const rule = ix.retention.get(r.retentionRuleId);
    return rule ? `${ix.names.get(r.dataCategoryId) ?? r.dataCategoryId} — ${describeRetention(rule)}` : null;
  });
  return join([general ? describeRetention(general) : null, ...perCategory]) || notApplicable(a, 'retention') || '';
}

function sourcesCell(a: ProcessingActivity, categories: DataCategory[]): string {
  const byMethod = COLLECTION_METHODS.map((method) => {
    const names = categories.filter((c) => c.collection === method).map((c) => c.name);
    return names.length > 0 ? `${COLLECTION_METHOD_LABELS[method]}: ${names.join(', ')}` : null;
  });
  return join([a.sources, ...byMethod]);
}

function controllerRow(a: ProcessingActivity, ix: RecordIndex): Row {
  const categoryIds = ix.ordered(a.dataCategoryIds);
  const categories = categoryIds.map((id) => ix.categories.get(id)).filter((c) => c !== undefined);
  const partners =
    a.role === 'joint_controller'
      ? ix
          .ordered(a.recipientIds)
          .map((id) => ix.recipients.get(id))
          .filter((r): r is Recipient => r?.type === 'joint_controller')
          .map((r) => `${r.name} (${r.country}${r.dpaReference ? `, arrangement: ${r.dpaReference}` : ''})`)
      : [];
  return {
    name: a.name,
    purpose: a.purpose,
    description: a.description ?? '',
    role: ROLE_LABELS[a.role],
    jointControllers: join(partners),
    status: STATUS_LABELS[a.status],
    legalBasis: LEGAL_BASIS_LABELS[a.legalBasis],
    legitimateInterest: a.legitimateInterest ?? '',
    legalObligation: a.legalObligation ?? '',
    consentMechanism: a.consentMechanism ?? '',
    specialCategoryCondition: a.specialCategoryCondition ? SPECIAL_CATEGORY_CONDITION_LABELS[a.specialCategoryCondition] : '',
    criminalDataAuthorisation: a.criminalDataAuthorisation ?? '',
    dataSubjects: ix.nameList(a.dataSubjectCategoryIds),
    dataCategories: join(
      categoryIds.map((id) => {
        const category = ix.categories.get(id);
        return category ? describeCategory(category) : id;
      }),
    ),
    sources: sourcesCell(a, categories),
    recipients: recipientsCell(a, ix),
    transfers: transfersCell(a, ix),
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
      ]) || 'None',
    requirement: a.requirement
      ? `${REQUIREMENT_LABELS[a.requirement.kind]}${a.requirement.consequences ? `. If not provided: ${a.requirement.consequences}` : ''}`
      : '',
    dpia: a.dpia ? join([a.dpia.required ? 'required' : 'not required', DPIA_STATUS_LABELS[a.dpia.status], a.dpia.reference]) : '',
    services: ix.nameList(a.serviceIds),
    updatedAt: a.updatedAt,
    version: String(a.version),
  };
}

function processorRow(a: ProcessingActivity, ix: RecordIndex): Row {
  return {
    name: a.name,
    onBehalfOf: a.onBehalfOf ?? '',
    purpose: a.purpose,
    status: STATUS_LABELS[a.status],
    recipients: recipientsCell(a, ix),
    transfers: transfersCell(a, ix),
    securityMeasures: securityCell(a, ix),
    updatedAt: a.updatedAt,
    version: String(a.version),
  };
}

/** One row per processing activity of the record, keyed by column key; a generator so that large records stream. */
export function* art30Rows(snapshot: RegistrySnapshot, role: RecordRole): Generator<Row> {
  const ix = new RecordIndex(snapshot);
  for (const activity of activitiesOfRecord(snapshot, role))
    yield role === 'controller' ? controllerRow(activity, ix) : processorRow(activity, ix);
}
