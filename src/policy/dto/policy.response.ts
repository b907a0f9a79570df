import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { RegistryItemMeta, SummaryResponse } from '../../registry/shared/registry-item.response';
import { CreatePolicyDto } from './create-policy.dto';

export class PolicyResponse extends IntersectionType(CreatePolicyDto, RegistryItemMeta) {
  @ApiProperty({ type: SummaryResponse, nullable: true })
  service!: SummaryResponse | null;
  @ApiProperty({ type: [SummaryResponse] })
  dataSubjectCategories!: SummaryResponse[];
}
