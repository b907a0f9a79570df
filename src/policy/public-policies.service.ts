import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BoundedCache } from '../common/bounded-cache';
import { ResourceNotFoundError } from '../common/errors';
import type { PolicyDocument } from './document/model';
import { escapeHtml, renderPolicy, type RenderFormat } from './document/render';
import { CONTENT_TYPES, renderingKey } from './renderings';

export interface PublicPolicy {
  body: string;
  contentType: string;
  etag: string;
  lastModified: Date;
  /** Seconds a cache may keep it: short, and never past the start of a scheduled version */
  maxAge: number;
  upcoming: { number: number; effectiveFrom: string; changeSummary: string } | null;
  /** The language sent (Content-Language) */
  language: string;
  /** `Link` header: the same answer in each language of the version, and the negotiated URL as x-default */
  link: string;
}

/** Which languages a public URL serves now: those of the version in effect, until `changeAt`. */
export interface PublicRoute {
  /** The default language of the version in effect: served when the reader asks for none */
  language: string;
  /** Every language of the version in effect, the default first */
  languages: readonly string[];
  /** When another version takes effect (its languages may differ); infinity when none is scheduled */
  changeAt: number;
}

interface VersionRow {
  id: string;
  number: number;
  effectiveFrom: Date;
  changeSummary: string;
  publishedAt: Date;
  language: string;
  languages: { language: string; contentHash: string }[];
}

const MAX_AGE_SECONDS = 300;
/** Stands for "all services" where a service slug goes; slugs are lowercase letters, digits and hyphens, so none can take it. */
export const ORGANISATION_SLUG = '_organisation';
/** Characters of rendered policies kept in memory: published versions never change, so they can be reused. */
const CACHE_CHARS = 32 * 1024 * 1024;

/**
 * The version in effect of a service's policy, for anyone, in one of its languages. Versions are
 * rendered when published; the variant announcing a scheduled version is rendered once per pair.
 * Both are kept in memory, since published versions are immutable.
 */
@Injectable()
export class PublicPoliciesService {
  private readonly renderings = new BoundedCache(CACHE_CHARS);

  constructor(private readonly dataSource: DataSource) {}

  /**
   * The policy a slug serves and its versions, each with its languages, in one round trip: the
   * service's policy for everyone comes first (a policy narrowed to some data subjects only when it is
   * the only one); the language picks a rendering of that policy, never another policy.
   */
  private async versionsOf(slug: string): Promise<VersionRow[]> {
    const rows: {
      id: string;
      number: number;
      effective_from: Date;
      change_summary: string;
      published_at: Date;
      language: string;
      languages: { language: string; contentHash: string }[] | null;
    }[] = await this.dataSource.query(
      `SELECT v.id, v.number, v.effective_from, v.change_summary, v.published_at, v.language,
              (SELECT json_agg(json_build_object('language', l.language, 'contentHash', l.content_hash)
                               ORDER BY l.language <> v.language, l.language)
                 FROM policy_version_language l WHERE l.policy_version_id = v.id) AS languages
         FROM policy_version v
        WHERE v.policy_id = (
          SELECT p.id FROM policy p LEFT JOIN service s ON s.id = p.service_id
           WHERE CASE WHEN $1 ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN p.id::text = $1
                      WHEN $1 = '${ORGANISATION_SLUG}' THEN p.service_id IS NULL
                      ELSE s.slug = $1 END
           ORDER BY cardinality(p.data_subject_category_ids), p.created_at, p.id
           LIMIT 1)
        ORDER BY v.number`,
      [slug],
    );
    return rows.map((r) => ({
      id: r.id,
      number: r.number,
      effectiveFrom: new Date(r.effective_from),
      changeSummary: r.change_summary,
      publishedAt: new Date(r.published_at),
      language: r.language,
      languages: r.languages ?? [],
    }));
  }

  private inEffect(slug: string, versions: VersionRow[], now: Date): { inEffect: VersionRow; upcoming: VersionRow | undefined } {
    const inEffect = versions.filter((v) => v.effectiveFrom <= now).at(-1);
    if (!inEffect) {
      throw new ResourceNotFoundError(
        slug === ORGANISATION_SLUG
          ? 'No published policy for all services (a policy without serviceId).'
          : `No published policy for "${slug}" (a service slug, "${ORGANISATION_SLUG}" or a policy id).`,
      );
    }
    const upcoming = versions
      .filter((v) => v.effectiveFrom > now && v.number > inEffect.number)
      .sort((a, b) => a.effectiveFrom.getTime() - b.effectiveFrom.getTime())[0];
    return { inEffect, upcoming };
  }

  /** The languages a slug serves now, for negotiation; 404 when it serves nothing. */
  async route(slug: string, now = new Date()): Promise<PublicRoute> {
    const { inEffect, upcoming } = this.inEffect(slug, await this.versionsOf(slug), now);
    return {
      language: inEffect.language,
      languages: inEffect.languages.map((l) => l.language),
      changeAt: upcoming ? upcoming.effectiveFrom.getTime() : Number.POSITIVE_INFINITY,
    };
  }

  /** The version a slug serves now, with its languages (default first) and when it stops being served. */
  async versionInEffect(
    slug: string,
    now = new Date(),
  ): Promise<{ id: string; number: number; publishedAt: Date; languages: VersionRow['languages']; upcoming: PublicPolicy['upcoming'] }> {
    const { inEffect, upcoming } = this.inEffect(slug, await this.versionsOf(slug), now);
    return {
      id: inEffect.id,
      number: inEffect.number,
      publishedAt: inEffect.publishedAt,
      languages: inEffect.languages,
      upcoming: upcoming
        ? { number: upcoming.number, effectiveFrom: upcoming.effectiveFrom.toISOString(), changeSummary: upcoming.changeSummary }
        : null,
    };
  }

