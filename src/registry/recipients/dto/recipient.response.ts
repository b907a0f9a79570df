import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { RegistryItemMeta, SummaryResponse } from '../../shared/registry-item.response';
import { CreateRecipientDto } from './create-recipient.dto';

export class RecipientResponse extends IntersectionType(CreateRecipientDto, RegistryItemMeta) {
  /** The processor that engaged this sub-processor, named */
  @ApiProperty({ type: SummaryResponse, nullable: true })
  engagedByRecipient!: SummaryResponse | null;
}
