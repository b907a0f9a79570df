import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type TestAgent from 'supertest/lib/agent';
import { bearer } from './app';

const example = JSON.parse(readFileSync(join(process.cwd(), 'examples/livechat-instagram.json'), 'utf8')) as object;

export interface PublishedPolicy {
  policyId: string;
  serviceId: string;
  slug: string;
  publicUrl: string;
}

/** Loads the example registry and publishes its service's English policy, in effect since yesterday. */
export async function publishExamplePolicy(http: TestAgent, dpoKey: string): Promise<PublishedPolicy> {
  const imported = await http
    .post('/api/v1/imports/ropa')
    .set(...bearer(dpoKey))
    .send(example);
  if (imported.status !== 200) throw new Error(`import: ${imported.status} ${JSON.stringify(imported.body)}`);
  const services = await http.get('/api/v1/services').set(...bearer(dpoKey));
  const service = services.body.items[0] as { id: string; slug: string };
  const policy = await http
    .post('/api/v1/policies')
    .set(...bearer(dpoKey))
    .send({ title: 'Privacy Policy', serviceId: service.id, language: 'en', options: { noticeDays: 30 } });
  if (policy.status !== 201) throw new Error(`policy: ${policy.status} ${JSON.stringify(policy.body)}`);
  const published = await http
    .post(`/api/v1/policies/${policy.body.id}/versions`)
    .set(...bearer(dpoKey))
    .send({ effectiveFrom: new Date(Date.now() - 86_400_000).toISOString(), changeSummary: 'First version', material: false });
  if (published.status !== 201) throw new Error(`publish: ${published.status} ${JSON.stringify(published.body)}`);
  return {
    policyId: policy.body.id as string,
    serviceId: service.id,
    slug: service.slug,
    publicUrl: `/api/v1/public/policies/${service.slug}`,
  };
}
