import { createRegistryController } from '../shared/registry.controller';
import { ProcessingActivityQuery } from './dto/processing-activity.query';
import { ProcessingActivityResponse } from './dto/processing-activity.response';
import { UpdateProcessingActivityDto } from './dto/update-processing-activity.dto';
import { processingActivitiesResource } from './processing-activities.resource';

export class ProcessingActivitiesController extends createRegistryController(processingActivitiesResource, {
  singular: 'ProcessingActivity',
  plural: 'ProcessingActivities',
  description:
    'One entry of the Art. 30 record: purpose, legal basis, data subjects and data, recipients, retention and security; role controller for the Art. 30(1) record, processor for the Art. 30(2) record. Retire (status retired) instead of deleting.',
  updateDto: UpdateProcessingActivityDto,
  queryDto: ProcessingActivityQuery,
  response: ProcessingActivityResponse,
}) {}
