import { IsIn, IsOptional } from 'class-validator';
import { POLICY_LANGUAGES, type PolicyLanguage } from './create-policy.dto';
import { PolicyFormatQuery } from './policy-format.query';

export class PublicPolicyQuery extends PolicyFormatQuery {
  /** The language of the published policy */
  @IsOptional()
  @IsIn(POLICY_LANGUAGES)
  lang: PolicyLanguage = 'en';
}
