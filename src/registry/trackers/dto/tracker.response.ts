import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { RegistryItemMeta, SummaryResponse } from '../../shared/registry-item.response';
import { CreateTrackerDto } from './create-tracker.dto';

export class TrackerResponse extends IntersectionType(CreateTrackerDto, RegistryItemMeta) {
  @ApiProperty({ type: [SummaryResponse] })
  services!: SummaryResponse[];
  @ApiProperty({ type: SummaryResponse, nullable: true })
  processingActivity!: SummaryResponse | null;
  @ApiProperty({ type: [SummaryResponse] })
  dataCategories!: SummaryResponse[];
}
