import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from './support/app';

describe('transactions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('leaves nothing of a transaction rolled back while another commits concurrently', async () => {
    let releaseRollback!: () => void;
    const rollbackMayFail = new Promise<void>((resolve) => (releaseRollback = resolve));
    const failing = t.dataSource.transaction(async (manager) => {
      await manager.query(`INSERT INTO service (name, slug, version) VALUES ('Rolled back', 'rolled-back', 1)`);
      await rollbackMayFail;
      throw new Error('abort');
    });
    const committing = t.dataSource.transaction(async (manager) => {
      await manager.query(`INSERT INTO service (name, slug, version) VALUES ('Committed', 'committed', 1)`);
    });
    // Give the committing transaction every chance to run while the other is still open.
    await new Promise((resolve) => setTimeout(resolve, 50));
    releaseRollback();
    await expect(failing).rejects.toThrow('abort');
    await committing;
    const rows: { slug: string }[] = await t.dataSource.query(
      `SELECT slug FROM service WHERE slug IN ('rolled-back', 'committed') ORDER BY slug`,
    );
    expect(rows.map((r) => r.slug)).toEqual(['committed']);
  });

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
