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
}
