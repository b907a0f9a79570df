import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { exampleId } from '../src/examples/example-ids';
import { loadExampleIfEmpty, policiesFileOf } from '../src/examples/example-loader';
import { ImportService } from '../src/import/import.service';
import { PoliciesService } from '../src/policy/policies.service';
import { policiesResource } from '../src/policy/policies.resource';
import type { PolicyEntity } from '../src/policy/policy.entity';
import { type RegistryService, registryServiceToken } from '../src/registry/shared/registry.service';
import { bearer, startTestApp, type TestApp } from './support/app';
import { exampleRegistry } from './support/example-registry';

describe('the example at first start: the LiveChat policy in English and Polish', () => {
  const apps: TestApp[] = [];
  afterAll(async () => {
    for (const app of apps) await app.close();
  });

  it('creates the example policy with languages en and pl and publishes both', async () => {
    const t = await startTestApp({ ROPA_LOAD_EXAMPLE: 'true' });
    apps.push(t);
    const policyId = exampleId('policy', 'pol-instagram');
    const policy = await t.http
      .get(`/api/v1/policies/${policyId}`)
      .set(...bearer(t.keys.reader))
      .expect(200);
    expect(policy.body).toMatchObject({ language: 'en', languages: ['en', 'pl'] });
    const versions = await t.http
      .get(`/api/v1/policies/${policyId}/versions`)
      .set(...bearer(t.keys.reader))
      .expect(200);
    expect(versions.body).toHaveLength(1);
    expect(versions.body[0].languages.map((l: { language: string }) => l.language)).toEqual(['en', 'pl']);
    const polish = await t.http.get('/api/v1/public/policies/livechat-instagram').set('Accept-Language', 'pl-PL,pl;q=0.9').expect(200);
    expect(polish.headers['content-language']).toBe('pl');
    const english = await t.http.get('/api/v1/public/policies/livechat-instagram').expect(200);
    expect(english.headers['content-language']).toBe('en');
  });

  it('leaves a policy with compliance errors unpublished, and the start goes on', async () => {
    const t = await startTestApp();
    apps.push(t);
    const dir = mkdtempSync(join(tmpdir(), 'ropa-example-'));
    try {
      const registry = exampleRegistry();
      const contact = registry.processingActivities.find((a) => a.ref === 'act-contact');
      if (!contact) throw new Error('act-contact is not in the example');
      contact.retentionRuleId = null;
      const file = join(dir, 'registry.json');
      writeFileSync(file, JSON.stringify(registry));
      writeFileSync(policiesFileOf(file), readFileSync(join(process.cwd(), 'examples/livechat-instagram.policies.json')));
      const loaded = await loadExampleIfEmpty(
        {
          imports: t.app.get(ImportService),
          policies: t.app.get(PoliciesService),
          policyCrud: t.app.get<RegistryService<PolicyEntity>>(registryServiceToken(policiesResource), { strict: false }),
        },
        file,
      );
      expect(loaded).toBe(true);
      const policyId = exampleId('policy', 'pol-instagram');
      const versions = await t.http
        .get(`/api/v1/policies/${policyId}/versions`)
        .set(...bearer(t.keys.reader))
        .expect(200);
      expect(versions.body).toEqual([]);
      await t.http.get('/api/v1/public/policies/livechat-instagram').expect(404);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
