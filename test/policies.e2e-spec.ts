import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bearer, startTestApp, type TestApp } from './support/app';
import { createExamplePolicy, importExample, publishVersion } from './support/example-registry';

const DAY = 86_400_000;

describe('policies: preview, publication, versions and the public policy', () => {
  let t: TestApp;
  let policyId: string;
  let contactActivity: { id: string; retentionRuleId: string };
  const dpo = () => bearer(t.keys.dpo);
  const publish = (body: Record<string, unknown>) =>
    t.http
      .post(`/api/v1/policies/${policyId}/versions`)
      .set(...dpo())
      .send(body);
  const publicUrl = '/api/v1/public/policies/livechat-instagram';

  beforeAll(async () => {
    t = await startTestApp();
    await importExample(t.http, t.keys.dpo);
    const policy = await createExamplePolicy(t.http, t.keys.dpo, { title: 'LiveChat Instagram channel - Privacy Policy' });
    policyId = policy.id;
    const activities = await t.http.get('/api/v1/processing-activities?q=Answering').set(...dpo());
    contactActivity = activities.body.items[0];
  });
  afterAll(async () => {
    await t.close();
  });

  it('previews the draft in every format', async () => {
    const md = await t.http.get(`/api/v1/policies/${policyId}/preview?format=md`).set(...bearer(t.keys.reader));
    expect(md.headers['content-type']).toContain('text/markdown');
    expect(md.text).toContain('# LiveChat Instagram channel - Privacy Policy');
    const html = await t.http.get(`/api/v1/policies/${policyId}/preview?format=html&standalone=true`).set(...bearer(t.keys.reader));
    expect(html.headers['content-type']).toContain('text/html');
    expect(html.text).toMatch(/^<!doctype html>/);
    const json = await t.http.get(`/api/v1/policies/${policyId}/preview?format=json`).set(...bearer(t.keys.reader));
    expect(json.body.sections[0].blocks[0].sources[0]).toMatchObject({ type: 'controller' });
    const txt = await t.http.get(`/api/v1/policies/${policyId}/preview?format=txt`).set(...bearer(t.keys.reader));
    expect(txt.text).toContain('children under 16');
  });

  it('refuses a backdated version and a material first version (422 naming the field), writing nothing', async () => {
    const backdated = await publish({
      effectiveFrom: new Date(Date.now() - DAY).toISOString(),
      changeSummary: 'First version',
      material: false,
    });
    expect(backdated.status).toBe(422);
    expect(backdated.headers['content-type']).toContain('application/problem+json');
    expect(backdated.body.errors).toEqual([expect.objectContaining({ path: 'effectiveFrom' })]);
    const materialFirst = await publish({ changeSummary: 'We now use a new supplier for e-mail delivery.', material: true });
    expect(materialFirst.status).toBe(422);
    expect(materialFirst.body.errors).toEqual([expect.objectContaining({ path: 'material' })]);
    expect((await t.http.get(`/api/v1/policies/${policyId}/versions`).set(...dpo())).body).toEqual([]);
    const [{ count }] = await t.dataSource.query('SELECT count(*)::int AS count FROM policy_version');
    expect(count).toBe(0);
  });

  it('refuses to publish while a compliance error is in scope (422 with the findings), then publishes once it is fixed', async () => {
    await t.http
      .patch(`/api/v1/processing-activities/${contactActivity.id}`)
      .set(...dpo())
      .send({ retentionRuleId: null })
      .expect(200);
    const scoped = await t.http.get(`/api/v1/compliance/findings?policyId=${policyId}`).set(...bearer(t.keys.reader));
    expect(scoped.body.errors).toBe(1);
    const refused = await publish({
      changeSummary: 'First version',
      material: false,
    });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({
        rule: 'activity-retention',
        entityId: contactActivity.id,
        severity: 'error',
        article: 'Art. 30(1)(f), 13(2)(a)',
      }),
    ]);
    expect((await t.http.get(`/api/v1/policies/${policyId}/versions`).set(...dpo())).body).toEqual([]);

    await t.http
      .patch(`/api/v1/processing-activities/${contactActivity.id}`)
      .set(...dpo())
      .send({ retentionRuleId: contactActivity.retentionRuleId })
      .expect(200);
    const published = await publish({
      changeSummary: 'First version',
      material: false,
    });
    expect(published.status).toBe(201);
    expect(published.body).toMatchObject({ number: 1, material: false, contentHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('answers 409 when nothing changed since the last version', async () => {
    const res = await publish({
      effectiveFrom: new Date(Date.now() + 40 * DAY).toISOString(),
      changeSummary: 'Same again',
      material: false,
    });
    expect(res.status).toBe(409);
  });

  it('serves the version in effect publicly with ETag, Last-Modified and Cache-Control, and 304 for its ETag', async () => {
    const res = await t.http.get(`${publicUrl}?format=html`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.text).toContain('LiveChat Integrations');
    expect(res.headers['cache-control']).toMatch(/^public, max-age=\d+$/);
    expect(res.headers['last-modified']).toBeDefined();
    expect(res.headers['access-control-allow-origin']).toBe('*');
    const version = await t.http.get(`/api/v1/policies/${policyId}/versions/1?format=html`).set(...dpo());
    expect(res.text).toBe(version.text);
    const again = await t.http.get(`${publicUrl}?format=html`).set('If-None-Match', res.headers.etag);
    expect(again.status).toBe(304);
    expect(again.text ?? '').toBe('');
    const json = await t.http.get(`${publicUrl}?format=json`);
    expect(json.body.contentHash).toBe((await t.http.get(`/api/v1/policies/${policyId}/versions`).set(...dpo())).body[0].contentHash);
    expect(json.body.upcomingChange).toBeUndefined();
  });

  it('needs the notice period for a material change, then announces the scheduled version on the public policy', async () => {
    const recipient = await t.http
      .post('/api/v1/recipients')
      .set(...dpo())
      .send({ name: 'Mailer GmbH', type: 'processor', country: 'DE' });
    const read = await t.http.get(`/api/v1/processing-activities/${contactActivity.id}`).set(...dpo());
    await t.http
      .patch(`/api/v1/processing-activities/${contactActivity.id}`)
      .set(...dpo())
      .send({ recipientIds: [...read.body.recipientIds, recipient.body.id] })
      .expect(200);
    const tooSoon = await publish({
      effectiveFrom: new Date(Date.now() + 5 * DAY).toISOString(),
      changeSummary: 'A new e-mail supplier.',
      material: true,
    });
    expect(tooSoon.status).toBe(422);
    expect(tooSoon.body.errors[0].path).toBe('effectiveFrom');

    const before = await t.http.get(`${publicUrl}?format=html`);
    const effectiveFrom = new Date(Date.now() + 31 * DAY);
    const scheduled = await publish({
      effectiveFrom: effectiveFrom.toISOString(),
      changeSummary: 'A new e-mail supplier.',
      material: true,
    });
    expect(scheduled.status).toBe(201);
    expect(scheduled.body.number).toBe(2);

    const html = await t.http.get(`${publicUrl}?format=html`);
    expect(html.text).toContain('<aside class="ropa-notice" role="note">');
    expect(html.text).toContain('A new e-mail supplier.');
    expect(html.text).not.toContain('Mailer GmbH');
    expect(html.headers.etag).not.toBe(before.headers.etag);
    expect(html.headers['x-policy-upcoming-change']).toContain('version=2');
    await t.http.get(`${publicUrl}?format=html`).set('If-None-Match', before.headers.etag).expect(200);
    const json = await t.http.get(`${publicUrl}?format=json`);
    expect(json.body.upcomingChange).toEqual({ effectiveFrom: effectiveFrom.toISOString(), changeSummary: 'A new e-mail supplier.' });
  });

  it('lists versions and explains what changed between them, in words and as a text diff', async () => {
    const versions = await t.http.get(`/api/v1/policies/${policyId}/versions`).set(...bearer(t.keys.reader));
    expect(versions.body.map((v: { number: number; material: boolean }) => [v.number, v.material])).toEqual([
      [1, false],
      [2, true],
    ]);
    const diff = await t.http.get(`/api/v1/policies/${policyId}/versions/1/diff/2`).set(...bearer(t.keys.reader));
    expect(diff.status).toBe(200);
    expect(diff.body.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'added', entityType: 'recipient', message: expect.stringContaining('Mailer GmbH') }),
      ]),
    );
    expect(diff.body.text).toMatch(/^\+.*Mailer GmbH/m);
    await t.http
      .get(`/api/v1/policies/${policyId}/versions/9`)
      .set(...dpo())
      .expect(404);
  });

  it('keeps published versions immutable in the database', async () => {
    await expect(t.dataSource.query(`UPDATE policy_version SET change_summary = 'rewritten'`)).rejects.toThrow(/immutable/);
    await expect(t.dataSource.query(`DELETE FROM policy_version`)).rejects.toThrow(/immutable/);
    const res = await t.http.delete(`/api/v1/policies/${policyId}`).set(...dpo());
    expect(res.status).toBe(409);
  });

  it('answers 404 problem+json for a service without a published policy', async () => {
    const res = await t.http.get('/api/v1/public/policies/no-such-service');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('escapes registry strings in the HTML policy', async () => {
    const service = await t.http
      .post('/api/v1/services')
      .set(...dpo())
      .send({ name: 'Script test', slug: 'script-test' });
    const category = await t.http
      .post('/api/v1/data-categories')
      .set(...dpo())
      .send({ name: 'Plain', collection: 'provided' });
    const subject = await t.http
      .post('/api/v1/data-subject-categories')
      .set(...dpo())
      .send({ name: 'People' });
    await t.http
      .post('/api/v1/processing-activities')
      .set(...dpo())
      .send({
        name: '<script>alert(1)</script>',
        purpose: 'Testing <b>escapes</b> & "quotes"',
        role: 'controller',
        status: 'active',
        legalBasis: 'art6_1_b',
        requirement: { kind: 'contractual', consequences: null },
        serviceIds: [service.body.id],
        dataCategoryIds: [category.body.id],
        dataSubjectCategoryIds: [subject.body.id],
        notApplicable: { retention: 'Deleted at once.', securityMeasures: 'Nothing stored.' },
      })
      .expect(201);
    const policy = await createExamplePolicy(t.http, t.keys.dpo, { title: 'Script test', serviceId: service.body.id, options: undefined });
    await publishVersion(t.http, t.keys.dpo, policy.id, { changeSummary: 'x' });
    const html = await t.http.get('/api/v1/public/policies/script-test?format=html&standalone=true');
    expect(html.text).not.toContain('<script>alert(1)</script>');
    expect(html.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html.text).toContain('Testing &lt;b&gt;escapes&lt;/b&gt; &amp; &quot;quotes&quot;');
  });

  it("refuses an applicants' policy on a service where no activity concerns applicants: a notice is about someone (422)", async () => {
    const applicants = await t.http
      .post('/api/v1/data-subject-categories')
      .set(...dpo())
      .send({ name: 'Job applicants', usesServices: false })
      .expect(201);
    const policy = await createExamplePolicy(t.http, t.keys.dpo, { title: 'Applicants', dataSubjectCategoryIds: [applicants.body.id] });
    const refused = await t.http
      .post(`/api/v1/policies/${policy.id}/versions`)
      .set(...dpo())
      .send({ changeSummary: 'First version', material: false });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({
        rule: 'policy-scope-empty',
        severity: 'error',
        article: 'Art. 13(1)(c), 12(1)',
        entityType: 'data_subject_category',
        entityId: applicants.body.id,
        message: expect.stringContaining(
          '"Job applicants": a policy for them on service "LiveChat Instagram channel" holds no active activity',
        ),
      }),
    ]);
    expect((await t.http.get(`/api/v1/policies/${policy.id}/versions`).set(...dpo())).body).toEqual([]);
  });
});
