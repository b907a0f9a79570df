import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { QueryRunner } from 'typeorm';
import { SnapshotService } from '../src/snapshot/snapshot.service';
import { bearer, startTestApp, type TestApp } from './support/app';

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

  it('reads the whole registry in the same fixed number of queries at 10 and at 1,000 activities', async () => {
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
    expect(large.queries).toBe(small.queries);
    // BEGIN, isolation level, one query per table (controller and nine resources), COMMIT
    expect(small.queries).toBeLessThanOrEqual(13);
  });
});
