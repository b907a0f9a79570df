import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../src/audit/audit.service';
import { startTestApp, type TestApp } from './support/app';

describe('transactions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const insertService = (manager: EntityManager, slug: string) =>
    manager.query(`INSERT INTO service (name, slug, ref, version) VALUES ($1, $1, $1, 1)`, [slug]);
  const servicesNamed = async (...slugs: string[]): Promise<string[]> =>
    ((await t.dataSource.query(`SELECT slug FROM service WHERE slug = ANY($1) ORDER BY slug`, [slugs])) as { slug: string }[]).map(
      (r) => r.slug,
    );
  const gate = (): { open: () => void; opened: Promise<void> } => {
    let open!: () => void;
    const opened = new Promise<void>((resolve) => (open = resolve));
    return { open, opened };
  };

  it('leaves nothing of a transaction rolled back after another, started alongside it, committed', async () => {
    const rollback = gate();
    const failing = t.dataSource.transaction(async (manager) => {
      await insertService(manager, 'late-rollback');
      await rollback.opened;
      throw new Error('abort');
    });
    const committing = t.dataSource.transaction((manager) => insertService(manager, 'early-commit'));
    // Give the committing transaction every chance to run while the other is still open.
    await new Promise((resolve) => setTimeout(resolve, 50));
    rollback.open();
    await expect(failing).rejects.toThrow('abort');
    await committing;
    expect(await servicesNamed('late-rollback', 'early-commit')).toEqual(['early-commit']);
  });

  it('keeps the commit of a transaction that finishes after another, started alongside it, rolled back', async () => {
    const commit = gate();
    const committing = t.dataSource.transaction(async (manager) => {
      await insertService(manager, 'late-commit');
      await commit.opened;
    });
    const failing = t.dataSource.transaction(async (manager) => {
      await insertService(manager, 'early-rollback');
      throw new Error('abort');
    });
    // On PostgreSQL both run at once; PGlite lends its one session to one transaction at a time.
    const rejected = expect(failing).rejects.toThrow('abort');
    await new Promise((resolve) => setTimeout(resolve, 50));
    commit.open();
    await rejected;
    await committing;
    expect(await servicesNamed('late-commit', 'early-rollback')).toEqual(['late-commit']);
  });

  it('rolls back every statement of a transaction when a later one in it fails', async () => {
    const services = async () => Number(((await t.dataSource.query('SELECT count(*)::text AS n FROM service')) as { n: string }[])[0].n);
    const before = await services();
    const failing = t.dataSource.transaction(async (manager) => {
      await insertService(manager, 'half-written');
      await manager.query(`INSERT INTO audit_event (seq) VALUES (NULL)`);
    });
    await expect(failing).rejects.toThrow();
    expect(await services()).toBe(before);
    expect(await servicesNamed('half-written')).toEqual([]);
  });

  // PGlite knows the GUC 'jit' as PostgreSQL does (default on, settable, transaction-local with set_config(..., true)),
  // so the same assertions hold on both. It is built without LLVM, though (pg_jit_available() is false): there
  // the setting changes nothing, while on a server with LLVM it stops the compiling a registry write gains nothing from.
  it.each(['commit', 'rollback'] as const)(
    'runs a registry write with JIT off and its lock timeout, for that transaction only (%s)',
    async (end) => {
      type Settings = { jit: string; lock_timeout: string; lock_timeout_ms: number };
      const runner = t.dataSource.createQueryRunner();
      // One query runner holds one session throughout, so "after" reads the session the transaction ran on.
      await runner.connect();
      const settings = async (): Promise<Settings> =>
        (
          (await runner.query(
            `SELECT current_setting('jit') AS jit, current_setting('lock_timeout') AS lock_timeout,
                    (extract(epoch FROM current_setting('lock_timeout')::interval) * 1000)::float8 AS lock_timeout_ms`,
          )) as Settings[]
        )[0];
      try {
        const before = await settings();
        // Were the session's own values those lockRegistry sets, the check that they come back could not fail.
        expect(before.jit).not.toBe('off');
        expect(before.lock_timeout_ms).not.toBe(t.config.lockTimeoutMs);
        await runner.startTransaction();
        await t.app.get(AuditService).lockRegistry(runner.manager);
        const inside = await settings();
        if (end === 'commit') await runner.commitTransaction();
        else await runner.rollbackTransaction();
        expect(inside.jit).toBe('off');
        expect(inside.lock_timeout_ms).toBe(t.config.lockTimeoutMs);
        expect(await settings()).toEqual(before);
      } finally {
        if (runner.isTransactionActive) await runner.rollbackTransaction();
        await runner.release();
      }
    },
  );

  it('refuses UPDATE and DELETE of audit events in the database itself', async () => {
    await t.http
      .post('/api/v1/services')
      .set('Authorization', `Bearer ${t.keys.dpo}`)
      .send({ name: 'Audited', slug: 'audited' })
      .expect(201);
    await expect(t.dataSource.query(`UPDATE audit_event SET action = 'delete'`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
    const count: { n: string }[] = await t.dataSource.query(`SELECT count(*)::text AS n FROM audit_event`);
    expect(Number(count[0].n)).toBeGreaterThan(0);
  });
});
