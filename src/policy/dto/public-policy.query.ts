import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { POLICY_LANGUAGES, type PolicyLanguage } from './create-policy.dto';
import { PolicyFormatQuery } from './policy-format.query';

export class PublicPolicyQuery extends PolicyFormatQuery {
  @ApiPropertyOptional({ enum: POLICY_LANGUAGES, default: 'en', description: 'The language; `Accept-Language` is not consulted' })
  @IsOptional()
  @IsIn(POLICY_LANGUAGES)
  lang: PolicyLanguage = 'en';
}
