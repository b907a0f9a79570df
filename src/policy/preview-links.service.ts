import { createHmac, timingSafeEqual } from 'node:crypto';
import { ForbiddenException, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { absoluteUrl } from '../common/request-origin';
import { signingSecret } from '../database/signing-secrets';

/** How long a preview link opens the draft: long enough to read and share with a colleague, short enough to leak little. */
export const PREVIEW_LINK_SECONDS = 15 * 60;

export interface PreviewLink {
  /** Absolute (on PUBLIC_BASE_URL or the origin the request reached); no API key in it */
  url: string;
  expiresAt: string;
}

/**
 * Signed, short-lived links that render a policy's draft as a page without an API key, so a DPO can
 * open it in a browser. HMAC-SHA256 over the policy id and the expiry, with a secret kept in the
 * database so that every replica on one PostgreSQL accepts the links of the others.
 */
@Injectable()
export class PreviewLinksService {
  private readonly key: () => Promise<Buffer>;

  constructor(dataSource: DataSource) {
    this.key = signingSecret(dataSource, 'policy-preview');
  }

  /** `language` (one of the policy's) is not signed: the link opens the draft in any of the policy's languages. */
  async link(policyId: string, language?: string, now = new Date()): Promise<PreviewLink> {
    const expires = Math.floor(now.getTime() / 1000) + PREVIEW_LINK_SECONDS;
    const signature = await this.sign(policyId, expires);
    return {
      url: absoluteUrl(
        `/api/v1/public/previews/${policyId}?expires=${expires}&signature=${signature}${language ? `&lang=${language}` : ''}`,
      ),
      expiresAt: new Date(expires * 1000).toISOString(),
    };
  }

  /** Refuses (403) a link that was not made here, was altered, or has expired. */
  async verify(policyId: string, expires: number, signature: string, now = new Date()): Promise<void> {
    const expected = Buffer.from(await this.sign(policyId, expires));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      throw new ForbiddenException('This preview link is not valid. Ask for a new one: GET /api/v1/policies/{id}/preview-link.');
    if (expires * 1000 <= now.getTime())
      throw new ForbiddenException('This preview link has expired. Ask for a new one: GET /api/v1/policies/{id}/preview-link.');
  }

  private async sign(policyId: string, expires: number): Promise<string> {
    return createHmac('sha256', await this.key())
      .update(`policy-preview:${policyId}:${expires}`)
      .digest('base64url');
  }
}
