import { createRegistryController } from '../shared/registry.controller';
import { collectionPointsResource } from './collection-points.resource';
import { CollectionPointQuery } from './dto/collection-point.query';
import { CollectionPointResponse } from './dto/collection-point.response';
import { UpdateCollectionPointDto } from './dto/update-collection-point.dto';

export class CollectionPointsController extends createRegistryController(collectionPointsResource, {
  singular: 'CollectionPoint',
  plural: 'CollectionPoints',
  description:
    'Forms and channels that collect personal data from the person (a contact form, the checkout, a job application): GDPR Art. 13 asks for the information at the time of collection, so each gets a public short notice beside it (`GET /public/collection-points/{ref}/notice`).',
  updateDto: UpdateCollectionPointDto,
  queryDto: CollectionPointQuery,
  response: CollectionPointResponse,
}) {}
