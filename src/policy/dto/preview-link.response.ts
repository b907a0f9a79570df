export class PreviewLinkResponse {
  /**
   * The draft as a page (marked "not published", not indexed), absolute; no API key in it
   * @example "https://ropa.example.com/api/v1/public/previews/0b9c7a52-3f1e-4d7a-9a51-6c2f3e1d8b40?expires=1796160000&signature=Zk3…"
   */
  url!: string;
  /** When the link stops opening the draft */
  expiresAt!: string;
}
