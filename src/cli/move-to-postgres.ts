import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource, MigrationExecutor, type QueryRunner } from 'typeorm';
import { AppModule } from '../app.module';
import { AuditService } from '../audit/audit.service';
import type { ChainVerdict } from '../audit/audit-chain';
import type { AppConfig } from '../config/config';
import { advanceSequences, type CopiedTable, copyTable, tableChecksum, tablesInDependencyOrder } from '../database/copy-tables';
import { dataSourceOptions } from '../database/data-source-options';
import { ENTITIES } from '../entities';
import { ExportsService } from '../export/exports.service';
import { policyContentHash } from '../policy/document/render';
import type { PolicyDocument } from '../policy/document/model';

/** Raised when the move cannot start or did not verify; the CLI prints its message as one line. */
export class MoveRefused extends Error {}

export interface MoveReport {
  target: string;
  tables: CopiedTable[];
  chain: { source: ChainVerdict; target: ChainVerdict };
  /** Every published version's stored hash per language, recomputed from the document stored on the target */
  versions: { checked: number; mismatched: string[] };
  /** JSON exports of the record as of three past instants, compared byte for byte */
  asOf: { at: string; source: string; target: string }[];
  ok: boolean;
}

type Log = (line: string) => void;

/** postgres://user:secret@host/db → postgres://user:***@host/db, for what is printed */
export function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable URL)';
  }
}

/**
 * Copies the whole embedded database (the app in `source` runs on it) into an empty PostgreSQL database:
 * the schema by the same migrations, then every row of every table (registry, audit events with their
 * numbers and hashes, policies, versions and their stored renderings, keys as hashes, webhooks, deliveries,
 * signing secrets) in one transaction, which commits only when every table's row count and checksum match
 * the source's. Then the copy is checked as an auditor would: the audit chain verifies on the target, every
 * published version's hash is recomputed from its stored document, and the record as of three past instants
 * exports byte-identically from both.
 */
export async function moveToPostgres(source: INestApplicationContext, config: AppConfig, targetUrl: string, log: Log): Promise<MoveReport> {
  const shown = withoutPassword(targetUrl);
  const target = new DataSource(await dataSourceOptions({ kind: 'postgres', url: targetUrl }, ENTITIES));
  const sourceRunner = source.get(DataSource).createQueryRunner();
  let tables: CopiedTable[];
  try {
    await target.initialize();
    const [{ count }] = (await target.query(
      `SELECT count(*)::int AS "count" FROM information_schema.tables WHERE table_schema = current_schema()`,
    )) as { count: number }[];
    if (count > 0)
      throw new MoveRefused(
        `the target database is not empty (${count} table(s) in its schema): give a new, empty database, e.g. createdb ropa`,
      );
    await sourceRunner.connect();
    await sourceRunner.startTransaction('REPEATABLE READ');
    const targetRunner = target.createQueryRunner();
    await targetRunner.connect();
    try {
      await targetRunner.startTransaction();
      // Timestamps are compared as text: both sides write them in one zone.
      for (const runner of [sourceRunner, targetRunner]) await runner.query(`SET LOCAL TIME ZONE 'UTC'`);
      log(`creating the schema on ${shown}`);
      const migrations = new MigrationExecutor(target, targetRunner);
      migrations.transaction = 'all';
      await migrations.executePendingMigrations();
      tables = await copyEverything(sourceRunner, targetRunner, log);
      await targetRunner.commitTransaction();
    } catch (error) {
      if (targetRunner.isTransactionActive) await targetRunner.rollbackTransaction();
      throw error;
    } finally {
      await targetRunner.release();
    }
    await sourceRunner.commitTransaction();
  } finally {
    if (sourceRunner.isTransactionActive) await sourceRunner.rollbackTransaction();
    await sourceRunner.release();
    if (target.isInitialized) await target.destroy();
  }
  log('copied; verifying the copy through the app on PostgreSQL');
  const copy = await NestFactory.createApplicationContext(
    AppModule.forRoot({ ...config, database: { kind: 'postgres', url: targetUrl } }, { kind: 'cli', port: null }),
    { logger: ['error', 'warn'], abortOnError: false },
  );
  try {
    const chain = { source: await source.get(AuditService).verify(), target: await copy.get(AuditService).verify() };
    const versions = await recomputeVersionHashes(copy.get(DataSource));
    const asOf = await compareAsOfExports(source, copy);
    const ok =
      chain.target.ok &&
      chain.source.ok === chain.target.ok &&
      chain.source.events === chain.target.events &&
      versions.mismatched.length === 0 &&
      asOf.every((a) => a.source === a.target);
    return { target: shown, tables, chain, versions, asOf, ok };
  } finally {
    await copy.close();
  }
}

