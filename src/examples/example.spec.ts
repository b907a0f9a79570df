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

  it('warns that the services are open from 13 while a child can consent alone in Poland only from 16 (Art. 8(1))', () => {
    const warning = checkCompliance(snapshotFromDocument(doc, '2026-11-24T00:00:00.000Z')).find((f) => f.rule === 'child-consent-age');
    expect(warning?.severity).toBe('warning');
    expect(warning?.message).toMatch(/from the age of 13[^]*in PL a child can consent alone to an online service only from 16/);
  });
});
