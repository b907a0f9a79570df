import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { checkCompliance } from '../compliance/compliance';
import { snapshotFromDocument } from '../snapshot/document-snapshot';
import type { RopaDocument } from '../domain/ropa-document';

const doc = JSON.parse(readFileSync(join(process.cwd(), 'examples/livechat-instagram.json'), 'utf8')) as RopaDocument;

describe('the example registry', () => {
  it('passes every compliance rule without an error', () => {
    const errors = checkCompliance(snapshotFromDocument(doc, '2026-11-24T00:00:00.000Z')).filter((f) => f.severity === 'error');
    expect(errors).toEqual([]);
  });

  it('publishes each of its policies with no warning that describes a violation: only the DPIA judgement remains', () => {
    const findings = checkCompliance(snapshotFromDocument(doc, '2026-11-24T00:00:00.000Z'), { languages: ['en', 'pl'] });
    expect(findings.map((f) => [f.severity, f.rule])).toEqual([['warning', 'dpia-high-risk']]);
  });

  it('opens the services from 16, the age from which a child can consent alone in Poland (Art. 8(1))', () => {
    expect(doc.controller?.minimumAge).toBe(16);
  });
});
