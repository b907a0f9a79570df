import { AuditEventEntity } from './audit/audit-event.entity';
import { ApiKeyEntity } from './auth/api-key.entity';
import { PolicyVersionEntity } from './policy/policy-version.entity';
import { PolicyVersionLanguageEntity } from './policy/policy-version-language.entity';
import { PolicyEntity } from './policy/policy.entity';
import { SigningSecretEntity } from './policy/signing-secret.entity';
import { CollectionPointEntity } from './registry/collection-points/collection-point.entity';
import { ControllerProfileEntity } from './registry/controller/controller-profile.entity';
import { DataCategoryEntity } from './registry/data-categories/data-category.entity';
import { DataSubjectCategoryEntity } from './registry/data-subject-categories/data-subject-category.entity';
import { ProcessingActivityEntity } from './registry/processing-activities/processing-activity.entity';
import { RecipientEntity } from './registry/recipients/recipient.entity';
import { RetentionRuleEntity } from './registry/retention-rules/retention-rule.entity';
import { SecurityMeasureEntity } from './registry/security-measures/security-measure.entity';
import { ServiceEntity } from './registry/services/service.entity';
import { TrackerEntity } from './registry/trackers/tracker.entity';
import { TransferEntity } from './registry/transfers/transfer.entity';
import { declareSortIndexes } from './registry/shared/sort-indexes';
import { WebhookDeliveryEntity } from './webhooks/webhook-delivery.entity';
import { WebhookEndpointEntity } from './webhooks/webhook-endpoint.entity';
import { WebhookEventEntity } from './webhooks/webhook-event.entity';
import { CRUD_DEFINITIONS } from './resources';

declareSortIndexes(CRUD_DEFINITIONS);

/**
 * Every entity of the app, composed here at the root (src/database/ knows none of them) and handed to
 * the data source by the app module and the migrations CLI. Listed explicitly: globs do not work across
 * the CommonJS build and ESM tests.
 */
export const ENTITIES = [
  ApiKeyEntity,
  AuditEventEntity,
  ControllerProfileEntity,
  ServiceEntity,
  DataCategoryEntity,
  DataSubjectCategoryEntity,
  RecipientEntity,
  TransferEntity,
  RetentionRuleEntity,
  SecurityMeasureEntity,
  TrackerEntity,
  ProcessingActivityEntity,
  CollectionPointEntity,
  PolicyEntity,
  PolicyVersionEntity,
  PolicyVersionLanguageEntity,
  SigningSecretEntity,
  WebhookEndpointEntity,
  WebhookEventEntity,
  WebhookDeliveryEntity,
];
