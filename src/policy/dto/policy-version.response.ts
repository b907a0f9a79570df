import { ApiProperty } from '@nestjs/swagger';
import { POLICY_LANGUAGES } from '../../domain/languages';

/** One language of a published version: rendered from the version's snapshot, with its own hash. */
export class PolicyVersionLanguageResponse {
  @ApiProperty({ enum: POLICY_LANGUAGES, example: 'pl' })
  language!: string;
  /** SHA-256 of this language's canonical JSON document; its public ETag */
  contentHash!: string;
  /**
   * Root-relative URL serving the version in effect in this language without a key
   * @example "/api/v1/public/policies/0b9c7a52-3f1e-4d7a-9a51-6c2f3e1d8b40?lang=pl"
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
   * Root-relative URL where the policy's version in effect is served without a key
   * @example "/api/v1/public/policies/0b9c7a52-3f1e-4d7a-9a51-6c2f3e1d8b40"
   */
  publicUrl!: string;
}
