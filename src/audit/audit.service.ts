import { createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { insertRows } from '../database/insert-rows';
import { signingSecret } from '../database/signing-secrets';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, type Repository } from 'typeorm';
import type { Principal } from '../auth/api-keys.service';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { type AuditEventContent, type ChainAnchor, ChainVerifier, type ChainVerdict, chainHash, headSigningString } from './audit-chain';
import { AuditEventEntity } from './audit-event.entity';

/** Any number, fixed: the advisory lock that serialises registry writes and so the audit chain. */
const REGISTRY_WRITE_LOCK = 30_1_2016;
/** Audit events per INSERT statement when many are written at once (an import). */
const AUDIT_BATCH = 200;

/** What a write tells the trail; the chain adds position, time, actor and hashes. */
export type AuditEntry = Pick<AuditEventContent, 'action' | 'entityType' | 'entityId' | 'version' | 'before' | 'after'>;

/** The chain's last event (sequence 0 and no hash while the trail is empty), signed by the instance. */
export interface SignedHead {
  sequence: number;
  hash: string | null;
  /** When the head was read and signed */
  at: string;
  /** HMAC-SHA256 of `headSigningString` with the instance's `audit-head` secret, lower-case hex */
  signature: string;
}

export interface AuditQuery {
  entityType?: string;
  entityId?: string;
  actor?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

@Injectable()
export class AuditService {
  private readonly headKey: () => Promise<Buffer>;

  constructor(
    @InjectRepository(AuditEventEntity) private readonly events: Repository<AuditEventEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.headKey = signingSecret(events.manager.connection, 'audit-head');
  }

  /**
   * Serialises registry writes for the rest of the transaction. The chain needs one writer at a
   * time, and so do the reference checks: a write never sees a half-made registry.
   */
  async lockRegistry(manager: EntityManager): Promise<void> {
    // A write behind a long import waits a bounded time, then fails with 55P03 (answered 503, Retry-After).
    // One statement: the settings hold for this transaction only and are made before the lock is asked for, as the CTE runs first.
    // No JIT compilation: PostgreSQL compiles any statement whose estimated cost passes jit_above_cost (100,000 by
    // default), and an import's reference check of 250 refs passes it once the table holds about 50,000 rows: the
    // planner cannot know how narrow each ref's index range is. Compiling took 37 ms of each check, which ran in 1 ms,
    // and made the import of 100,000 activities grow faster than its size. Registry writes touch a few rows: none gains.
    await manager.query(
      `WITH bounded AS (SELECT set_config('lock_timeout', $1, true), set_config('jit', 'off', true)) SELECT pg_advisory_xact_lock($2) FROM bounded`,
      [`${Math.trunc(this.config.lockTimeoutMs)}ms`, REGISTRY_WRITE_LOCK],
    );
  }

  /** Appends one event in the caller's transaction, which must hold lockRegistry. */
  async record(manager: EntityManager, actor: Principal | null, entry: AuditEntry, at = new Date()): Promise<AuditEventEntity> {
    return (await this.recordMany(manager, actor, [entry], at))[0];
  }

  /**
   * Appends events in order in the caller's transaction, which must hold lockRegistry: the chain's
   * end is read once, each event hashed onto the one before, and the lot written in multi-row inserts.
   */
  async recordMany(manager: EntityManager, actor: Principal | null, entries: AuditEntry[], at = new Date()): Promise<AuditEventEntity[]> {
    if (entries.length === 0) return [];
    const repo = manager.getRepository(AuditEventEntity);
    const last = await repo.find({ order: { seq: 'DESC' }, take: 1, select: { seq: true, hash: true } });
    let prevHash = last[0]?.hash ?? null;
    let seq = last[0]?.seq ?? 0;
    const events = entries.map((entry) => {
      seq += 1;
      const content = { seq, at: at.toISOString(), actorKeyId: actor?.keyId ?? null, actorRole: actor?.role ?? null, ...entry };
      const hash = chainHash(prevHash, content);
      const event = repo.create({ ...content, at, prevHash, hash });
      prevHash = hash;
      return event;
    });
    // Each event holds two full item states: a few hundred per statement keep statements a few MB.
    await insertRows(manager, repo.metadata, events, AUDIT_BATCH);
    return events;
  }

