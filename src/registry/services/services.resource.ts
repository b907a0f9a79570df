import type { Service } from '../../domain/registry-snapshot';
import { declaring } from '../shared/field-link';
import { TRANSLATABLE } from '../../domain/translations';
import { CreateServiceDto } from './dto/create-service.dto';
import type { ResourceDefinition } from '../shared/resource-definition';
import { ServiceEntity } from './service.entity';
import { SERVICE_EXAMPLE, SERVICE_PATCH_EXAMPLE } from './dto/service.example';

export const servicesResource: ResourceDefinition<ServiceEntity> = {
  entityType: 'service',
  translatable: TRANSLATABLE.service,
  collection: 'services',
  entity: declaring<Service>()(ServiceEntity),
  label: 'service',
  path: 'services',
  createDto: declaring<Service>()(CreateServiceDto),
  examples: { create: SERVICE_EXAMPLE, update: SERVICE_PATCH_EXAMPLE },
  relations: [],
  filters: {},
  sortable: ['name', 'slug', 'createdAt', 'updatedAt'],
  nameOf: (s) => s.name,
};
