/** The rows of the Art. 30 records, one per processing activity, keyed by the columns of art30-columns.ts. */
import type { DataCategory, ProcessingActivity, Recipient, RegistrySnapshot } from '../domain/registry-snapshot';
import { COLLECTION_METHODS } from '../domain/vocabulary';
import { CONDITIONS_ON_LAW } from '../reference/legal-bases';
import { art22Decision } from '../reference/rights';
import { type ExportRole, exportRow, recordsOf, type RecordRole, type Row } from './art30-columns';
import { processorContractsCell, recipientsCell } from './art30-recipients';
import { afterRetirementText, retentionCell } from './art30-retention';
import { locationsCell, transfersCell } from './art30-transfers';
import { automatedDecisionCell, describeCategory, describeControllerServed, join, notApplicable, rightsOfActivity } from './art30-wording';
import type { CellWording } from './cell-wording';
import { CELL_WORDING } from './cell-wordings';
import type { ExportLanguage } from './export-language';
import { activitiesOfRecord, RecordIndex } from './record-index';

function securityCell(a: ProcessingActivity, ix: RecordIndex): string {
  const listed = ix.ordered(a.securityMeasureIds).map((id) => {
    const m = ix.measures.get(id);
    return m ? `${m.name} (${ix.w.securityKinds[m.kind]}): ${m.description}` : id;
  });
  return join(listed) || notApplicable(a, 'securityMeasures', ix.w) || ix.w.notRecorded;
}

function sourcesCell(a: ProcessingActivity, categories: DataCategory[], w: CellWording): string {
  const byMethod = COLLECTION_METHODS.map((method) => {
    const names = categories.filter((c) => c.collection === method).map((c) => c.name);
    return names.length > 0 ? `${w.collectionMethods[method]}: ${names.join(', ')}` : null;
  });
  const unnamed = a.sourceUnnamedReason?.trim() ? w.sourceNotNamed(a.sourceUnnamedReason.trim()) : null;
  return join([a.sources, unnamed, ...byMethod]) || w.notRecorded;
}

/** Whose law: "Union law" or "law of Poland". */
const lawOf = (jurisdiction: string | null, w: CellWording): string =>
  jurisdiction ? ` (${jurisdiction === 'EU' ? w.unionLaw : w.lawOf(w.country(jurisdiction))})` : '';

/** The Art. 9(2) condition, with the law it rests on where it names one. */
function specialConditionCell(a: ProcessingActivity, special: boolean, w: CellWording): string {
  if (!a.specialCategoryCondition) return special ? w.notRecorded : w.noSpecialCategoryData;
  const label = w.specialConditions[a.specialCategoryCondition];
  const law = a.specialCategoryLaw?.trim();
  if (law) return w.conditionUnder(label, `${law}${lawOf(a.specialCategoryLawJurisdiction, w)}`);
  return CONDITIONS_ON_LAW.includes(a.specialCategoryCondition) ? w.conditionLawNotRecorded(label) : label;
}

/** A text that belongs to one legal basis: the text, "Not recorded" when that basis lacks it, "Not applicable" otherwise. */
const forBasis = (a: ProcessingActivity, bases: ProcessingActivity['legalBasis'][], value: string | null, w: CellWording): string =>
  bases.includes(a.legalBasis) ? value?.trim() || w.notRecorded : w.notApplicable;

