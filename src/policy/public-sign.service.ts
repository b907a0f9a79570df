import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BoundedCache } from '../common/bounded-cache';
import { ResourceNotFoundError } from '../common/errors';
import { absoluteUrl } from '../common/request-origin';
import type { RegistrySnapshot } from '../domain/registry-snapshot';
import type { PolicyDocument } from './document/model';
import type { PublicPolicy } from './public-policies.service';
import { PublicPoliciesService } from './public-policies.service';
import { CONTENT_TYPES } from './renderings';
import { cameraSign, filmsPeople } from './sign/sign';
import { renderSummary, type SummaryFormat } from './summary/summary';

const CACHE_CHARS = 2 * 1024 * 1024;

/** The camera sign of an activity, from the version a public URL serves: its snapshot and its notice in one language. */
@Injectable()
export class PublicSignService {
  private readonly made = new BoundedCache(CACHE_CHARS);

  constructor(
    private readonly dataSource: DataSource,
    private readonly policies: PublicPoliciesService,
  ) {}

  async get(slug: string, activityRef: string, language: string, format: SummaryFormat, now = new Date()): Promise<PublicPolicy> {
    const version = await this.policies.versionInEffect(slug, now);
    const rendering = version.languages.find((l) => l.language === language);
    if (!rendering)
      throw new ResourceNotFoundError(
        `The policy served at "${slug}" is not published in ${language}; its languages: ${version.languages.map((l) => l.language).join(', ')}.`,
      );
    const url = absoluteUrl(`/api/v1/public/policies/${encodeURIComponent(slug)}?lang=${language}`);
    const key = `${version.id}\n${activityRef}\n${language}\n${format}\n${url}`;
    let body = this.made.get(key);
    if (body === undefined) {
      const [row] = (await this.dataSource.query(
        `SELECT v.snapshot, l.document FROM policy_version v
           JOIN policy_version_language l ON l.policy_version_id = v.id AND l.language = $2
          WHERE v.id = $1`,
        [version.id, language],
      )) as { snapshot: RegistrySnapshot; document: PolicyDocument }[];
      const activity = row.snapshot.processingActivities.find((a) => a.ref === activityRef);
      const sign =
        activity && filmsPeople(row.snapshot, activity)
          ? cameraSign(row.document, activity, { number: version.number, contentHash: rendering.contentHash, url })
          : null;
      if (!sign)
        throw new ResourceNotFoundError(
          `Version ${version.number} of the policy served at "${slug}" states no activity "${activityRef}" whose data categories include video surveillance.`,
        );
      body = renderSummary(sign, format);
      this.made.set(key, body);
    }
    return {
      body,
      contentType: CONTENT_TYPES[format],
      etag: `"${rendering.contentHash}.sign-${activityRef}-${format}"`,
      lastModified: version.publishedAt,
      maxAge: 300,
      upcoming: version.upcoming,
      language,
      link: `<${url}>; rel="privacy-policy"`,
    };
  }
}
