import { IsIn, IsOptional, IsUUID } from 'class-validator';
import {
  ACTIVITY_ROLES,
  ACTIVITY_STATUSES,
  type ActivityRole,
  type ActivityStatus,
  LEGAL_BASES,
  type LegalBasis,
} from '../../../snapshot/registry-snapshot';
import { ListQuery } from '../../shared/list-query.dto';

export class ProcessingActivityQuery extends ListQuery {
  @IsOptional()
  @IsIn(LEGAL_BASES)
  legalBasis?: LegalBasis;

  @IsOptional()
  @IsIn(ACTIVITY_STATUSES)
  status?: ActivityStatus;

  @IsOptional()
  @IsIn(ACTIVITY_ROLES)
  role?: ActivityRole;

  @IsOptional()
  @IsUUID()
  serviceId?: string;

  @IsOptional()
  @IsUUID()
  recipientId?: string;

  @IsOptional()
  @IsUUID()
  dataCategoryId?: string;
}
