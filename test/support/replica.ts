import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/setup';
import type { TestApp } from './app';

export interface Replica {
  app: NestFastifyApplication;
  http: TestAgent;
  dataSource: DataSource;
  close(): Promise<void>;
}

/** A second instance of the app on the same database (and schema) as `of`: another replica. */
export async function startReplica(of: TestApp): Promise<Replica> {
  const { app } = await createApp(of.config, { logger: false });
  await app.getHttpAdapter().getInstance().ready();
  return { app, http: request(app.getHttpServer()), dataSource: app.get(DataSource), close: () => app.close() };
}

/** Waits until `check` holds, polling; returns how long it took, or throws after `ms`. */
export async function within(ms: number, check: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await check()) return Date.now() - started;
    if (Date.now() - started > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
