import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { QueryBoolean } from '../../common/query-boolean';
import { POLICY_FORMATS, type PolicyFormat } from '../policy-version.entity';
import { POLICY_LANGUAGES, type PolicyLanguage } from '../../domain/languages';
import { SUMMARY_FORMATS, type SummaryFormat } from '../summary/summary';

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

/** The first layer's format (no `standalone`: it is a fragment to place on a page). */
export class SummaryFormatQuery {
  @ApiPropertyOptional({
    enum: SUMMARY_FORMATS,
    default: 'html',
    description: '`html` a fragment, `md`, `txt`, or `json` (every line with the notice section and registry items it comes from)',
  })
  @IsOptional()
  @IsIn(SUMMARY_FORMATS)
  format: SummaryFormat = 'html';
}

/** A first-layer format and one of the policy's languages. */
export class PolicySummaryQuery extends IntersectionType(SummaryFormatQuery, PolicyLanguageQuery) {}
