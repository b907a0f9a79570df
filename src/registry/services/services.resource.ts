import type { ResourceDefinition } from '../shared/resource-definition';
import { ServiceEntity } from './service.entity';

export const servicesResource: ResourceDefinition<ServiceEntity> = {
  entityType: 'service',
  entity: ServiceEntity,
  label: 'service',
  path: 'services',
  relations: [],
  filters: {},
  sortable: ['name', 'slug', 'createdAt', 'updatedAt'],
  nameOf: (s) => s.name,
};
