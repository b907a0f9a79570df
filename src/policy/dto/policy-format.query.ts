import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { QueryBoolean } from '../../common/query-boolean';
import { POLICY_FORMATS, type PolicyFormat } from '../policy-version.entity';
import { POLICY_LANGUAGES, type PolicyLanguage } from '../../domain/languages';

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

export class PolicyLanguageQuery {
  @ApiPropertyOptional({
    enum: POLICY_LANGUAGES,
    description:
      "One of the policy's `languages`; the policy's default `language` when left out. A language the policy (or version) lacks: 404",
  })
  @IsOptional()
  @IsIn(POLICY_LANGUAGES)
  lang?: PolicyLanguage;
}

/** A format and one of the policy's languages. */
export class PolicyRenderingQuery extends IntersectionType(PolicyFormatQuery, PolicyLanguageQuery) {}
