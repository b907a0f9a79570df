import { createRegistryController } from '../shared/registry.controller';
import { SecurityMeasureQuery } from './dto/security-measure.query';
import { SecurityMeasureResponse } from './dto/security-measure.response';
import { UpdateSecurityMeasureDto } from './dto/update-security-measure.dto';
import { securityMeasuresResource } from './security-measures.resource';

export class SecurityMeasuresController extends createRegistryController(securityMeasuresResource, {
  singular: 'SecurityMeasure',
  plural: 'SecurityMeasures',
  description: 'Art. 30(1)(g) and 32(1): a general description of the technical and organisational security measures.',
  updateDto: UpdateSecurityMeasureDto,
  queryDto: SecurityMeasureQuery,
  response: SecurityMeasureResponse,
}) {}
