import { TRANSLATABLE } from '../../domain/translations';
import { CreateServiceDto } from './dto/create-service.dto';
import type { ResourceDefinition } from '../shared/resource-definition';
import { ServiceEntity } from './service.entity';

export const servicesResource: ResourceDefinition<ServiceEntity> = {
  entityType: 'service',
  translatable: TRANSLATABLE.service,
  collection: 'services',
  entity: ServiceEntity,
  label: 'service',
  path: 'services',
  createDto: CreateServiceDto,
  relations: [],
  filters: {},
  sortable: ['name', 'slug', 'createdAt', 'updatedAt'],
  nameOf: (s) => s.name,
};
