import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { RegistryItemMeta, SummaryResponse } from '../../shared/registry-item.response';
import { CreateProcessingActivityDto } from './create-processing-activity.dto';

export class ProcessingActivityResponse extends IntersectionType(CreateProcessingActivityDto, RegistryItemMeta) {
  @ApiProperty({ type: [SummaryResponse] })
  dataSubjectCategories!: SummaryResponse[];
  @ApiProperty({ type: [SummaryResponse] })
  dataCategories!: SummaryResponse[];
  @ApiProperty({ type: [SummaryResponse] })
  recipients!: SummaryResponse[];
  @ApiProperty({ type: SummaryResponse, nullable: true })
  retentionRule!: SummaryResponse | null;
  @ApiProperty({ type: [SummaryResponse] })
  securityMeasures!: SummaryResponse[];
  @ApiProperty({ type: [SummaryResponse] })
  services!: SummaryResponse[];
}
