import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bearer, startTestApp, type TestApp } from './support/app';
import { publishExamplePolicy, type PublishedPolicy } from './support/example-registry';

interface Head {
  sequence: number;
  hash: string;
}

/**
 * The audit chain anchored outside itself: a hash chain shows that no event before its end was altered
 * or removed, never that its last events were not deleted. Each published version records the head,
 * shown in its public JSON; a signed head can be saved; verify fails once the trail no longer reaches either.
 */
describe('an anchored audit chain: truncating its last events is detected', () => {
  let t: TestApp;
  let published: PublishedPolicy;
  const auditor = () => bearer(t.keys.auditor);
  const verify = (query = '') => t.http.get(`/api/v1/audit-events/verify${query}`).set(...auditor());
  const anchorQuery = (head: Head) => `?anchorSequence=${head.sequence}&anchorHash=${head.hash}`;

  beforeAll(async () => {
    t = await startTestApp();
    published = await publishExamplePolicy(t.http, t.keys.dpo);
  });
  afterAll(async () => {
    await t.close();
  });

  it("records the chain's head at publication in the version, its audit event and its public JSON, outside its content hash", async () => {
    const head = published.version.auditHead as Head;
    expect(head).toEqual({ sequence: expect.any(Number), hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    // The last event before the version's own: the next one is the publication, whose after-state holds the head.
    const events = await t.http
      .get(`/api/v1/audit-events?limit=500`)
      .set(...auditor())
      .expect(200);
    const bySeq = new Map(
      (events.body.items as { seq: number; hash: string; entityType: string; after: Record<string, unknown> }[]).map((e) => [e.seq, e]),
    );
    expect(bySeq.get(head.sequence)?.hash).toBe(head.hash);
    expect(bySeq.get(head.sequence + 1)?.entityType).toBe('policy_version');
    expect(bySeq.get(head.sequence + 1)?.after.auditHead).toEqual(head);

    const versions = await t.http
      .get(`/api/v1/policies/${published.policyId}/versions`)
      .set(...bearer(t.keys.reader))
      .expect(200);
    expect(versions.body[0].auditHead).toEqual(head);
    const json = await t.http.get(`${published.publicUrl}?format=json`).expect(200);
    const document = JSON.parse(json.text) as { auditHead: Head; contentHash: string };
    expect(document.auditHead).toEqual(head);
    // The head is metadata beside the document: the content hash is still that of the document alone.
    expect(document.contentHash).toBe(published.version.contentHash);
    // The other renderings are text for readers: they name no hash.
    const html = await t.http.get(published.publicUrl).expect(200);
    expect(html.text).not.toContain(head.hash);
  });

  it("signs the head with the instance's audit-head secret over the documented string", async () => {
    const res = await t.http
      .get('/api/v1/audit-events/head')
      .set(...auditor())
      .expect(200);
    const last = await verify().expect(200);
    expect(res.body).toEqual({
      sequence: last.body.events,
      hash: last.body.lastHash,
      at: expect.any(String),
      signature: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const [row] = (await t.dataSource.query(`SELECT secret FROM signing_secret WHERE name = 'audit-head'`)) as { secret: string }[];
    const key = Buffer.from(row.secret, 'base64url');
    const signed = `ropa-audit-head:v1\n${res.body.sequence}\n${res.body.hash}\n${res.body.at}`;
    expect(res.body.signature).toBe(createHmac('sha256', key).update(signed).digest('hex'));
    // Not the preview links' secret: whoever checks heads cannot forge a preview link.
    const preview = (await t.dataSource.query(`SELECT secret FROM signing_secret WHERE name = 'policy-preview'`)) as { secret: string }[];
    expect(preview.map((p) => p.secret)).not.toContain(row.secret);
    await t.http
      .get('/api/v1/audit-events/head')
      .set(...bearer(t.keys.reader))
      .expect(403);
  });

  it('refuses a half or malformed anchor with a 400 naming the field', async () => {
    const hash = 'a'.repeat(64);
    const cases: [string, string][] = [
      ['?anchorSequence=3', 'anchorHash'],
      [`?anchorHash=${hash}`, 'anchorSequence'],
      [`?anchorSequence=0&anchorHash=${hash}`, 'anchorSequence'],
      [`?anchorSequence=x&anchorHash=${hash}`, 'anchorSequence'],
      ['?anchorSequence=3&anchorHash=xyz', 'anchorHash'],
      [`?anchorSequence=3&anchorHash=${hash.toUpperCase()}`, 'anchorHash'],
    ];
    for (const [query, field] of cases) {
      const res = await verify(query);
      expect({ query, status: res.status, paths: (res.body.errors as { path: string }[]).map((e) => e.path) }).toEqual({
        query,
        status: 400,
        paths: [field],
      });
    }
  });

  it('fails verify with the anchor of the last published version once the last events are deleted', async () => {
    const anchor = published.version.auditHead as Head;
    const saved = (
      await t.http
        .get('/api/v1/audit-events/head')
        .set(...auditor())
        .expect(200)
    ).body as Head;
    expect(await verify(anchorQuery(anchor)).expect(200)).toMatchObject({
      body: { ok: true, anchor: { ...anchor, reached: true } },
    });
    // Later writes leave the anchor reached.
    await t.http
      .post('/api/v1/services')
      .set(...bearer(t.keys.dpo))
      .send({ name: 'After publication', slug: 'after-publication' })
      .expect(201);
    expect((await verify(anchorQuery(anchor))).body.ok).toBe(true);
    expect((await verify(anchorQuery(saved))).body.ok).toBe(true);
    // Another trail's (or a forged) hash at that sequence: reached, but not the same chain.
    const other = await verify(anchorQuery({ sequence: anchor.sequence, hash: 'b'.repeat(64) }));
    expect(other.body).toMatchObject({ ok: false, brokenAt: anchor.sequence, anchor: { reached: true } });

    // Someone with the database deletes the trail's last events, from the anchored one on.
    await t.dataSource.query('ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update');
    await t.dataSource.query('DELETE FROM audit_event WHERE seq >= $1', [anchor.sequence]);
    await t.dataSource.query('ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update');

    // The chain alone still verifies: what is left is untouched.
    expect((await verify()).body).toMatchObject({ ok: true, events: anchor.sequence - 1 });
    const anchored = await verify(anchorQuery(anchor)).expect(200);
    expect(anchored.body).toEqual({
      ok: false,
      events: anchor.sequence - 1,
      brokenAt: anchor.sequence,
      reason: `the chain ends at event ${anchor.sequence - 1}, before the anchor's event ${anchor.sequence}: events were removed from its end`,
      anchor: { ...anchor, reached: false },
    });
    // The public JSON still shows the anchor (the version is immutable), so any reader of it can check.
    const json = JSON.parse((await t.http.get(`${published.publicUrl}?format=json`).expect(200)).text) as { auditHead: Head };
    expect(json.auditHead).toEqual(anchor);
    expect((await verify(anchorQuery(saved))).body).toMatchObject({ ok: false, anchor: { reached: false } });
  });
});
