/** The rows of the Art. 30 records, one per processing activity, keyed by the columns of art30-columns.ts. */
import type { DataCategory, ProcessingActivity, Recipient, RegistrySnapshot } from '../domain/registry-snapshot';
import { COLLECTION_METHODS } from '../domain/vocabulary';
import { countryName } from '../language/countries';
import { CONDITIONS_ON_LAW, LEGAL_BASIS_LABELS, SPECIAL_CATEGORY_CONDITION_LABELS } from '../reference/legal-bases';
import { art22Decision, RIGHT_ARTICLES } from '../reference/rights';
import { COLLECTION_METHOD_LABELS } from '../reference/vocabulary-labels';
import { type ExportRole, exportRow, recordsOf, type RecordRole, type Row } from './art30-columns';
import { processorContractsCell, recipientsCell } from './art30-recipients';
import { afterRetirementText, retentionCell } from './art30-retention';
import { locationsCell, transfersCell } from './art30-transfers';
import {
  automatedDecisionCell,
  describeCategory,
  describeControllerServed,
  DPIA_STATUS_LABELS,
  join,
  NONE,
  NOT_RECORDED,
  notApplicable,
  REQUIREMENT_LABELS,
  RIGHT_LABELS,
  rightsOfActivity,
  ROLE_LABELS,
  SECURITY_MEASURE_KIND_LABELS,
  STATUS_LABELS,
} from './art30-wording';
import { activitiesOfRecord, RecordIndex } from './record-index';

function securityCell(a: ProcessingActivity, ix: RecordIndex): string {
  const listed = ix.ordered(a.securityMeasureIds).map((id) => {
    const m = ix.measures.get(id);
    return m ? `${m.name} (${SECURITY_MEASURE_KIND_LABELS[m.kind]}): ${m.description}` : id;
  });
  return join(listed) || notApplicable(a, 'securityMeasures') || NOT_RECORDED;
}

function sourcesCell(a: ProcessingActivity, categories: DataCategory[]): string {
  const byMethod = COLLECTION_METHODS.map((method) => {
    const names = categories.filter((c) => c.collection === method).map((c) => c.name);
    return names.length > 0 ? `${COLLECTION_METHOD_LABELS[method]}: ${names.join(', ')}` : null;
  });
  const unnamed = a.sourceUnnamedReason?.trim() ? `Source not named (Recital 61): ${a.sourceUnnamedReason.trim()}` : null;
  return join([a.sources, unnamed, ...byMethod]) || NOT_RECORDED;
}

/** Whose law: "Union law" or "law of Poland". */
const lawOf = (jurisdiction: string | null): string =>
  jurisdiction ? ` (${jurisdiction === 'EU' ? 'Union law' : `law of ${countryName(jurisdiction)}`})` : '';

/** The Art. 9(2) condition, with the law it rests on where it names one. */
function specialConditionCell(a: ProcessingActivity, special: boolean): string {
  if (!a.specialCategoryCondition) return special ? NOT_RECORDED : `${NONE} (no special-category data)`;
  const label = SPECIAL_CATEGORY_CONDITION_LABELS[a.specialCategoryCondition];
  const law = a.specialCategoryLaw?.trim();
  if (law) return `${label}, under ${law}${lawOf(a.specialCategoryLawJurisdiction)}`;
  return CONDITIONS_ON_LAW.includes(a.specialCategoryCondition) ? `${label}, law ${NOT_RECORDED.toLowerCase()}` : label;
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
          // Art. 30(1)(a): the joint controller's name and contact details (its Art. 26(1) contact point).
          .map(
            (r) =>
              `${r.name} (${countryName(r.country)}${r.dpaReference ? `, arrangement: ${r.dpaReference}` : ''}) — contact: ${r.contactPoint?.trim() || NOT_RECORDED.toLowerCase()}`,
          )
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
    legalObligation: forBasis(a, ['art6_1_c'], a.legalObligation ? `${a.legalObligation}${lawOf(a.legalObligationJurisdiction)}` : null),
    consentMechanism: forBasis(a, ['art6_1_a'], a.consentMechanism),
    specialCategoryCondition: specialConditionCell(a, special),
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
      art22Decision(a) ? 'not to be subject to a decision based solely on automated processing (Art. 22)' : null,
    ]),
    automatedDecisions: join([automatedDecisionCell(a), a.profiling ? 'Profiling' : null]) || NONE,
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
    // The processor's record has no retention column: the end date says what became of the controller's data.
    retiredAt: a.status === 'retired' ? `${a.retiredAt ?? NOT_RECORDED}; ${afterRetirementText(a)}` : '',
    version: String(a.version),
  };
}

/** One row per processing activity of the record, keyed by column key; a generator so that large records stream. */
export function* art30Rows(snapshot: RegistrySnapshot, role: RecordRole): Generator<Row> {
  const ix = new RecordIndex(snapshot);
  for (const activity of activitiesOfRecord(snapshot, role))
    yield role === 'controller' ? controllerRow(activity, ix) : processorRow(activity, ix);
}

/** The rows of an export's one table: each record's in turn, the controller's first (`all`: both, Art. 30(4)). */
export function* exportRows(snapshot: RegistrySnapshot, role: ExportRole): Generator<Row> {
  for (const record of recordsOf(role)) for (const row of art30Rows(snapshot, record)) yield exportRow(role, record, row);
}
