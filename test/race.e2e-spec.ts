import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bearer, startTestApp, type TestApp } from './support/app';
import { Factories } from './support/factories';

describe('concurrent edits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('lets exactly one of 20 concurrent PATCHes with the same If-Match through; the rest get 412', async () => {
    const activity = await new Factories(t.http, t.keys.dpo).processingActivity();
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.http
          .patch(`/api/v1/processing-activities/${activity.id}`)
          .set(...bearer(t.keys.dpo))
          .set('If-Match', '"1"')
          .send({ purpose: `Edit number ${i}` }),
      ),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 412)).toHaveLength(19);
    for (const lost of responses.filter((r) => r.status === 412)) {
      expect(lost.headers['content-type']).toContain('application/problem+json');
      expect(lost.body.currentVersion).toBe(2);
    }
    const winner = responses.find((r) => r.status === 200);
    expect(winner?.headers.etag).toBe('"2"');
    const current = await t.http.get(`/api/v1/processing-activities/${activity.id}`).set(...bearer(t.keys.reader));
    expect(current.body.version).toBe(2);
    expect(current.body.purpose).toBe(winner?.body.purpose);
    const events = await t.http.get(`/api/v1/audit-events?entityId=${activity.id}`).set(...bearer(t.keys.auditor));
    expect(events.body.items.map((e: { action: string; version: number }) => [e.action, e.version])).toEqual([
      ['create', 1],
      ['update', 2],
    ]);
    expect(events.body.items[1].after.purpose).toBe(winner?.body.purpose);
  });
});
