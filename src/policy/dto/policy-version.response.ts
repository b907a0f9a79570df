export class PolicyVersionResponse {
  policyId!: string;
  number!: number;
  effectiveFrom!: string;
  changeSummary!: string;
  material!: boolean;
  /** SHA-256 of the canonical JSON document; the public ETag */
  contentHash!: string;
  publishedAt!: string;
  /** The API key that published it */
  publishedBy!: string | null;
  /**
   * Root-relative URL where the policy's version in effect is served without a key
   * @example "/api/v1/public/policies/0b9c7a52-3f1e-4d7a-9a51-6c2f3e1d8b40"
   */
  publicUrl!: string;
}
