import { ApiProperty } from '@nestjs/swagger';
import { POLICY_LANGUAGES } from '../../domain/languages';

/** One language of a published version: rendered from the version's snapshot, with its own hash. */
export class PolicyVersionLanguageResponse {
  @ApiProperty({ enum: POLICY_LANGUAGES, example: 'pl' })
  language!: string;
  /** SHA-256 of this language's canonical JSON document; its public ETag */
  contentHash!: string;
  /**
   * The page (title, `lang`, stylesheet) of the version in effect in this language, served without a key
   * @example "https://ropa.example.com/api/v1/public/policies/0b9c7a52-3f1e-4d7a-9a51-6c2f3e1d8b40?lang=pl&standalone=true"
   */
  publicUrl!: string;
}

export class PolicyVersionResponse {
  policyId!: string;
  number!: number;
  effectiveFrom!: string;
  changeSummary!: string;
  material!: boolean;
  /** The policy's default language when this version was published: the language of `contentHash` */
  @ApiProperty({ enum: POLICY_LANGUAGES, example: 'en' })
  language!: string;
  /** SHA-256 of the canonical JSON document in `language`; the public ETag of that language */
  contentHash!: string;
  /** Every language this version was published in, `language` first, each with its own content hash */
  @ApiProperty({ type: [PolicyVersionLanguageResponse] })
  languages!: PolicyVersionLanguageResponse[];
  publishedAt!: string;
  /** The API key that published it */
  publishedBy!: string | null;
  /**
   * The page (title, `lang`, stylesheet) of the policy's version in effect, served without a key: open it in a browser
   * @example "https://ropa.example.com/api/v1/public/policies/0b9c7a52-3f1e-4d7a-9a51-6c2f3e1d8b40?standalone=true"
   */
  publicUrl!: string;
  /**
   * The same version as an HTML fragment for a website to embed in its own page (`format=md|txt|json` for the others),
   * the language negotiated from Accept-Language or given as `lang`
   * @example "https://ropa.example.com/api/v1/public/policies/0b9c7a52-3f1e-4d7a-9a51-6c2f3e1d8b40"
   */
  embedUrl!: string;
}
