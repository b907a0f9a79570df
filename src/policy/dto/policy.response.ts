import { ApiProperty, IntersectionType, OmitType } from '@nestjs/swagger';
import { RegistryItemMeta, SummaryResponse } from '../../registry/shared/registry-item.response';
import { POLICY_LANGUAGES, type PolicyLanguage } from '../../domain/languages';
import { CreatePolicyDto } from './create-policy.dto';

export class PolicyResponse extends IntersectionType(OmitType(CreatePolicyDto, ['languages'] as const), RegistryItemMeta) {
  /**
   * Every language the policy is published in; the first answer of a public URL without `lang` or
   * `Accept-Language` is in `language`
   * @example ["en", "pl"]
   */
  @ApiProperty({ enum: POLICY_LANGUAGES, isArray: true })
  languages!: PolicyLanguage[];
  @ApiProperty({ type: SummaryResponse, nullable: true })
  service!: SummaryResponse | null;
  @ApiProperty({ type: [SummaryResponse] })
  dataSubjectCategories!: SummaryResponse[];
  /**
   * The page (title, `lang`, stylesheet) of the version in effect, served without a key once a version is
   * published (404 before): open it in a browser
   * @example "https://ropa.example.com/api/v1/public/policies/0b9c7a52-3f1e-4d7a-9a51-6c2f3e1d8b40?standalone=true"
   */
  publicUrl!: string;
  /**
   * The version in effect as an HTML fragment for a website to embed (`format=md|txt|json` for the others), in the
   * language negotiated from Accept-Language or given as `lang`
   * @example "https://ropa.example.com/api/v1/public/policies/0b9c7a52-3f1e-4d7a-9a51-6c2f3e1d8b40"
   */
  embedUrl!: string;
}
