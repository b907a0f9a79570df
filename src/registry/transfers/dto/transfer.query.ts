import { IsIn, IsISO31661Alpha2, IsOptional, IsUUID } from 'class-validator';
import { TRANSFER_MECHANISMS, type TransferMechanism } from '../../../snapshot/registry-snapshot';
import { ListQuery } from '../../shared/list-query.dto';

export class TransferQuery extends ListQuery {
  /** @example "US" */
  @IsOptional()
  @IsISO31661Alpha2()
  country?: string;

  @IsOptional()
  @IsIn(TRANSFER_MECHANISMS)
  mechanism?: TransferMechanism;

  @IsOptional()
  @IsUUID()
  recipientId?: string;
}
