import { Module } from '@nestjs/common';
import { CollectionPointsController } from './collection-points/collection-points.controller';
import { ControllerProfileController } from './controller/controller-profile.controller';
import { ControllerProfileService } from './controller/controller-profile.service';
import { GpcController } from './controller/gpc.controller';
import { DataCategoriesController } from './data-categories/data-categories.controller';
import { DataSubjectCategoriesController } from './data-subject-categories/data-subject-categories.controller';
import { ProcessingActivitiesController } from './processing-activities/processing-activities.controller';
import { RecipientsController } from './recipients/recipients.controller';
import { RetentionRulesController } from './retention-rules/retention-rules.controller';
import { SecurityMeasuresController } from './security-measures/security-measures.controller';
import { ServicesController } from './services/services.controller';
import { registryServiceProvider } from './shared/registry.service';
import { RESOURCE_DEFINITIONS } from './shared/resource-registry';
import { TrackersController } from './trackers/trackers.controller';
import { TransfersController } from './transfers/transfers.controller';

/** One RegistryService per resource definition: the shared CRUD mechanism, configured. */
const registryServices = RESOURCE_DEFINITIONS.map(registryServiceProvider);

@Module({
  controllers: [
    ControllerProfileController,
    GpcController,
    ServicesController,
    DataCategoriesController,
    DataSubjectCategoriesController,
    RecipientsController,
    TransfersController,
    RetentionRulesController,
    SecurityMeasuresController,
    TrackersController,
    ProcessingActivitiesController,
    CollectionPointsController,
  ],
  providers: [ControllerProfileService, ...registryServices],
  exports: [ControllerProfileService, ...registryServices],
})
export class RegistryModule {}
