import { TRANSFER_MECHANISM_LABELS } from '../../../reference/transfer-mechanisms';
import { ApiEnum } from '../../shared/api-docs';
import { IsIn, IsISO31661Alpha2, IsOptional } from 'class-validator';
import { TRANSFER_MECHANISMS, type TransferMechanism } from '../../../domain/vocabulary';
import { ListQuery } from '../../shared/list-query.dto';
import { LinkFilter } from '../../shared/id-list.decorator';

export class TransferQuery extends ListQuery {
  /** Only those in this country (ISO 3166-1 alpha-2, e.g. `US`) */
  @IsOptional()
  @IsISO31661Alpha2()
  country?: string;

  @IsOptional()
  @ApiEnum(TRANSFER_MECHANISM_LABELS, { description: 'Only transfers relying on this Chapter V ground', required: false })
  @IsIn(TRANSFER_MECHANISMS)
  mechanism?: TransferMechanism;

  @LinkFilter()
  recipientId?: string;
}
