import { collectionPointsResource } from '../collection-points/collection-points.resource';
import { dataCategoriesResource } from '../data-categories/data-categories.resource';
import { dataSubjectCategoriesResource } from '../data-subject-categories/data-subject-categories.resource';
import { processingActivitiesResource } from '../processing-activities/processing-activities.resource';
import { recipientsResource } from '../recipients/recipients.resource';
import { retentionRulesResource } from '../retention-rules/retention-rules.resource';
import { securityMeasuresResource } from '../security-measures/security-measures.resource';
import { servicesResource } from '../services/services.resource';
import { trackersResource } from '../trackers/trackers.resource';
import { transfersResource } from '../transfers/transfers.resource';
import type { ResourceDefinition } from './resource-definition';

/**
 * Every registry resource, in the order an import creates them (referenced before referrer). Only the
 * record's own: what is generated from it (policies) joins the CRUD mechanism at the application root
 * (src/resources.ts).
 */
export const RESOURCE_DEFINITIONS: readonly ResourceDefinition[] = [
  servicesResource,
  dataCategoriesResource,
  dataSubjectCategoriesResource,
  recipientsResource,
  transfersResource,
  retentionRulesResource,
  securityMeasuresResource,
  processingActivitiesResource,
  trackersResource,
  collectionPointsResource,
] as unknown as ResourceDefinition[];
