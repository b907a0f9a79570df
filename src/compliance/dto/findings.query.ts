import { IsOptional, IsUUID } from 'class-validator';

export class FindingsQuery {
  /** Only the findings in this policy's scope (what blocks its publication) */
  @IsOptional()
  @IsUUID()
  policyId?: string;
}
