import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bearer, startTestApp, type TestApp } from './support/app';
import { createExamplePolicy, importExample } from './support/example-registry';

interface Health {
  counts: Record<string, number>;
  errors: number;
  warnings: number;
  entries: { entityType: string; entityId: string; name: string; errors: number; warnings: number; rules: string[] }[];
  policies: {
    id: string;
    title: string;
    publishable: boolean;
    errors: number;
    blockedBy: { rule: string; entityId: string; name: string }[];
  }[];
}

describe('GET /compliance/summary: the record health a DPO looks at first', () => {
  let t: TestApp;
  const summary = async (): Promise<Health> => {
    const res = await t.http.get('/api/v1/compliance/summary').set(...bearer(t.keys.reader));
    expect(res.status).toBe(200);
    return res.body as Health;
  };

  beforeAll(async () => {
    t = await startTestApp();
    await importExample(t.http, t.keys.dpo);
  });
  afterAll(async () => {
    await t.close();
  });

  it('counts the entries, names those with findings, and says which policy can be published and what blocks it', async () => {
    const policy = await createExamplePolicy(t.http, t.keys.dpo, { title: 'Customers' });
    const activities = (await t.http.get('/api/v1/processing-activities?limit=100').set(...bearer(t.keys.reader))).body.items as {
      id: string;
      ref: string;
      name: string;
      status: string;
      retentionRuleId: string | null;
    }[];
    const healthy = await summary();
    expect(healthy.counts.activeProcessingActivities).toBe(activities.filter((a) => a.status === 'active').length);
    expect(healthy.counts.services).toBe((await t.http.get('/api/v1/services').set(...bearer(t.keys.reader))).body.items.length);
    expect(healthy.errors).toBe(0);
    // The example's one warning (a DPIA to consider) is named, not an id to look up.
    expect(healthy.entries.every((e) => e.errors === 0 && e.name !== e.entityId)).toBe(true);
    expect(healthy.warnings).toBe(healthy.entries.reduce((sum, e) => sum + e.warnings, 0));
    expect(healthy.policies).toEqual([
      expect.objectContaining({ id: policy.id, title: 'Customers', publishable: true, errors: 0, blockedBy: [] }),
    ]);

    const broken = activities.find((a) => a.retentionRuleId !== null)!;
    await t.http
      .patch(`/api/v1/processing-activities/${broken.id}`)
      .set(...bearer(t.keys.dpo))
      .send({ retentionRuleId: null })
      .expect(200);
    const ill = await summary();
    expect(ill.errors).toBeGreaterThan(0);
    expect(ill.entries[0]).toMatchObject({
      entityType: 'processing_activity',
      entityId: broken.id,
      entityRef: broken.ref,
      name: broken.name,
      errors: 1,
    });
    expect(ill.entries[0].rules[0]).toBe('activity-retention');
    const [blocked] = ill.policies;
    expect(blocked).toMatchObject({ id: policy.id, publishable: false, errors: 1 });
    expect(blocked.blockedBy).toEqual([
      { rule: 'activity-retention', entityType: 'processing_activity', entityId: broken.id, entityRef: broken.ref, name: broken.name },
    ]);
    // What the summary says is what publishing does.
    const refused = await t.http
      .post(`/api/v1/policies/${policy.id}/versions`)
      .set(...bearer(t.keys.dpo))
      .send({ changeSummary: 'First', material: false });
    expect(refused.status).toBe(422);
  });
});
