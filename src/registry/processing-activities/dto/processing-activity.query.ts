import { ACTIVITY_ROLE_LABELS } from '../../../reference/vocabulary-labels';
import { LEGAL_BASIS_LABELS } from '../../../reference/legal-bases';
import { ApiEnum } from '../../shared/api-docs';
import { ACTIVITY_STATUS_MEANINGS } from './activity-parts.dto';
import { IsIn, IsOptional } from 'class-validator';
import {
  ACTIVITY_ROLES,
  ACTIVITY_STATUSES,
  type ActivityRole,
  type ActivityStatus,
  LEGAL_BASES,
  type LegalBasis,
} from '../../../domain/vocabulary';
import { ListQuery } from '../../shared/list-query.dto';
import { LinkFilter } from '../../shared/id-list.decorator';

export class ProcessingActivityQuery extends ListQuery {
  @ApiEnum(LEGAL_BASIS_LABELS, { description: 'Only activities relying on this Art. 6(1) basis', required: false })
  @IsOptional()
  @IsIn(LEGAL_BASES)
  legalBasis?: LegalBasis;

  @ApiEnum(ACTIVITY_STATUS_MEANINGS, { description: 'Only activities in this status', required: false })
  @IsOptional()
  @IsIn(ACTIVITY_STATUSES)
  status?: ActivityStatus;

  @ApiEnum(ACTIVITY_ROLE_LABELS, { description: 'Only activities where we act in this role', required: false })
  @IsOptional()
  @IsIn(ACTIVITY_ROLES)
  role?: ActivityRole;

  @LinkFilter()
  serviceId?: string;

  @LinkFilter()
  recipientId?: string;

  @LinkFilter()
  dataCategoryId?: string;
}
