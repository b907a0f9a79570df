import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { RegistryItemMeta, SummaryResponse } from '../../shared/registry-item.response';
import { CreateTransferDto } from './create-transfer.dto';

export class TransferResponse extends IntersectionType(CreateTransferDto, RegistryItemMeta) {
  @ApiProperty({ type: SummaryResponse })
  recipient!: SummaryResponse;
}
