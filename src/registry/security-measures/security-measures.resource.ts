import type { SecurityMeasure } from '../../domain/registry-snapshot';
import { declaring } from '../shared/field-link';
import { TRANSLATABLE } from '../../domain/translations';
import { CreateSecurityMeasureDto } from './dto/create-security-measure.dto';
import type { ResourceDefinition } from '../shared/resource-definition';
import { SecurityMeasureEntity } from './security-measure.entity';
import { SECURITY_MEASURE_EXAMPLE, SECURITY_MEASURE_PATCH_EXAMPLE } from './dto/security-measure.example';

export const securityMeasuresResource: ResourceDefinition<SecurityMeasureEntity> = {
  entityType: 'security_measure',
  translatable: TRANSLATABLE.security_measure,
  collection: 'securityMeasures',
  entity: declaring<SecurityMeasure>()(SecurityMeasureEntity),
  label: 'security measure',
  path: 'security-measures',
  createDto: declaring<SecurityMeasure>()(CreateSecurityMeasureDto),
  examples: { create: SECURITY_MEASURE_EXAMPLE, update: SECURITY_MEASURE_PATCH_EXAMPLE },
  relations: [],
  filters: { kind: { property: 'kind' } },
  sortable: ['name', 'kind', 'createdAt', 'updatedAt'],
  nameOf: (m) => m.name,
};
