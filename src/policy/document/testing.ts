import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { snapshotFromDocument } from '../../snapshot/document-snapshot';
import type { RegistrySnapshot } from '../../snapshot/registry-snapshot';
import type { RopaDocument } from '../../snapshot/ropa-document';
import type { PolicyScope } from './model';

/** The example registry as a snapshot, for tests of the generator. */
export function exampleSnapshot(asOf = '2026-11-24T00:00:00.000Z'): RegistrySnapshot {
  const doc = JSON.parse(readFileSync(join(process.cwd(), 'examples/livechat-instagram.json'), 'utf8')) as RopaDocument;
  return snapshotFromDocument(doc, asOf);
}

export const exampleScope: PolicyScope = {
  serviceId: 'svc-instagram',
  dataSubjectCategoryIds: [],
  language: 'en',
  title: 'LiveChat Instagram channel - Privacy Policy',
  options: { noticeDays: 30, contactEmail: null, minimumAge: null },
};
