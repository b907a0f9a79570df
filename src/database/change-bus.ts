import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { PGlitePool } from './pglite-pool';

/** The channel the triggers of migration ChangeNotifications notify on; payload `<topic>[:<detail>]`. */
export const CHANGE_CHANNEL = 'ropa_changes';
const RECONNECT_MS = 1000;

/** `detail` is null when everything of the topic must be forgotten (the listener reconnected). */
export type ChangeHandler = (detail: string | null) => void;

/**
 * Tells in-process caches that the database changed, on this replica or another: LISTEN on PostgreSQL
 * (a connection of its own) or on the embedded PGlite. A cache may serve from memory only while
 * `live` is true: while the listener is down a notification could be missed, so caches fall back to the
 * database, and everything is forgotten when it comes back.
 */
@Injectable()
export class ChangeBus implements OnModuleInit, OnModuleDestroy {
  private readonly log = new Logger(ChangeBus.name);
  private readonly handlers = new Map<string, ChangeHandler[]>();
  private client: pg.Client | null = null;
  private unlisten: (() => Promise<void>) | null = null;
  private reconnect: NodeJS.Timeout | null = null;
  private closing = false;
  /** True while every committed change is sure to reach `publish` */
  live = false;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Calls `handler` for each change of `topic` (and with null after a reconnection). */
  subscribe(topic: string, handler: ChangeHandler): void {
    this.handlers.set(topic, [...(this.handlers.get(topic) ?? []), handler]);
  }

  /** Delivers a change to this process's subscribers; the database triggers do it for every replica. */
  publish(payload: string): void {
    const colon = payload.indexOf(':');
    const topic = colon < 0 ? payload : payload.slice(0, colon);
    const detail = colon < 0 ? null : payload.slice(colon + 1);
    for (const handler of this.handlers.get(topic) ?? []) handler(detail);
  }

  private forgetEverything(): void {
    for (const handlers of this.handlers.values()) for (const handler of handlers) handler(null);
  }

  /**
   * Resolves once every notification committed before the call has been handled. On PostgreSQL the
   * listening connection receives them in order, before the answer to a query sent after them; PGlite
   * delivers them while the committing statement runs.
   */
  async sync(): Promise<void> {
    await this.client?.query('SELECT 1').catch(() => undefined);
  }

  async onModuleInit(): Promise<void> {
    if (this.config.database.kind === 'postgres') {
      // A write of this process is seen by its own caches before its transaction's commit returns:
      // a client that writes then reads on the same replica never gets the answer from before.
      this.dataSource.subscribers.push({ afterTransactionCommit: () => this.sync() });
      await this.connect(this.config.database.url);
      return;
    }
    const pool = (this.dataSource.driver as unknown as { master: unknown }).master;
    if (!(pool instanceof PGlitePool)) return;
    this.unlisten = await pool.database.listen(CHANGE_CHANNEL, (payload) => this.publish(payload));
    this.live = true;
  }

  private async connect(url: string): Promise<void> {
    const client = new pg.Client({ connectionString: url, application_name: 'ropa cache listener' });
    const lost = (error?: unknown): void => {
      if (this.client !== client) return;
      this.client = null;
      this.live = false;
      this.forgetEverything();
      if (this.closing) return;
      this.log.warn(
        `Cache listener lost its connection (${error instanceof Error ? error.message : 'closed'}); caches are bypassed until it is back.`,
      );
      void client.end().catch(() => undefined);
      this.scheduleReconnect(url);
    };
    client.on('notification', (message) => {
      if (message.channel === CHANGE_CHANNEL && message.payload !== undefined) this.publish(message.payload);
    });
    client.on('error', lost);
    client.on('end', () => lost());
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGE_CHANNEL}`);
    } catch (error) {
      this.log.warn(`Cache listener cannot connect (${error instanceof Error ? error.message : String(error)}); retrying.`);
      void client.end().catch(() => undefined);
      this.scheduleReconnect(url);
      return;
    }
    this.client = client;
    // Anything cached before (while not live) may have missed a change.
    this.forgetEverything();
    this.live = true;
  }

  private scheduleReconnect(url: string): void {
    if (this.closing || this.reconnect) return;
    this.reconnect = setTimeout(() => {
      this.reconnect = null;
      void this.connect(url);
    }, RECONNECT_MS);
    this.reconnect.unref();
  }

  async onModuleDestroy(): Promise<void> {
    this.closing = true;
    this.live = false;
    if (this.reconnect) clearTimeout(this.reconnect);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
    await this.unlisten?.().catch(() => undefined);
  }
}
