import type { ProcessingActivity } from '../../domain/registry-snapshot';
import { CONDITIONS_ON_LAW } from '../../reference/legal-bases';
import { declaring } from '../shared/field-link';
import { TRANSLATABLE } from '../../domain/translations';
import type { FieldError } from '../../common/errors';
import { CreateProcessingActivityDto } from './dto/create-processing-activity.dto';
import type { ResourceDefinition } from '../shared/resource-definition';
import { PROCESSING_ACTIVITY_EXAMPLE, PROCESSING_ACTIVITY_PATCH_EXAMPLE } from './dto/processing-activity.example';
import { ProcessingActivityEntity } from './processing-activity.entity';

/** A field that only makes sense with one value of another: legitimate interest with Art. 6(1)(f), … */
const ONLY_WITH: { field: keyof ProcessingActivityEntity; when: (a: ProcessingActivityEntity) => boolean; message: string }[] = [
  {
    field: 'legitimateInterest',
    when: (a) => a.legalBasis === 'art6_1_f',
    message: 'legitimateInterest is only for legalBasis art6_1_f; set it to null when changing the basis',
  },
  {
    field: 'legalObligation',
    when: (a) => a.legalBasis === 'art6_1_c',
    message: 'legalObligation is only for legalBasis art6_1_c; set it to null when changing the basis',
  },
  {
    field: 'consentMechanism',
    when: (a) => a.legalBasis === 'art6_1_a' || a.specialCategoryCondition === 'art9_2_a',
    message:
      'consentMechanism is only for consent (legalBasis art6_1_a or specialCategoryCondition art9_2_a); set it to null when changing the basis',
  },
  {
    field: 'consentWithdrawal',
    when: (a) => a.legalBasis === 'art6_1_a' || a.specialCategoryCondition === 'art9_2_a',
    message: 'consentWithdrawal is only for consent (legalBasis art6_1_a or specialCategoryCondition art9_2_a)',
  },
  {
    field: 'legitimateInterestAssessment',
    when: (a) => a.legalBasis === 'art6_1_f',
    message: 'legitimateInterestAssessment is only for legalBasis art6_1_f; set it to null when changing the basis',
  },
  {
    field: 'legalObligationJurisdiction',
    when: (a) => a.legalBasis === 'art6_1_c' || a.legalBasis === 'art6_1_e',
    message: 'legalObligationJurisdiction is only for legalBasis art6_1_c or art6_1_e (Art. 6(3)); set it to null when changing the basis',
  },
  {
    field: 'legalBasis',
    when: (a) => a.role !== 'processor',
    message:
      "a processor-role activity records no Art. 6 legal basis: it processes on its controller's basis and instructions (Art. 28(3)(a), 30(2)); set legalBasis to null",
  },
  { field: 'retiredAt', when: (a) => a.status === 'retired', message: 'retiredAt is only for a retired activity' },
  { field: 'afterRetirement', when: (a) => a.status === 'retired', message: 'afterRetirement is only for a retired activity' },
  {
    field: 'specialCategoryLaw',
    when: (a) => a.specialCategoryCondition !== null && CONDITIONS_ON_LAW.includes(a.specialCategoryCondition),
    message:
      'specialCategoryLaw is only for the Art. 9(2) conditions that rest on Union or Member State law (art9_2_b, art9_2_g, art9_2_h, art9_2_i, art9_2_j); set it to null when changing the condition',
  },
  {
    field: 'specialCategoryLawJurisdiction',
    when: (a) => a.specialCategoryCondition !== null && CONDITIONS_ON_LAW.includes(a.specialCategoryCondition),
    message:
      'specialCategoryLawJurisdiction is only for the Art. 9(2) conditions that rest on Union or Member State law (art9_2_b, art9_2_g, art9_2_h, art9_2_i, art9_2_j); set it to null when changing the condition',
  },
  {
    field: 'softOptIn',
    when: (a) => a.directMarketing === true && (a.marketingChannels ?? []).some((c) => c === 'email' || c === 'sms'),
    message: 'softOptIn is only for direct marketing by e-mail or SMS (directMarketing true, marketingChannels with email or sms)',
  },
];

/** An automated decision with every Art. 22 fact: those not sent are not assessed (null), as the migration reads older ones. */
function completeDecision(d: NonNullable<ProcessingActivityEntity['automatedDecision']>): ProcessingActivityEntity['automatedDecision'] {
  return {
    logic: d.logic,
    significance: d.significance,
    art22Applies: d.art22Applies ?? null,
    exception: d.exception ?? null,
    exceptionLaw: d.exceptionLaw ?? null,
    humanIntervention: d.humanIntervention ?? null,
    expressView: d.expressView ?? null,
    contest: d.contest ?? null,
  };
}

