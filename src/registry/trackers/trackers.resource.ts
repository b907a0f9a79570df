import type { Tracker } from '../../domain/registry-snapshot';
import { declaring } from '../shared/field-link';
import { TRANSLATABLE } from '../../domain/translations';
import { CreateTrackerDto } from './dto/create-tracker.dto';
import type { ResourceDefinition } from '../shared/resource-definition';
import { TrackerEntity } from './tracker.entity';
import { TRACKER_EXAMPLE, TRACKER_PATCH_EXAMPLE } from './dto/tracker.example';

export const trackersResource: ResourceDefinition<TrackerEntity> = {
  entityType: 'tracker',
  translatable: TRANSLATABLE.tracker,
  collection: 'trackers',
  entity: declaring<Tracker>()(TrackerEntity),
  label: 'tracker',
  path: 'trackers',
  createDto: declaring<Tracker>()(CreateTrackerDto),
  examples: { create: TRACKER_EXAMPLE, update: TRACKER_PATCH_EXAMPLE },
  relations: [
    { field: 'serviceIds', target: 'service', many: true, summary: 'services' },
    { field: 'processingActivityId', target: 'processing_activity', many: false, summary: 'processingActivity' },
    { field: 'dataCategoryIds', target: 'data_category', many: true, summary: 'dataCategories' },
  ],
  filters: { kind: { property: 'kind' }, category: { property: 'category' }, serviceId: { property: 'serviceIds', array: true } },
  sortable: ['name', 'kind', 'category', 'createdAt', 'updatedAt'],
  nameOf: (t) => t.name,
};
