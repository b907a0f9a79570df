import { IntersectionType } from '@nestjs/swagger';
import { RegistryItemMeta } from '../../shared/registry-item.response';
import { CreateSecurityMeasureDto } from './create-security-measure.dto';

export class SecurityMeasureResponse extends IntersectionType(CreateSecurityMeasureDto, RegistryItemMeta) {}
