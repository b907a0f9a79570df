import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { versionEventBody, type VersionFacts, type WebhookEventType } from './webhook-payload';

const EFFECTIVE: WebhookEventType = 'policy.version.effective';

interface PublishedVersion {
  id: string;
  policyId: string;
  number: number;
  effectiveFrom: Date;
  publishedAt: Date;
  contentHash: string;
  changeSummary: string;
  material: boolean;
}

interface DueRow {
  version_id: string;
  number: number;
  policy_id: string;
  effective_from: Date;
  published_at: Date;
  content_hash: string;
  languages: { language: string; contentHash: string }[];
  change_summary: string;
  material: boolean;
  title: string;
  language: string;
  service_id: string | null;
  slug: string | null;
  occurred_at: Date;
}

/**
 * Writes webhook events and their deliveries (the outbox). Publication events are written inside
 * the publishing transaction; `effective` events are derived from the versions table, idempotently
 * (one per version, by a unique key), so whichever replica looks first after a restart writes them once.
 */
@Injectable()
export class WebhookOutbox {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** In the publication's transaction: `published`, and `scheduled` when it takes effect later. */
  async versionPublished(
    manager: EntityManager,
    policy: { id: string; title: string; language: string; serviceId: string | null },
    version: PublishedVersion,
    languages: readonly { language: string; contentHash: string }[],
  ): Promise<void> {
    const [service] = policy.serviceId
      ? ((await manager.query('SELECT slug FROM service WHERE id = $1', [policy.serviceId])) as { slug: string }[])
      : [];
    const facts: VersionFacts = {
      policyId: policy.id,
      policyTitle: policy.title,
      language: policy.language,
      serviceId: policy.serviceId,
      serviceSlug: service?.slug ?? null,
      versionId: version.id,
      number: version.number,
      effectiveFrom: version.effectiveFrom,
      publishedAt: version.publishedAt,
      contentHash: version.contentHash,
      languages: languages.map((l) => ({ language: l.language, contentHash: l.contentHash })),
      changeSummary: version.changeSummary,
      material: version.material,
    };
    const now = version.publishedAt;
    await this.enqueue(manager, 'policy.version.published', facts, now, null);
    if (version.effectiveFrom > version.publishedAt) await this.enqueue(manager, 'policy.version.scheduled', facts, now, null);
  }

  /**
   * Writes the `effective` event of every version that has come into force by `now` and has none
   * yet. A version comes into force at the later of its effectiveFrom and its publication, unless a
   * later version was already in force by then (the public route would never have served it).
   * Returns how many events were written.
   */
  async enqueueDueEffective(now: Date): Promise<number> {
    const due = (await this.dataSource.query(
      `SELECT v.id AS version_id, v.number, v.policy_id, v.effective_from, v.published_at, v.content_hash, v.change_summary,
              (SELECT json_agg(json_build_object('language', l.language, 'contentHash', l.content_hash)
                               ORDER BY l.language <> v.language, l.language)
                 FROM policy_version_language l WHERE l.policy_version_id = v.id) AS languages,
              v.material, p.title, v.language, p.service_id, s.slug, GREATEST(v.effective_from, v.published_at) AS occurred_at
         FROM policy_version v
         JOIN policy p ON p.id = v.policy_id
         LEFT JOIN service s ON s.id = p.service_id
        WHERE GREATEST(v.effective_from, v.published_at) <= $1
          AND NOT EXISTS (SELECT 1 FROM webhook_event e WHERE e.dedupe_key = $2 || v.id::text)
          AND NOT EXISTS (SELECT 1 FROM policy_version w
                           WHERE w.policy_id = v.policy_id AND w.number > v.number
                             AND GREATEST(w.effective_from, w.published_at) <= GREATEST(v.effective_from, v.published_at))
        ORDER BY occurred_at, v.id
        LIMIT 100`,
      [now, `${EFFECTIVE}:`],
    )) as DueRow[];
    let written = 0;
    for (const row of due) {
      const facts: VersionFacts = {
        policyId: row.policy_id,
        policyTitle: row.title,
        language: row.language,
        serviceId: row.service_id,
        serviceSlug: row.slug,
        versionId: row.version_id,
        number: row.number,
        effectiveFrom: new Date(row.effective_from),
        publishedAt: new Date(row.published_at),
        contentHash: row.content_hash,
        languages: row.languages,
        changeSummary: row.change_summary,
        material: row.material,
      };
      const occurredAt = new Date(row.occurred_at);
      const created = await this.dataSource.transaction((manager) =>
        this.enqueue(manager, EFFECTIVE, facts, occurredAt, `${EFFECTIVE}:${row.version_id}`, now),
      );
      if (created) written++;
    }
    return written;
  }

  /**
   * One event row and one delivery per active endpoint that wants it and existed when it happened.
   * With a dedupe key the insert is skipped (false) when another worker wrote it first.
   */
  private async enqueue(
    manager: EntityManager,
    type: WebhookEventType,
    facts: VersionFacts,
    occurredAt: Date,
    dedupeKey: string | null,
    now = occurredAt,
  ): Promise<boolean> {
    const body = versionEventBody(type, facts, occurredAt, this.config.publicBaseUrl);
    const inserted = (await manager.query(
      `INSERT INTO webhook_event (type, dedupe_key, policy_id, version_id, body, occurred_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING id`,
      [type, dedupeKey, facts.policyId, facts.versionId, body, occurredAt],
    )) as { id: string }[];
    if (inserted.length === 0) return false;
    await manager.query(
      `INSERT INTO webhook_delivery (webhook_id, event_id, status, attempts, next_attempt_at, created_at)
       SELECT w.id, $1, 'pending', 0, $2, $2
         FROM webhook_endpoint w
        WHERE w.active AND $3 = ANY(w.events) AND w.created_at <= $4
          AND (cardinality(w.policy_ids) = 0 OR $5::uuid = ANY(w.policy_ids))
          AND (cardinality(w.service_ids) = 0 OR $6::uuid = ANY(w.service_ids))`,
      [inserted[0].id, now, type, occurredAt, facts.policyId, facts.serviceId],
    );
    return true;
  }
}
