import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BoundedCache } from '../common/bounded-cache';
import { ResourceNotFoundError } from '../common/errors';
import { absoluteUrl } from '../common/request-origin';
import type { PolicyDocument } from './document/model';
import { CONTENT_TYPES } from './renderings';
import type { PublicPolicy } from './public-policies.service';
import { PublicPoliciesService } from './public-policies.service';
import { renderSummary, type SummaryFormat, summarize } from './summary/summary';

const CACHE_CHARS = 4 * 1024 * 1024;

/** The first layer of the version a public URL serves, in one of its languages, taken from that language's stored notice. */
@Injectable()
export class PublicSummaryService {
  private readonly made = new BoundedCache(CACHE_CHARS);

  constructor(
    private readonly dataSource: DataSource,
    private readonly policies: PublicPoliciesService,
  ) {}

  async get(slug: string, language: string, format: SummaryFormat, now = new Date()): Promise<PublicPolicy> {
    const version = await this.policies.versionInEffect(slug, now);
    const rendering = version.languages.find((l) => l.language === language);
    if (!rendering) {
      throw new ResourceNotFoundError(
        `The policy served at "${slug}" is not published in ${language}; its languages: ${version.languages.map((l) => l.language).join(', ')}.`,
      );
    }
    const path = `/api/v1/public/policies/${encodeURIComponent(slug)}`;
    const url = absoluteUrl(`${path}?lang=${language}`);
    const key = `${version.id}\n${language}\n${format}\n${url}`;
    let body = this.made.get(key);
    if (body === undefined) {
      const [row] = (await this.dataSource.query(
        `SELECT l.document,
                (SELECT coalesce(json_agg(x ->> 'id'), '[]') FROM jsonb_array_elements(v.snapshot -> 'dataCategories') x
                  WHERE (x ->> 'special')::boolean) AS special,
                (SELECT coalesce(json_agg(x ->> 'id'), '[]') FROM jsonb_array_elements(v.snapshot -> 'processingActivities') x
                  WHERE (x ->> 'directMarketing')::boolean) AS direct_marketing
           FROM policy_version v JOIN policy_version_language l ON l.policy_version_id = v.id AND l.language = $2
          WHERE v.id = $1`,
        [version.id, language],
      )) as { document: PolicyDocument; special: string[]; direct_marketing: string[] }[];
      const summary = summarize(
        row.document,
        { number: version.number, contentHash: rendering.contentHash, url },
        { specialCategoryIds: new Set(row.special), directMarketingActivityIds: new Set(row.direct_marketing) },
      );
      body = renderSummary(summary, format);
      this.made.set(key, body);
    }
    return {
      body,
      contentType: CONTENT_TYPES[format],
      etag: `"${rendering.contentHash}.summary-${format}"`,
      lastModified: version.publishedAt,
      maxAge: 300,
      upcoming: version.upcoming,
      language,
      link: `<${url}>; rel="alternate"`,
    };
  }
}
