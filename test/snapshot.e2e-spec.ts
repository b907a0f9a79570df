import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { QueryRunner } from 'typeorm';
import { toPlainItem } from '../src/registry/shared/plain-item';
import { RESOURCE_DEFINITIONS } from '../src/registry/shared/resource-registry';
import { byNameThenId } from '../src/domain/order';
import { SNAPSHOT_PAGE_SIZE, SnapshotService } from '../src/snapshot/snapshot.service';
import { bearer, startTestApp, type TestApp } from './support/app';
import { importExample } from './support/example-registry';

/** A registry document with n activities sharing a few categories, subjects and recipients. */
function registry(n: number, prefix: string): object {
  return {
    format: 'ropa-registry/1',
    services: [{ ref: 's', name: `${prefix} service`, slug: `${prefix}-service` }],
    dataCategories: [{ ref: 'c', name: `${prefix} category`, collection: 'provided' }],
    dataSubjectCategories: [{ ref: 'd', name: `${prefix} subjects` }],
    recipients: [{ ref: 'r', name: `${prefix} recipient`, type: 'processor', country: 'DE' }],
    processingActivities: Array.from({ length: n }, (_, i) => ({
      ref: `a${i}`,
      name: `${prefix} activity ${i}`,
      purpose: 'x',
      role: 'controller',
      status: 'active',
      legalBasis: 'art6_1_b',
      dataCategoryIds: ['c'],
      dataSubjectCategoryIds: ['d'],
      recipientIds: ['r'],
      serviceIds: ['s'],
    })),
  };
}

describe('the snapshot loader', () => {
  let t: TestApp;
  let queries = 0;

  beforeAll(async () => {
    t = await startTestApp();
    // Count every query of every query runner the data source hands out from here on.
    const create = t.dataSource.createQueryRunner.bind(t.dataSource);
    t.dataSource.createQueryRunner = (...args: Parameters<typeof create>): QueryRunner => {
      const runner = create(...args);
      const query = runner.query.bind(runner);
      runner.query = ((...q: Parameters<typeof query>) => {
        queries += 1;
        return query(...q);
      }) as typeof runner.query;
      return runner;
    };
  });
  afterAll(async () => {
    await t.close();
  });

  const countFor = async (): Promise<{ queries: number; activities: number }> => {
    queries = 0;
    const snapshot = await t.app.get(SnapshotService).now();
    return { queries, activities: snapshot.processingActivities.length };
  };

  it('reads the whole registry in one query per table and per page of rows, never one per item', async () => {
    await t.http
      .post('/api/v1/imports/ropa')
      .set(...bearer(t.keys.dpo))
      .send(registry(10, 'small'))
      .expect(200);
    const small = await countFor();
    expect(small.activities).toBe(10);
    await t.http
      .post('/api/v1/imports/ropa?replace=true')
      .set(...bearer(t.keys.dpo))
      .send(registry(1000, 'large'))
      .expect(200);
    const large = await countFor();
    expect(large.activities).toBe(1000);
    // 1,000 activities are four full pages of the activity table, then one query that finds no more
    expect(SNAPSHOT_PAGE_SIZE).toBe(250);
    // (and the query that finds the change, an import, too large to apply entry by entry)
    expect(large.queries).toBe(small.queries + 1000 / SNAPSHOT_PAGE_SIZE + 1);
    // The registry version (read by the caller, then again inside the build), BEGIN, isolation level,
    // one query per table (controller and ten resources), COMMIT
    expect(small.queries).toBeLessThanOrEqual(16);
  });

  it('holds every item exactly as TypeORM reads the entity, timestamps included', async () => {
    await importExample(t.http, t.keys.dpo, { replace: true });
    // a second version, with timestamps written by another statement
    const { body: list } = await t.http
      .get('/api/v1/processing-activities?limit=1')
      .set(...bearer(t.keys.dpo))
      .expect(200);
    const first = (list as { items: { id: string; version: number }[] }).items[0]!;
    await t.http
      .patch(`/api/v1/processing-activities/${first.id}`)
      .set(...bearer(t.keys.dpo))
      .set('If-Match', `"${first.version}"`)
      .send({ description: 'Edited after the import.' })
      .expect(200);

    const snapshot = (await t.app.get(SnapshotService).now()) as unknown as Record<string, unknown[]>;
    let items = 0;
    for (const def of RESOURCE_DEFINITIONS) {
      const entities = await t.dataSource.getRepository(def.entity).find();
      const expected = entities.map((e) => toPlainItem(e) as { id: string; name?: string }).sort(byNameThenId);
      expect(snapshot[def.collection]).toEqual(expected);
      items += expected.length;
    }
    expect(items).toBeGreaterThan(30);
  });
});