/** Copies table by table in foreign-key order, then compares count and checksum of each before the commit. */
async function copyEverything(source: QueryRunner, target: QueryRunner, log: Log): Promise<CopiedTable[]> {
  // TypeORM's own table of migrations was just written on the target by the same migrations.
  const tables = await tablesInDependencyOrder(source, ['migrations']);
  const targetTables = new Set((await tablesInDependencyOrder(target, ['migrations'])).map((t) => t.name));
  const missing = tables.filter((t) => !targetTables.has(t.name)).map((t) => t.name);
  if (missing.length > 0) throw new MoveRefused(`the migrations did not create ${missing.join(', ')} on the target`);
  const copied: CopiedTable[] = [];
  for (const table of tables) {
    const rows = await copyTable(source, target, table);
    log(`  ${table.name}: ${rows} row(s)`);
  }
  await advanceSequences(target, tables);
  for (const table of tables) {
    const [from, to] = [await tableChecksum(source, table), await tableChecksum(target, table)];
    if (from.rows !== to.rows || from.checksum !== to.checksum)
      throw new MoveRefused(
        `${table.name} did not copy exactly (${from.rows} row(s) in the source, ${to.rows} on the target): nothing was committed`,
      );
    copied.push(to);
  }
  return copied;
}

async function recomputeVersionHashes(target: DataSource): Promise<MoveReport['versions']> {
  const rows = (await target.query(
    `SELECT v.id, v.number, v.language, v.content_hash AS "contentHash", v.document FROM policy_version v
     UNION ALL
     SELECT v.id, v.number, l.language, l.content_hash, l.document
       FROM policy_version v JOIN policy_version_language l ON l.policy_version_id = v.id
     ORDER BY 1, 3`,
  )) as { id: string; number: number; language: string; contentHash: string; document: PolicyDocument }[];
  const mismatched = rows
    .filter((r) => policyContentHash(r.document) !== r.contentHash)
    .map((r) => `version ${r.number} (${r.id}) in ${r.language}`);
  return { checked: rows.length, mismatched };
}

/** The instants a third, two thirds and all the way through the audit trail (fewer for a short trail). */
async function pastInstants(source: INestApplicationContext): Promise<Date[]> {
  const rows = (await source.get(DataSource).query(`SELECT at FROM audit_event ORDER BY seq`)) as { at: Date }[];
  if (rows.length === 0) return [];
  const picks = new Set([Math.floor((rows.length - 1) / 3), Math.floor(((rows.length - 1) * 2) / 3), rows.length - 1]);
  return [...picks].map((i) => new Date(rows[i].at));
}

async function compareAsOfExports(source: INestApplicationContext, copy: INestApplicationContext): Promise<MoveReport['asOf']> {
  const now = new Date();
  const digest = async (app: INestApplicationContext, at: Date): Promise<string> => {
    const file = await app.get(ExportsService).prepare('json', 'controller', at, now);
    const hash = createHash('sha256');
    await file.write(
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          hash.update(chunk);
          done();
        },
      }),
    );
    return hash.digest('hex');
  };
  const compared: MoveReport['asOf'] = [];
  for (const at of await pastInstants(source))
    compared.push({ at: at.toISOString(), source: await digest(source, at), target: await digest(copy, at) });
  return compared;
}
