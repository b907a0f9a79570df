import { PartialType } from '@nestjs/swagger';
import { CreateSecurityMeasureDto } from './create-security-measure.dto';

export class UpdateSecurityMeasureDto extends PartialType(CreateSecurityMeasureDto, { skipNullProperties: false }) {}
