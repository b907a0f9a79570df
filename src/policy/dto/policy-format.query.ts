import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { QueryBoolean } from '../../common/query-boolean';
import { POLICY_FORMATS, type PolicyFormat } from '../policy-version.entity';

export class PolicyFormatQuery {
  @ApiPropertyOptional({
    enum: POLICY_FORMATS,
    default: 'html',
    description: '`md` Markdown, `html` HTML, `txt` plain text, `json` the document with the provenance of every block',
  })
  @IsOptional()
  @IsIn(POLICY_FORMATS)
  format: PolicyFormat = 'html';

  @ApiPropertyOptional({ default: false, description: 'HTML only: a whole page with print-friendly CSS instead of a fragment' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  standalone: boolean = false;
}