  /**
   * The registry's version: the last event's position in the chain. Every registry write appends an
   * event in its transaction, so the number changes exactly when the registry (or a policy) changes,
   * and every replica reads the same number from the database.
   */
  async registryVersion(manager: EntityManager = this.events.manager): Promise<number> {
    const [row] = (await manager.query('SELECT coalesce(max("seq"), 0)::text AS version FROM "audit_event"')) as { version: string }[];
    return Number(row.version);
  }

  async list(query: AuditQuery): Promise<{ items: AuditEventEntity[]; total: number }> {
    const qb = this.events.createQueryBuilder('e').orderBy('e.seq', 'ASC').take(query.limit).skip(query.offset);
    if (query.entityType) qb.andWhere('e.entity_type = :entityType', { entityType: query.entityType });
    if (query.entityId) qb.andWhere('e.entity_id = :entityId', { entityId: query.entityId });
    if (query.actor) qb.andWhere('e.actor_key_id = :actor', { actor: query.actor });
    if (query.from) qb.andWhere('e.at >= :from', { from: query.from });
    if (query.to) qb.andWhere('e.at <= :to', { to: query.to });
    const [items, total] = await qb.getManyAndCount();
    return { items, total };
  }

  /**
   * The events of a time range, in chain order, page by page (the trail's export, its verification,
   * the registry as of an instant). `columns` limits what is read of each event.
   */
  async *stream(
    range: { from?: Date | null; to?: Date | null } = {},
    columns: readonly (keyof AuditEventEntity)[] | null = null,
    pageSize = 2000,
  ): AsyncGenerator<AuditEventEntity> {
    let after = 0;
    for (;;) {
      const qb = this.events.createQueryBuilder('e').where('e.seq > :after', { after }).orderBy('e.seq', 'ASC').take(pageSize);
      if (columns) qb.select(columns.map((column) => `e.${column}`));
      if (range.from) qb.andWhere('e.at >= :from', { from: range.from });
      if (range.to) qb.andWhere('e.at <= :to', { to: range.to });
      const page = await qb.getMany();
      yield* page;
      if (page.length < pageSize) return;
      after = page[page.length - 1].seq;
    }
  }

  /**
   * The after-states up to an instant, in chain order: what rebuilding the registry as of that
   * instant needs, without the before-states and hashes.
   */
  afterStates(to: Date): AsyncGenerator<AuditEventEntity> {
    return this.stream({ to }, ['seq', 'at', 'action', 'entityType', 'entityId', 'version', 'after']);
  }

  /**
   * The chain's last event: in a transaction holding lockRegistry, the head no other write can pass
   * before it commits (what a published version records); null while the trail is empty.
   */
  async head(manager: EntityManager = this.events.manager): Promise<ChainAnchor | null> {
    const [last] = await manager
      .getRepository(AuditEventEntity)
      .find({ order: { seq: 'DESC' }, take: 1, select: { seq: true, hash: true } });
    return last ? { sequence: last.seq, hash: last.hash } : null;
  }

  /** The head as of now, signed with the instance's secret: what an auditor saves to detect a truncation later. */
  async signedHead(now = new Date()): Promise<SignedHead> {
    const head = await this.head();
    const unsigned = { sequence: head?.sequence ?? 0, hash: head?.hash ?? null, at: now.toISOString() };
    const signature = createHmac('sha256', await this.headKey())
      .update(headSigningString(unsigned))
      .digest('hex');
    return { ...unsigned, signature };
  }

  /** Recomputes the whole chain; answers ok or the first broken event, and whether it still reaches `anchor`. */
  async verify(anchor?: ChainAnchor): Promise<ChainVerdict> {
    const verifier = new ChainVerifier(anchor);
    for await (const event of this.stream()) {
      const ok = verifier.add({
        seq: event.seq,
        at: event.at.toISOString(),
        actorKeyId: event.actorKeyId,
        actorRole: event.actorRole,
        action: event.action,
        entityType: event.entityType,
        entityId: event.entityId,
        version: event.version,
        before: event.before,
        after: event.after,
        prevHash: event.prevHash,
        hash: event.hash,
      });
      if (!ok) break;
    }
    return verifier.verdict();
  }
}
