import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type TestAgent from 'supertest/lib/agent';
import type { RopaDocument } from '../../src/domain/ropa-document';
import type { ImportResultResponse } from '../../src/import/dto/import-result.response';
import type { PolicyResponse } from '../../src/policy/dto/policy.response';
import type { PolicyVersionResponse } from '../../src/policy/dto/policy-version.response';
import { bearer } from './app';

/**
 * The example registry (examples/livechat-instagram.json) and the steps most e2e suites start with:
 * import it, write a policy for its service, publish a first version. Each step throws an Error with
 * the status and the body when the answer is not the one it expects, so a broken setup says why.
 */

/** Parsed once; handed out as copies, since some suites change it before they import it. */
const EXAMPLE = JSON.parse(readFileSync(join(process.cwd(), 'examples/livechat-instagram.json'), 'utf8')) as RopaDocument;

/** The slug of the example's only service; its public policy is at `/api/v1/public/policies/livechat-instagram`. */
export const EXAMPLE_SERVICE_SLUG = EXAMPLE.services[0].slug;

/** A fresh deep copy of the example document, for the caller to change as it likes. */
export function exampleRegistry(): RopaDocument {
  return structuredClone(EXAMPLE);
}

/** `{status, body}` of an answer that was not the expected one, as the message of an Error. */
function unexpected(step: string, res: { status: number; body: unknown }): Error {
  return new Error(`${step}: ${res.status} ${JSON.stringify(res.body)}`);
}

/** POSTs the example document to /imports/ropa (`query`: dryRun, replace) and returns the 200 body. */
export async function importExample(
  http: TestAgent,
  key: string,
  query: { dryRun?: boolean; replace?: boolean } = {},
): Promise<ImportResultResponse> {
  const params = new URLSearchParams(Object.entries(query).map(([name, value]): [string, string] => [name, String(value)])).toString();
  const res = await http
    .post(`/api/v1/imports/ropa${params ? `?${params}` : ''}`)
    .set(...bearer(key))
    .send(EXAMPLE);
  if (res.status !== 200) throw unexpected('import the example', res);
  return res.body as ImportResultResponse;
}

export interface ExampleService {
  id: string;
  slug: string;
  name: string;
}

/** The example's service as the registry holds it (one GET /services). */
export async function exampleService(http: TestAgent, key: string): Promise<ExampleService> {
  const res = await http.get('/api/v1/services').set(...bearer(key));
  if (res.status !== 200) throw unexpected('list the services', res);
  const service = (res.body.items as ExampleService[]).find((s) => s.slug === EXAMPLE_SERVICE_SLUG);
  if (!service) throw new Error(`no service with the slug ${EXAMPLE_SERVICE_SLUG}: ${JSON.stringify(res.body)}`);
  return service;
}

/** The body of POST /policies; a key given as undefined is left out of the request. */
export interface PolicyInput {
  title?: string;
  serviceId?: string | null;
  dataSubjectCategoryIds?: string[];
  language?: string;
  languages?: string[];
  options?: { noticeDays?: number; contactEmail?: string | null; minimumAge?: number | null };
  translations?: Record<string, { title: string }>;
}

/**
 * Creates a policy: "Privacy Policy", in English, with 30 days' notice, for the example's service
 * (looked up with one GET /services unless `serviceId` is given); returns the 201 body.
 */
export async function createExamplePolicy(http: TestAgent, key: string, overrides: PolicyInput = {}): Promise<PolicyResponse> {
  const serviceId = 'serviceId' in overrides ? overrides.serviceId : (await exampleService(http, key)).id;
  const res = await http
    .post('/api/v1/policies')
    .set(...bearer(key))
    .send({ title: 'Privacy Policy', language: 'en', options: { noticeDays: 30 }, ...overrides, serviceId });
  if (res.status !== 201) throw unexpected('create a policy', res);
  return res.body as PolicyResponse;
}

/** The body of POST /policies/{id}/versions; `effectiveFrom` may be a Date. */
export interface VersionInput {
  effectiveFrom?: Date | string;
  changeSummary?: string;
  material?: boolean;
}

/** Publishes a version of a policy: in effect from now (the server's default), not material, "First version"; returns the 201 body. */
export async function publishVersion(
  http: TestAgent,
  key: string,
  policyId: string,
  overrides: VersionInput = {},
): Promise<PolicyVersionResponse> {
  const { effectiveFrom, ...rest } = overrides;
  const res = await http
    .post(`/api/v1/policies/${policyId}/versions`)
    .set(...bearer(key))
    .send({
      effectiveFrom: effectiveFrom instanceof Date ? effectiveFrom.toISOString() : effectiveFrom,
      changeSummary: 'First version',
      material: false,
      ...rest,
    });
  if (res.status !== 201) throw unexpected(`publish policy ${policyId}`, res);
  return res.body as PolicyVersionResponse;
}

export interface PublishedPolicy {
  policyId: string;
  serviceId: string;
  slug: string;
  /** The public URL of the example's service, `/api/v1/public/policies/livechat-instagram` */
  publicUrl: string;
  policy: PolicyResponse;
  version: PolicyVersionResponse;
}

/**
 * Imports the example registry, creates a policy for its service and publishes its first version, in
 * that order: import, GET /services, POST /policies, POST /policies/{id}/versions.
 */
export async function publishExamplePolicy(
  http: TestAgent,
  key: string,
  overrides: { policy?: PolicyInput; version?: VersionInput } = {},
): Promise<PublishedPolicy> {
  await importExample(http, key);
  const service = await exampleService(http, key);
  const policy = await createExamplePolicy(http, key, { serviceId: service.id, ...overrides.policy });
  const version = await publishVersion(http, key, policy.id, overrides.version);
  return {
    policyId: policy.id,
    serviceId: service.id,
    slug: service.slug,
    publicUrl: `/api/v1/public/policies/${service.slug}`,
    policy,
    version,
  };
}
