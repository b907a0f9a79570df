import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BoundedCache } from '../common/bounded-cache';
import { ResourceNotFoundError } from '../common/errors';
import type { PolicyDocument } from './document/model';
import { renderPolicy, type RenderFormat } from './document/render';
import { CONTENT_TYPES, renderingKey } from './policies.service';
import { PolicyVersionEntity } from './policy-version.entity';

export interface PublicPolicy {
  body: string;
  contentType: string;
  etag: string;
  lastModified: Date;
  /** Seconds a cache may keep it: short, and never past the start of a scheduled version */
  maxAge: number;
  upcoming: { number: number; effectiveFrom: string; changeSummary: string } | null;
}

const MAX_AGE_SECONDS = 300;
/** Stands for "all services" where a service slug goes; slugs are lowercase letters, digits and hyphens, so none can take it. */
export const ORGANISATION_SLUG = '_organisation';
/** Characters of rendered policies kept in memory: published versions never change, so they can be reused. */
const CACHE_CHARS = 32 * 1024 * 1024;

/**
 * The version in effect of a service's policy, for anyone. Versions are rendered when published;
 * the variant announcing a scheduled version is rendered once per pair. Both are kept in memory,
 * since published versions are immutable.
 */
@Injectable()
export class PublicPoliciesService {
  private readonly renderings = new BoundedCache(CACHE_CHARS);

  constructor(private readonly dataSource: DataSource) {}

  async get(slug: string, language: string, format: RenderFormat, standalone: boolean, now = new Date()): Promise<PublicPolicy> {
    // One round trip: the service's policy for everyone comes first (a policy narrowed to some data
    // subjects only when it is the only one), with the metadata of all its versions.
    const rows: { id: string; number: number; effective_from: Date; change_summary: string; content_hash: string; published_at: Date }[] =
      await this.dataSource.query(
        `SELECT v.id, v.number, v.effective_from, v.change_summary, v.content_hash, v.published_at
         FROM policy_version v
        WHERE v.policy_id = (
          SELECT p.id FROM policy p LEFT JOIN service s ON s.id = p.service_id
           WHERE CASE WHEN $1 ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN p.id::text = $1
                      WHEN $1 = '${ORGANISATION_SLUG}' THEN p.service_id IS NULL AND p.language = $2
                      ELSE s.slug = $1 AND p.language = $2 END
           ORDER BY cardinality(p.data_subject_category_ids), p.created_at, p.id
           LIMIT 1)
        ORDER BY v.number`,
        [slug, language],
      );
    const versions = rows.map((r) => ({
      id: r.id,
      number: r.number,
      effectiveFrom: new Date(r.effective_from),
      changeSummary: r.change_summary,
      contentHash: r.content_hash,
      publishedAt: new Date(r.published_at),
    }));
    const notFound = new ResourceNotFoundError(
      slug === ORGANISATION_SLUG
        ? `No published ${language} policy for all services (a policy without serviceId).`
        : `No published ${language} policy for "${slug}" (a service slug, "${ORGANISATION_SLUG}" or a policy id).`,
    );
    const inEffect = versions.filter((v) => v.effectiveFrom <= now).at(-1);
    if (!inEffect) throw notFound;
    const upcoming = versions
      .filter((v) => v.effectiveFrom > now && v.number > inEffect.number)
      .sort((a, b) => a.effectiveFrom.getTime() - b.effectiveFrom.getTime())[0];
    const key = renderingKey(format, standalone);
    const body = upcoming ? await this.renderWithNotice(inEffect.id, upcoming, format, standalone) : await this.stored(inEffect.id, key);
    const secondsToChange = upcoming ? Math.max(0, Math.floor((upcoming.effectiveFrom.getTime() - now.getTime()) / 1000)) : MAX_AGE_SECONDS;
    return {
      body,
      contentType: CONTENT_TYPES[format],
      etag: `"${inEffect.contentHash}${upcoming ? `.${upcoming.number}` : ''}.${key}"`,
      lastModified: upcoming && upcoming.publishedAt > inEffect.publishedAt ? upcoming.publishedAt : inEffect.publishedAt,
      maxAge: Math.min(MAX_AGE_SECONDS, secondsToChange),
      upcoming: upcoming
        ? { number: upcoming.number, effectiveFrom: upcoming.effectiveFrom.toISOString(), changeSummary: upcoming.changeSummary }
        : null,
    };
  }

  /** A rendering stored at publication: read once (that rendering only), then served from memory. */
  private async stored(versionId: string, key: string): Promise<string> {
    const cacheKey = `${versionId}:${key}`;
    const cached = this.renderings.get(cacheKey);
    if (cached !== undefined) return cached;
    const [row] = (await this.dataSource.query('SELECT rendered ->> $2 AS body FROM policy_version WHERE id = $1', [versionId, key])) as {
      body: string | null;
    }[];
    const body = row?.body ?? '';
    this.renderings.set(cacheKey, body);
    return body;
  }

  private async renderWithNotice(
    versionId: string,
    upcoming: { id: string; effectiveFrom: Date; changeSummary: string },
    format: RenderFormat,
    standalone: boolean,
  ): Promise<string> {
    const cacheKey = `${versionId}:${upcoming.id}:${renderingKey(format, standalone)}`;
    const cached = this.renderings.get(cacheKey);
    if (cached !== undefined) return cached;
    const row = await this.dataSource
      .getRepository(PolicyVersionEntity)
      .findOne({ where: { id: versionId }, select: { id: true, document: true, effectiveFrom: true } });
    const body = renderPolicy(row?.document as unknown as PolicyDocument, format, {
      standalone,
      effectiveFrom: row?.effectiveFrom.toISOString(),
      notice: { effectiveFrom: upcoming.effectiveFrom.toISOString(), changeSummary: upcoming.changeSummary },
    });
    this.renderings.set(cacheKey, body);
    return body;
  }
}
