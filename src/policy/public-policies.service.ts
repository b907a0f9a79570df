import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BoundedCache } from '../common/bounded-cache';
import { ResourceNotFoundError } from '../common/errors';
import { ServiceEntity } from '../registry/services/service.entity';
import type { PolicyDocument } from './document/model';
import { renderPolicy, type RenderFormat } from './document/render';
import { CONTENT_TYPES, renderingKey } from './policies.service';
import { PolicyVersionEntity } from './policy-version.entity';
import { PolicyEntity } from './policy.entity';

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
    const service = await this.dataSource.getRepository(ServiceEntity).findOneBy({ slug });
    const notFound = new ResourceNotFoundError(`No published ${language} policy for the service "${slug}".`);
    if (!service) throw notFound;
    // The policy for everyone on the service comes first; a policy narrowed to some data subjects only when it is the only one.
    const policies = await this.dataSource
      .getRepository(PolicyEntity)
      .createQueryBuilder('p')
      .where('p.service_id = :serviceId AND p.language = :language', { serviceId: service.id, language })
      .orderBy('cardinality(p.data_subject_category_ids)', 'ASC')
      .addOrderBy('p.created_at', 'ASC')
      .getMany();
    if (policies.length === 0) throw notFound;
    const versions = await this.dataSource.getRepository(PolicyVersionEntity).find({
      where: { policyId: policies[0].id },
      order: { number: 'ASC' },
      select: { id: true, number: true, effectiveFrom: true, changeSummary: true, contentHash: true, publishedAt: true, policyId: true },
    });
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

  private async stored(versionId: string, key: string): Promise<string> {
    const row = await this.dataSource
      .getRepository(PolicyVersionEntity)
      .findOne({ where: { id: versionId }, select: { id: true, rendered: true } });
    return (row?.rendered as Record<string, string> | undefined)?.[key] ?? '';
  }

  private async renderWithNotice(
    versionId: string,
    upcoming: PolicyVersionEntity,
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
