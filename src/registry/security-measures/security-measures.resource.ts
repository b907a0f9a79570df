import type { SecurityMeasure } from '../../domain/registry-snapshot';
import { declaring } from '../shared/field-link';
import { TRANSLATABLE } from '../../domain/translations';
import { CreateSecurityMeasureDto } from './dto/create-security-measure.dto';
import type { ResourceDefinition } from '../shared/resource-definition';
import { SecurityMeasureEntity } from './security-measure.entity';

export const securityMeasuresResource: ResourceDefinition<SecurityMeasureEntity> = {
  entityType: 'security_measure',
  translatable: TRANSLATABLE.security_measure,
  collection: 'securityMeasures',
  entity: declaring<SecurityMeasure>()(SecurityMeasureEntity),
  label: 'security measure',
  path: 'security-measures',
  createDto: declaring<SecurityMeasure>()(CreateSecurityMeasureDto),
  relations: [],
  filters: { kind: { property: 'kind' } },
  sortable: ['name', 'kind', 'createdAt', 'updatedAt'],
  nameOf: (m) => m.name,
};
