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
    when: (a) => a.legalBasis === 'art6_1_a',
    message: 'consentMechanism is only for legalBasis art6_1_a; set it to null when changing the basis',
  },
  { field: 'onBehalfOf', when: (a) => a.role === 'processor', message: 'onBehalfOf is only for the processor role' },
];

export const processingActivitiesResource: ResourceDefinition<ProcessingActivityEntity> = {
  entityType: 'processing_activity',
  collection: 'processingActivities',
  entity: ProcessingActivityEntity,
  label: 'processing activity',
  path: 'processing-activities',
  createDto: CreateProcessingActivityDto,
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
  validate(activity) {
    const errors: FieldError[] = ONLY_WITH.filter(({ field, when }) => activity[field] != null && !when(activity)).map(
      ({ field, message }) => ({
        path: field,
        message,
      }),
    );
    const categories = new Set(activity.dataCategoryIds ?? []);
    (activity.retentionByCategory ?? []).forEach((entry, i) => {
      if (!categories.has(entry.dataCategoryId)) {
        errors.push({ path: `retentionByCategory[${i}].dataCategoryId`, message: 'must be one of the activity dataCategoryIds' });
      }
    });
    return errors;
  },
};