  async get(slug: string, language: string, format: RenderFormat, standalone: boolean, now = new Date()): Promise<PublicPolicy> {
    const { inEffect, upcoming } = this.inEffect(slug, await this.versionsOf(slug), now);
    const rendering = inEffect.languages.find((l) => l.language === language);
    if (!rendering) {
      throw new ResourceNotFoundError(
        `The policy served at "${slug}" is not published in ${language}; its languages: ${inEffect.languages.map((l) => l.language).join(', ')}.`,
      );
    }
    const key = renderingKey(format, standalone);
    const stored = upcoming
      ? await this.renderWithNotice(inEffect.id, language, upcoming, format, standalone)
      : await this.stored(inEffect.id, language, key);
    const alternates = alternateUrls(slug, inEffect.languages, format, standalone);
    const secondsToChange = upcoming ? Math.max(0, Math.floor((upcoming.effectiveFrom.getTime() - now.getTime()) / 1000)) : MAX_AGE_SECONDS;
    return {
      body: format === 'html' && standalone ? withAlternateLinks(stored, alternates) : stored,
      contentType: CONTENT_TYPES[format],
      etag: `"${rendering.contentHash}${upcoming ? `.${upcoming.number}` : ''}.${key}"`,
      lastModified: upcoming && upcoming.publishedAt > inEffect.publishedAt ? upcoming.publishedAt : inEffect.publishedAt,
      maxAge: Math.min(MAX_AGE_SECONDS, secondsToChange),
      upcoming: upcoming
        ? { number: upcoming.number, effectiveFrom: upcoming.effectiveFrom.toISOString(), changeSummary: upcoming.changeSummary }
        : null,
      language,
      link: alternates.map((a) => `<${a.href}>; rel="alternate"; hreflang="${a.hreflang}"`).join(', '),
    };
  }

  /** A rendering stored at publication: read once (that rendering only), then served from memory. */
  private async stored(versionId: string, language: string, key: string): Promise<string> {
    const cacheKey = `${versionId}:${language}:${key}`;
    const cached = this.renderings.get(cacheKey);
    if (cached !== undefined) return cached;
    const [row] = (await this.dataSource.query(
      'SELECT rendered ->> $3 AS body FROM policy_version_language WHERE policy_version_id = $1 AND language = $2',
      [versionId, language, key],
    )) as {
      body: string | null;
    }[];
    const body = row?.body ?? '';
    this.renderings.set(cacheKey, body);
    return body;
  }

  /** The version in effect with the banner announcing the next one, in the banner's language too. */
  private async renderWithNotice(
    versionId: string,
    language: string,
    upcoming: { id: string; effectiveFrom: Date; changeSummary: string },
    format: RenderFormat,
    standalone: boolean,
  ): Promise<string> {
    const cacheKey = `${versionId}:${language}:${upcoming.id}:${renderingKey(format, standalone)}`;
    const cached = this.renderings.get(cacheKey);
    if (cached !== undefined) return cached;
    const [row] = (await this.dataSource.query(
      `SELECT l.document, v.effective_from, v.audit_head_seq::text AS audit_head_seq, v.audit_head_hash
         FROM policy_version_language l JOIN policy_version v ON v.id = l.policy_version_id
        WHERE l.policy_version_id = $1 AND l.language = $2`,
      [versionId, language],
    )) as { document: PolicyDocument; effective_from: Date; audit_head_seq: string | null; audit_head_hash: string | null }[];
    const body = renderPolicy(row.document, format, {
      standalone,
      effectiveFrom: new Date(row.effective_from).toISOString(),
      notice: { effectiveFrom: upcoming.effectiveFrom.toISOString(), changeSummary: upcoming.changeSummary },
      // As stored at publication: the announcement changes the banner, not the version's anchor.
      auditHead:
        row.audit_head_seq === null || row.audit_head_hash === null
          ? null
          : { sequence: Number(row.audit_head_seq), hash: row.audit_head_hash },
    });
    this.renderings.set(cacheKey, body);
    return body;
  }
}

interface Alternate {
  hreflang: string;
  href: string;
}

/**
 * The same answer in each language (`?lang=`) and, as x-default, the URL that negotiates: what search
 * engines and readers' browsers use to offer the other languages.
 */
function alternateUrls(slug: string, languages: readonly { language: string }[], format: RenderFormat, standalone: boolean): Alternate[] {
  const path = `/api/v1/public/policies/${encodeURIComponent(slug)}`;
  const rest = `${format === 'html' ? '' : `&format=${format}`}${standalone ? '&standalone=true' : ''}`;
  return [
    ...languages.map((l) => ({ hreflang: l.language, href: `${path}?lang=${l.language}${rest}` })),
    { hreflang: 'x-default', href: rest ? `${path}?${rest.slice(1)}` : path },
  ];
}

/** A whole page names its other languages in its head: `<link rel="alternate" hreflang>`. */
function withAlternateLinks(page: string, alternates: Alternate[]): string {
  const links = alternates.map((a) => `<link rel="alternate" hreflang="${a.hreflang}" href="${escapeHtml(a.href)}">`).join('\n');
  return page.replace('</head>', () => `${links}\n</head>`);
}
