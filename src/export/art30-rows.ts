import {
  ACTIVITY_ROLE_LABELS,
  DEROGATION_LABELS,
  LEGAL_BASIS_LABELS,
  RECIPIENT_TYPE_LABELS,
  RETENTION_TRIGGER_LABELS,
  RIGHT_ARTICLES,
  rightsForBasis,
  SCC_MODULE_LABELS,
  SPECIAL_CATEGORY_CONDITION_LABELS,
  TRANSFER_MECHANISM_LABELS,
} from '../reference/gdpr';
import type { ProcessingActivity, RegistrySnapshot, RetentionRule, Transfer } from '../snapshot/registry-snapshot';

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
  /** The Art. 30 element or notice item it records */
  article: string;
  /** Width in characters for spreadsheets */
  width: number;
}

export type Row = Record<string, string>;

export const CONTROLLER_COLUMNS: readonly Column[] = [
  { key: 'name', header: 'Processing activity', article: 'Art. 30(1)(b)', width: 28 },
  { key: 'purpose', header: 'Purposes of the processing', article: 'Art. 30(1)(b)', width: 48 },
  { key: 'role', header: 'Our role', article: 'Art. 26, 30(1)(a)', width: 18 },
  { key: 'status', header: 'Status', article: '', width: 10 },
  { key: 'legalBasis', header: 'Legal basis (Art. 6)', article: 'Art. 6(1), 13(1)(c)', width: 30 },
  { key: 'legitimateInterest', header: 'Legitimate interest', article: 'Art. 6(1)(f), 13(1)(d)', width: 36 },
  { key: 'legalObligation', header: 'Legal obligation', article: 'Art. 6(1)(c), 6(3)', width: 30 },
  { key: 'consentMechanism', header: 'Consent mechanism', article: 'Art. 7', width: 30 },
  { key: 'specialCategoryCondition', header: 'Art. 9 condition', article: 'Art. 9(2)', width: 28 },
  { key: 'criminalDataAuthorisation', header: 'Art. 10 authorisation', article: 'Art. 10', width: 24 },
  { key: 'dataSubjects', header: 'Categories of data subjects', article: 'Art. 30(1)(c)', width: 30 },
  { key: 'dataCategories', header: 'Categories of personal data', article: 'Art. 30(1)(c)', width: 40 },
  { key: 'sources', header: 'Source of the data', article: 'Art. 14(2)(f)', width: 30 },
  { key: 'recipients', header: 'Categories of recipients', article: 'Art. 30(1)(d)', width: 40 },
  { key: 'transfers', header: 'Transfers to third countries and safeguards', article: 'Art. 30(1)(e), 46, 49', width: 48 },
  { key: 'retention', header: 'Time limits for erasure', article: 'Art. 30(1)(f)', width: 44 },
  { key: 'securityMeasures', header: 'Technical and organisational security measures', article: 'Art. 30(1)(g), 32(1)', width: 40 },
  { key: 'rights', header: 'Rights available to data subjects', article: 'Art. 15-22', width: 36 },
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

export const columnsFor = (role: RecordRole): readonly Column[] => (role === 'controller' ? CONTROLLER_COLUMNS : PROCESSOR_COLUMNS);

export const activitiesOfRecord = (snapshot: RegistrySnapshot, role: RecordRole): ProcessingActivity[] =>
  snapshot.processingActivities.filter((a) => (role === 'processor' ? a.role === 'processor' : a.role !== 'processor'));

const join = (parts: (string | null | undefined)[]): string => parts.filter((p): p is string => Boolean(p && p.trim())).join('; ');

export function describeRetention(rule: RetentionRule): string {
  const period = rule.period ? `${rule.period} ${RETENTION_TRIGGER_LABELS[rule.trigger]}` : RETENTION_TRIGGER_LABELS[rule.trigger];
  return `${rule.name}: ${period} — ${rule.criteria}${rule.legalReference ? ` (${rule.legalReference})` : ''}`;
}

export function describeTransfer(transfer: Transfer, recipientName: string): string {
  const mechanism =
    transfer.mechanism === 'derogation'
      ? transfer.derogation
        ? DEROGATION_LABELS[transfer.derogation]
        : TRANSFER_MECHANISM_LABELS.derogation
      : `${TRANSFER_MECHANISM_LABELS[transfer.mechanism]}${transfer.mechanism === 'scc' && transfer.sccModule ? `, ${SCC_MODULE_LABELS[transfer.sccModule]}` : ''}`;
  return `${recipientName} → ${transfer.country}: ${mechanism}${transfer.safeguards ? `. ${transfer.safeguards}` : ''}`;
}

/** Lookup tables built once per export, so rows cost the same whatever the registry's size. */
class Index {
  readonly byId = new Map<string, { name: string }>();
  readonly transfersByRecipient = new Map<string, Transfer[]>();
  readonly retention = new Map<string, RetentionRule>();
  readonly categories = new Map<string, RegistrySnapshot['dataCategories'][number]>();
  readonly recipients = new Map<string, RegistrySnapshot['recipients'][number]>();

  constructor(readonly snapshot: RegistrySnapshot) {
    for (const list of [snapshot.services, snapshot.dataSubjectCategories, snapshot.securityMeasures])
      for (const item of list) this.byId.set(item.id, item);
    for (const c of snapshot.dataCategories) this.categories.set(c.id, c);
    for (const r of snapshot.recipients) this.recipients.set(r.id, r);
    for (const r of snapshot.retentionRules) this.retention.set(r.id, r);
    for (const t of snapshot.transfers)
      this.transfersByRecipient.set(t.recipientId, [...(this.transfersByRecipient.get(t.recipientId) ?? []), t]);
  }

  names(ids: string[]): string {
    return join(ids.map((id) => this.byId.get(id)?.name ?? id));
  }
}

function controllerRow(a: ProcessingActivity, ix: Index): Row {
  const categories = a.dataCategoryIds.map((id) => ix.categories.get(id));
  const thirdParty = categories.filter((c) => c?.collection === 'third_party').map((c) => `${c?.name}: from a third party`);
  const transfers = a.recipientIds.flatMap((id) =>
    (ix.transfersByRecipient.get(id) ?? []).map((t) => describeTransfer(t, ix.recipients.get(id)?.name ?? id)),
  );
  const general = a.retentionRuleId ? ix.retention.get(a.retentionRuleId) : undefined;
  return {
    name: a.name,
    purpose: a.purpose,
    role: ACTIVITY_ROLE_LABELS[a.role],
    status: a.status,
    legalBasis: LEGAL_BASIS_LABELS[a.legalBasis],
    legitimateInterest: a.legitimateInterest ?? '',
    legalObligation: a.legalObligation ?? '',
    consentMechanism: a.consentMechanism ?? '',
    specialCategoryCondition: a.specialCategoryCondition ? SPECIAL_CATEGORY_CONDITION_LABELS[a.specialCategoryCondition] : '',
    criminalDataAuthorisation: a.criminalDataAuthorisation ?? '',
    dataSubjects: ix.names(a.dataSubjectCategoryIds),
    dataCategories: join(
      categories.map((c, i) => (c ? `${c.name}${c.special ? ' [Art. 9]' : ''}${c.criminal ? ' [Art. 10]' : ''}` : a.dataCategoryIds[i])),
    ),
    sources: join([a.sources, ...thirdParty]),
    recipients:
      join(
        a.recipientIds.map((id) => {
          const r = ix.recipients.get(id);
          return r ? `${r.name} (${RECIPIENT_TYPE_LABELS[r.type]}, ${r.country})` : id;
        }),
      ) || (a.notApplicable.recipients ? `Not applicable: ${a.notApplicable.recipients}` : ''),
    transfers: join(transfers) || (a.notApplicable.transfers ? `Not applicable: ${a.notApplicable.transfers}` : 'None'),
    retention:
      join([
        general ? describeRetention(general) : null,
        ...a.retentionByCategory.map((r) => {
          const rule = ix.retention.get(r.retentionRuleId);
          return rule ? `${ix.categories.get(r.dataCategoryId)?.name ?? r.dataCategoryId} — ${describeRetention(rule)}` : null;
        }),
      ]) || (a.notApplicable.retention ? `Not applicable: ${a.notApplicable.retention}` : ''),
    securityMeasures:
      ix.names(a.securityMeasureIds) || (a.notApplicable.securityMeasures ? `Not applicable: ${a.notApplicable.securityMeasures}` : ''),
    rights: rightsForBasis(a.legalBasis)
      .map((r) => `${r.replace('_', ' ')} (${RIGHT_ARTICLES[r]})`)
      .join('; '),
    automatedDecisions:
      join([
        a.automatedDecision ? `Automated decision: ${a.automatedDecision.logic} Significance: ${a.automatedDecision.significance}` : null,
        a.profiling ? 'Profiling' : null,
      ]) || 'None',
    requirement: a.requirement
      ? `${a.requirement.kind.replace('_', ' ')}${a.requirement.consequences ? `: ${a.requirement.consequences}` : ''}`
      : '',
    dpia: a.dpia
      ? `${a.dpia.required ? 'required' : 'not required'}, ${a.dpia.status.replace('_', ' ')}${a.dpia.reference ? `, ${a.dpia.reference}` : ''}`
      : '',
    services: ix.names(a.serviceIds),
    updatedAt: a.updatedAt,
    version: String(a.version),
  };
}

function processorRow(a: ProcessingActivity, ix: Index): Row {
  const full = controllerRow(a, ix);
  return {
    name: a.name,
    onBehalfOf: a.onBehalfOf ?? '',
    purpose: a.purpose,
    status: a.status,
    recipients: full.recipients,
    transfers: full.transfers,
    securityMeasures: full.securityMeasures,
    updatedAt: a.updatedAt,
    version: String(a.version),
  };
}

/** One row per processing activity of the record, lists joined readably; a generator so that large records stream. */
export function* art30Rows(snapshot: RegistrySnapshot, role: RecordRole): Generator<Row> {
  const ix = new Index(snapshot);
  for (const activity of activitiesOfRecord(snapshot, role))
    yield role === 'controller' ? controllerRow(activity, ix) : processorRow(activity, ix);
}
