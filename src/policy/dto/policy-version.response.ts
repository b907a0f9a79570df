import { ApiProperty } from '@nestjs/swagger';
import { POLICY_LANGUAGES } from '../../domain/languages';

/** A point of the audit chain, as a published version records it. */
export class AuditHeadAnchor {
  /**
   * The audit event's position in the chain
   * @example 1288
   */
  sequence!: number;
  /**
   * Its hash (SHA-256, hex)
   * @example "5f0c2b7e3a9d41c8b6e2f7a1d3c5e9b0a4f6d8c2e1b3a5f7d9c0e2a4b6c8d0e1"
   */
  hash!: string;
}

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
  /**
   * The audit chain's head when this version was published (the last event before the version's own):
   * an anchor for `GET /audit-events/verify`, shown in the public JSON rendering too. Null for versions
   * published before ropa recorded it.
   */
  @ApiProperty({ type: AuditHeadAnchor, nullable: true })
  auditHead!: AuditHeadAnchor | null;
}
