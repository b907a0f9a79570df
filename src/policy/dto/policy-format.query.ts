import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { QueryBoolean } from '../../common/query-boolean';
import { POLICY_FORMATS, type PolicyFormat } from '../policy-version.entity';

export class PolicyFormatQuery {
  /** md, html, txt, or json (the document with the provenance of every block) */
  @IsOptional()
  @IsIn(POLICY_FORMATS)
  format: PolicyFormat = 'html';

  /** HTML only: a whole page with print-friendly CSS instead of a fragment */
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  standalone: boolean = false;
}
