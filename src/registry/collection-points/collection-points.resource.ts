import type { CollectionPoint } from '../../domain/registry-snapshot';
import { TRANSLATABLE } from '../../domain/translations';
import { declaring } from '../shared/field-link';
import type { ResourceDefinition } from '../shared/resource-definition';
import { CollectionPointEntity } from './collection-point.entity';
import { COLLECTION_POINT_EXAMPLE, COLLECTION_POINT_PATCH_EXAMPLE } from './dto/collection-point.example';
import { CreateCollectionPointDto } from './dto/create-collection-point.dto';

export const collectionPointsResource: ResourceDefinition<CollectionPointEntity> = {
  entityType: 'collection_point',
  translatable: TRANSLATABLE.collection_point,
  collection: 'collectionPoints',
  entity: declaring<CollectionPoint>()(CollectionPointEntity),
  label: 'collection point',
  path: 'collection-points',
  createDto: declaring<CollectionPoint>()(CreateCollectionPointDto),
  examples: { create: COLLECTION_POINT_EXAMPLE, update: COLLECTION_POINT_PATCH_EXAMPLE },
  relations: [
    { field: 'serviceId', target: 'service', many: false, summary: 'service' },
    { field: 'processingActivityIds', target: 'processing_activity', many: true, summary: 'processingActivities' },
    { field: 'dataCategoryIds', target: 'data_category', many: true, summary: 'dataCategories' },
  ],
  filters: { serviceId: { property: 'serviceId' } },
  sortable: ['name', 'createdAt', 'updatedAt'],
  nameOf: (c) => c.name,
};
