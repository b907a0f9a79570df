import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bearer, startTestApp, type TestApp } from './support/app';
import { createExamplePolicy, importExample } from './support/example-registry';

/**
 * A sub-processor that our processor outside the EEA engaged (issue 23 item 1): recorded with `engagedBy` (id or
 * ref), shown as that processor's onward transfer (Art. 44) in the notice and the record, never as a transfer of
 * ours, and never asked for a transfer mechanism of ours.
 */
describe('a sub-processor engaged by our processor abroad', () => {
  let t: TestApp;
  let policyId: string;
  const dpo = () => bearer(t.keys.dpo);

  beforeAll(async () => {
    t = await startTestApp();
    await importExample(t.http, t.keys.dpo);
    const processor = await t.http
      .post('/api/v1/recipients')
      .set(...dpo())
      .send({ name: 'Helpdesk Inc.', ref: 'rcp-helpdesk', type: 'processor', country: 'US', dpfCertified: true, legalEntity: true });
    expect(processor.status).toBe(201);
    const transfer = await t.http
      .post('/api/v1/transfers')
      .set(...dpo())
      .send({ recipientId: 'rcp-helpdesk', country: 'US', mechanism: 'dpf', copyAvailable: false });
    expect(transfer.status).toBe(201);
    const sub = await t.http
      .post('/api/v1/recipients')
      .set(...dpo())
      .send({
        name: 'Support Pvt Ltd',
        ref: 'rcp-support-in',
        type: 'sub_processor',
        country: 'IN',
        engagedBy: 'rcp-helpdesk',
        legalEntity: true,
      });
    expect(sub.status).toBe(201);
    expect(sub.body.engagedBy).toBe(processor.body.id);
    expect(sub.body.engagedByRecipient).toEqual({ id: processor.body.id, ref: 'rcp-helpdesk', name: 'Helpdesk Inc.' });
    const activity = await t.http
      .post('/api/v1/processing-activities')
      .set(...dpo())
      .send({
        name: 'Customer support desk',
        purpose: 'To answer the questions customers send to our support.',
        role: 'controller',
        status: 'active',
        legalBasis: 'art6_1_b',
        dataSubjectCategoryIds: ['ds-users'],
        dataCategoryIds: ['cat-contact'],
        recipientIds: ['rcp-helpdesk', 'rcp-support-in'],
        retentionRuleId: 'ret-reports',
        serviceIds: ['svc-instagram'],
      });
    expect(activity.status).toBe(201);
    policyId = (await createExamplePolicy(t.http, t.keys.dpo)).id;
  });
  afterAll(async () => {
    await t?.close();
  });

  it("says the sub-processor's leg is the processor's onward transfer under the DPF, in the notice and the record", async () => {
    const preview = await t.http.get(`/api/v1/policies/${policyId}/preview?format=md`).set(...dpo());
    expect(preview.status).toBe(200);
    expect(preview.text).toContain('Support Pvt Ltd (India), engaged by Helpdesk Inc.');
    expect(preview.text).toContain('principle on onward transfers');
    const csv = await t.http.get('/api/v1/exports/ropa?format=csv').set(...dpo());
    expect(csv.status).toBe(200);
    expect(csv.text).toContain('onward transfer by our processor Helpdesk Inc. (United States), not by us (Art. 44)');
    const findings = await t.http.get('/api/v1/compliance/findings').set(...dpo());
    const about = (findings.body as { items: { rule: string; entityRef: string | null }[] }).items.filter(
      (f) => f.entityRef === 'rcp-support-in',
    );
    expect(about.map((f) => f.rule)).not.toContain('recipient-transfer-missing');
  });

  it('refuses engagedBy on a recipient that is no sub-processor (400) and a ref that names nothing (422), changing nothing', async () => {
    const count = async () => ((await t.http.get('/api/v1/recipients?total=true').set(...dpo())).body as { total: number }).total;
    const before = await count();
    const notSub = await t.http
      .post('/api/v1/recipients')
      .set(...dpo())
      .send({ name: 'Mailer Inc.', type: 'processor', country: 'US', engagedBy: 'rcp-helpdesk' });
    expect(notSub.status).toBe(400);
    expect(notSub.body.errors.map((e: { path: string }) => e.path)).toEqual(['engagedBy']);
    const nobody = await t.http
      .post('/api/v1/recipients')
      .set(...dpo())
      .send({ name: 'Ghost Ltd', type: 'sub_processor', country: 'IN', engagedBy: 'rcp-nobody' });
    expect(nobody.status).toBe(422);
    expect(JSON.stringify(nobody.body.errors)).toContain('rcp-nobody');
    expect(await count()).toBe(before);
  });

  it('keeps the processor while a sub-processor names it (409)', async () => {
    const processor = await t.http.get('/api/v1/recipients?q=Helpdesk').set(...dpo());
    const id = (processor.body as { items: { id: string }[] }).items[0].id;
    const deleted = await t.http.delete(`/api/v1/recipients/${id}`).set(...dpo());
    expect(deleted.status).toBe(409);
  });
});