function controllerRow(a: ProcessingActivity, ix: RecordIndex): Row {
  const w = ix.w;
  const categoryIds = ix.ordered(a.dataCategoryIds);
  const categories = categoryIds.map((id) => ix.categories.get(id)).filter((c) => c !== undefined);
  const partners =
    a.role === 'joint_controller'
      ? ix
          .ordered(a.recipientIds)
          .map((id) => ix.recipients.get(id))
          .filter((r): r is Recipient => r?.type === 'joint_controller')
          // Art. 30(1)(a): the joint controller's name and contact details (its Art. 26(1) contact point).
          .map((r) => w.jointController(r.name, w.country(r.country), r.dpaReference, r.contactPoint?.trim() || w.notRecordedInline))
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
    role: w.roles[a.role],
    jointControllers: a.role === 'joint_controller' ? join(partners) || w.notRecorded : w.notApplicable,
    status: w.statuses[a.status],
    legalBasis: a.legalBasis ? w.legalBases[a.legalBasis] : w.notRecorded,
    legitimateInterest: forBasis(a, ['art6_1_f'], a.legitimateInterest, w),
    legitimateInterestAssessment: forBasis(a, ['art6_1_f'], a.legitimateInterestAssessment, w),
    legalObligation: forBasis(
      a,
      ['art6_1_c'],
      a.legalObligation ? `${a.legalObligation}${lawOf(a.legalObligationJurisdiction, w)}` : null,
      w,
    ),
    consentMechanism: forBasis(a, ['art6_1_a'], a.consentMechanism, w),
    specialCategoryCondition: specialConditionCell(a, special, w),
    criminalDataAuthorisation: a.criminalDataAuthorisation ?? (criminal ? w.notRecorded : w.noCriminalData),
    dataSubjects: ix.nameList(a.dataSubjectCategoryIds) || w.notRecorded,
    dataCategories:
      join(
        categoryIds.map((id) => {
          const category = ix.categories.get(id);
          return category ? describeCategory(category, w) : id;
        }),
      ) || w.notRecorded,
    sources: sourcesCell(a, categories, w),
    recipients: recipientsCell(a, ix),
    processorContracts: processorContractsCell(a, ix),
    transfers: transfersCell(a, ix),
    locations: locationsCell(a, ix),
    retention: retentionCell(a, ix),
    securityMeasures: securityCell(a, ix),
    rights: join([
      ...rightsOfActivity(a).map((r) => `${w.rights[r]} (${w.rightArticles[r]})`),
      art22Decision(a) ? w.notSubjectToAutomatedDecision : null,
    ]),
    automatedDecisions: join([automatedDecisionCell(a, w), a.profiling ? w.automated.profiling : null]) || w.none,
    requirement: a.requirement
      ? `${w.requirements[a.requirement.kind]}${a.requirement.consequences ? w.ifNotProvided(a.requirement.consequences) : ''}`
      : w.notRecorded,
    dpiaRequired: a.dpia ? (a.dpia.required ? w.yes : w.no) : w.notRecorded,
    dpiaStatus: a.dpia ? (a.dpia.required ? w.dpiaStatuses[a.dpia.status] : w.notApplicable) : w.notRecorded,
    dpiaReference: a.dpia ? (a.dpia.reference ?? (a.dpia.required ? w.notRecorded : w.notApplicable)) : w.notRecorded,
    services: ix.nameList(a.serviceIds),
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    retiredAt: a.status === 'retired' ? (a.retiredAt ?? w.notRecorded) : '',
    version: String(a.version),
  };
}

function processorRow(a: ProcessingActivity, ix: RecordIndex): Row {
  const w = ix.w;
  const representatives = a.onBehalfOf.map(
    (c) =>
      `${c.name}: ${c.representative ? join([c.representative.name, c.representative.address, c.representative.email]).replace(/; /g, ', ') : w.noneInline}`,
  );
  return {
    processorName: ix.identity.name,
    processorContact: ix.identity.contact,
    dpo: ix.identity.dpo,
    representative: ix.identity.representative,
    name: a.name,
    onBehalfOf: join(a.onBehalfOf.map(describeControllerServed)) || w.notRecorded,
    controllerRepresentatives: join(representatives) || w.notRecorded,
    purpose: a.purpose,
    status: w.statuses[a.status],
    recipients: recipientsCell(a, ix),
    processorContracts: processorContractsCell(a, ix),
    transfers: transfersCell(a, ix),
    securityMeasures: securityCell(a, ix),
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    // The processor's record has no retention column: the end date says what became of the controller's data.
    retiredAt: a.status === 'retired' ? `${a.retiredAt ?? w.notRecorded}; ${afterRetirementText(a, w)}` : '',
    version: String(a.version),
  };
}

/** One row per processing activity of the record, keyed by column key; a generator so that large records stream. */
export function* art30Rows(snapshot: RegistrySnapshot, role: RecordRole, language: ExportLanguage = 'en'): Generator<Row> {
  const ix = new RecordIndex(snapshot, language);
  for (const activity of activitiesOfRecord(snapshot, role))
    yield role === 'controller' ? controllerRow(activity, ix) : processorRow(activity, ix);
}

/** The rows of an export's one table: each record's in turn, the controller's first (`all`: both, Art. 30(4)). */
export function* exportRows(snapshot: RegistrySnapshot, role: ExportRole, language: ExportLanguage = 'en'): Generator<Row> {
  for (const record of recordsOf(role))
    for (const row of art30Rows(snapshot, record, language)) yield exportRow(role, record, row, CELL_WORDING[language].recordLabels);
}