/** Contradictions inside an automated decision that no DPO can mean: an exception to a prohibition that does not apply. */
function automatedDecisionErrors(d: ProcessingActivityEntity['automatedDecision']): FieldError[] {
  if (!d) return [];
  const errors: FieldError[] = [];
  if (d.exception != null && d.art22Applies !== true)
    errors.push({
      path: 'automatedDecision.exception',
      message: 'an Art. 22(2) exception is only for a decision Art. 22(1) covers (art22Applies true)',
    });
  if (d.exceptionLaw != null && d.exception !== 'law')
    errors.push({ path: 'automatedDecision.exceptionLaw', message: 'exceptionLaw is only for the exception law (Art. 22(2)(b))' });
  return errors;
}

export const processingActivitiesResource: ResourceDefinition<ProcessingActivityEntity> = {
  entityType: 'processing_activity',
  translatable: TRANSLATABLE.processing_activity,
  collection: 'processingActivities',
  entity: declaring<ProcessingActivity>()(ProcessingActivityEntity),
  label: 'processing activity',
  path: 'processing-activities',
  createDto: declaring<ProcessingActivity>()(CreateProcessingActivityDto),
  examples: { create: PROCESSING_ACTIVITY_EXAMPLE, update: PROCESSING_ACTIVITY_PATCH_EXAMPLE },
  relations: [
    { field: 'dataSubjectCategoryIds', target: 'data_subject_category', many: true, summary: 'dataSubjectCategories' },
    { field: 'dataCategoryIds', target: 'data_category', many: true, summary: 'dataCategories' },
    { field: 'recipientIds', target: 'recipient', many: true, summary: 'recipients' },
    { field: 'retentionRuleId', target: 'retention_rule', many: false, summary: 'retentionRule' },
    { field: 'securityMeasureIds', target: 'security_measure', many: true, summary: 'securityMeasures' },
    { field: 'serviceIds', target: 'service', many: true, summary: 'services' },
  ],
  nestedRelations: [
    { field: 'retentionByCategory', key: 'dataCategoryId', target: 'data_category' },
    { field: 'retentionByCategory', key: 'retentionRuleId', target: 'retention_rule' },
  ],
  filters: {
    legalBasis: { property: 'legalBasis' },
    status: { property: 'status' },
    role: { property: 'role' },
    serviceId: { property: 'serviceIds', array: true },
    recipientId: { property: 'recipientIds', array: true },
    dataCategoryId: { property: 'dataCategoryIds', array: true },
  },
  sortable: ['name', 'status', 'legalBasis', 'role', 'createdAt', 'updatedAt'],
  nameOf: (a) => a.name,
  prepare(activity, previous) {
    activity.onBehalfOf ??= [];
    activity.marketingChannels ??= [];
    if (activity.automatedDecision) activity.automatedDecision = completeDecision(activity.automatedDecision);
    // Un-retiring clears the end date; retiring without one dates it now.
    if (activity.status !== 'retired' && previous?.status === 'retired') {
      activity.retiredAt = null;
      activity.afterRetirement = null;
    }
    if (activity.status === 'retired' && activity.retiredAt == null) activity.retiredAt = new Date();
  },
  validate(activity) {
    const errors: FieldError[] = ONLY_WITH.filter(({ field, when }) => activity[field] != null && !when(activity)).map(
      ({ field, message }) => ({
        path: field,
        message,
      }),
    );
    if (activity.role !== 'processor' && activity.legalBasis == null)
      errors.push({ path: 'legalBasis', message: 'the controller and joint-controller roles rely on an Art. 6(1) legal basis' });
    if ((activity.marketingChannels ?? []).length > 0 && activity.directMarketing !== true)
      errors.push({ path: 'marketingChannels', message: 'marketingChannels is only for direct marketing (directMarketing true)' });
    errors.push(...automatedDecisionErrors(activity.automatedDecision));
    if ((activity.onBehalfOf ?? []).length > 0 && activity.role !== 'processor')
      errors.push({ path: 'onBehalfOf', message: 'onBehalfOf is only for the processor role' });
    const categories = new Set(activity.dataCategoryIds ?? []);
    (activity.retentionByCategory ?? []).forEach((entry, i) => {
      if (!categories.has(entry.dataCategoryId)) {
        errors.push({ path: `retentionByCategory[${i}].dataCategoryId`, message: 'must be one of the activity dataCategoryIds' });
      }
    });
    return errors;
  },
};
