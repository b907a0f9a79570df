import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { WebhookClock } from './clock';
import type { DeliveryAttempt } from './webhook-delivery.entity';
import { WebhookOutbox } from './webhook-outbox';
import { retryDelayMs } from './webhook-payload';
import { sendWebhook } from './webhook-sender';
import { signatureHeader } from './webhook-signature';
import { redactUrl, TargetPolicy } from './webhook-target';

const BATCH = 10;
/** Attempts kept in a delivery's log */
const LOG_LENGTH = 20;
/** A claim holds a delivery this long past the attempt's timeout; a worker that died lets it go after that. */
const LEASE_MARGIN_MS = 30_000;

interface Claimed {
  id: string;
  attempts: number;
  created_at: Date;
  url: string;
  secret: string;
  previous_secret: string | null;
  previous_secret_expires_at: Date | null;
  event_id: string;
  body: string;
}

/**
 * Delivers the outbox. Each tick writes due `effective` events, then claims due deliveries with
 * `FOR UPDATE SKIP LOCKED` (so replicas on one PostgreSQL never take the same one; on PGlite the
 * same statement runs in the one process), sends them, and records the outcome.
 */
@Injectable()
export class WebhookWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger('Webhooks');
  private readonly targets: TargetPolicy;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = true;
  private abort = new AbortController();

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: WebhookOutbox,
    private readonly clock: WebhookClock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.targets = new TargetPolicy(config.webhooks.allowedPrivateNetworks);
  }

  onApplicationBootstrap(): void {
    if (this.config.webhooks.worker) this.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.stop();
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.abort = new AbortController();
    this.schedule(0);
  }

  /** Stops polling and cuts in-flight requests short; a cut delivery is retried once its lease ends. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.abort.abort();
    await this.running;
  }

  /** Runs a tick soon (after a publication or a redelivery) instead of at the next poll. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.schedule(0);
  }

  private schedule(delayMs: number): void {
    if (this.timer) clearTimeout(this.timer);
    // unref: a pending poll never keeps the process (or Jest) alive.
    this.timer = setTimeout(() => this.run(), delayMs).unref();
  }

  private run(): void {
    this.timer = null;
    this.again = false;
    this.running = this.tick()
      .catch((error: unknown) => this.log.error({ err: error }, 'Webhook tick failed'))
      .finally(() => {
        this.running = null;
        if (!this.stopped) this.schedule(this.again ? 0 : this.config.webhooks.pollIntervalMs);
      });
  }

  /** One pass: due events, then batches of due deliveries until none is left. */
  async tick(): Promise<void> {
    const [{ any }] = (await this.dataSource.query('SELECT EXISTS (SELECT 1 FROM webhook_endpoint WHERE active) AS any')) as {
      any: boolean;
    }[];
    // No active endpoint: nothing could be delivered, and an endpoint made later never gets past events.
    if (!any) return;
    await this.outbox.enqueueDueEffective(this.clock.now());
    while (!this.stopped) {
      const claimed = await this.claim();
      if (claimed.length === 0) return;
      await Promise.all(claimed.map((delivery) => this.attempt(delivery)));
    }
  }

  private async claim(): Promise<Claimed[]> {
    const now = this.clock.now();
    const lease = new Date(now.getTime() + this.config.webhooks.timeoutMs + LEASE_MARGIN_MS);
    const rows = (await this.dataSource.query(
      `WITH claimed AS (
         UPDATE webhook_delivery d
            SET attempts = d.attempts + 1, next_attempt_at = $2, last_attempt_at = $1
          WHERE d.id IN (
                SELECT q.id FROM webhook_delivery q JOIN webhook_endpoint w ON w.id = q.webhook_id
                 WHERE q.status = 'pending' AND q.next_attempt_at <= $1 AND w.active
                 ORDER BY q.next_attempt_at, q.id
                 LIMIT $3
                   FOR UPDATE OF q SKIP LOCKED)
        RETURNING d.id, d.attempts, d.created_at, d.webhook_id, d.event_id)
       SELECT c.id, c.attempts, c.created_at, w.url, w.secret, w.previous_secret, w.previous_secret_expires_at, e.id AS event_id, e.body
         FROM claimed c JOIN webhook_endpoint w ON w.id = c.webhook_id JOIN webhook_event e ON e.id = c.event_id`,
      [now, lease, BATCH],
    )) as Claimed[];
    return rows;
  }

  private async attempt(delivery: Claimed): Promise<void> {
    const started = this.clock.now();
    const secrets = [delivery.secret];
    if (delivery.previous_secret && delivery.previous_secret_expires_at && new Date(delivery.previous_secret_expires_at) > started)
      secrets.push(delivery.previous_secret);
    // The signed timestamp is wall-clock time: receivers compare it with theirs to refuse replays.
    const timestamp = Math.floor(Date.now() / 1000);
    const result = await sendWebhook(
      delivery.url,
      {
        'content-type': 'application/json',
        'user-agent': 'ropa-webhooks/1',
        'webhook-id': delivery.event_id,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': signatureHeader(secrets, delivery.event_id, timestamp, delivery.body),
      },
      delivery.body,
      { timeoutMs: this.config.webhooks.timeoutMs, targets: this.targets, signal: this.abort.signal },
    );
    const now = this.clock.now();
    const entry: DeliveryAttempt = {
      at: started.toISOString(),
      responseStatus: result.status,
      error: result.error,
      durationMs: result.durationMs,
    };
    const succeeded = result.error === null;
    let status: 'succeeded' | 'failed' | 'pending' = succeeded ? 'succeeded' : 'failed';
    let next: Date | null = null;
    if (!succeeded && result.retryable) {
      next = new Date(now.getTime() + retryDelayMs(delivery.attempts, this.config.webhooks.retry));
      if (next.getTime() - new Date(delivery.created_at).getTime() <= this.config.webhooks.retry.periodMs) status = 'pending';
      else next = null;
    }
    if (this.stopped && !succeeded) {
      // Cut short by shutdown: leave the claim to expire so another worker (or the next start) retries it.
      return;
    }
    if (!succeeded)
      this.log.warn(
        { delivery: delivery.id, target: redactUrl(delivery.url), attempt: delivery.attempts, status: result.status, error: result.error },
        status === 'failed' ? 'Webhook delivery failed for good' : 'Webhook delivery failed; will retry',
      );
    // Only the claim that made this attempt may record it (attempts unchanged since the claim).
    await this.dataSource.query(
      `UPDATE webhook_delivery
          SET status = $3, next_attempt_at = $4, response_status = $5, last_error = $6,
              delivered_at = CASE WHEN $3 = 'succeeded' THEN $7::timestamptz ELSE delivered_at END,
              log = (CASE WHEN jsonb_array_length(log) >= $8 THEN log - 0 ELSE log END) || $9::jsonb
        WHERE id = $1 AND attempts = $2`,
      [delivery.id, delivery.attempts, status, next, result.status, result.error, now, LOG_LENGTH, JSON.stringify([entry])],
    );
  }
}
