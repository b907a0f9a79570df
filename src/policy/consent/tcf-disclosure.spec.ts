import { describe, expect, it } from '@jest/globals';
import { make } from '../../snapshot/testing/snapshot-factory';
import { exampleSnapshot } from '../document/testing';
import { tcfDisclosure } from './tcf-disclosure';
import { consentInputOf } from './testing';

/** The documented shape (iabtcf-es core, DeviceDisclosure): these members and no other, with these types. */
const DOCUMENTED: Record<string, (v: unknown) => boolean> = {
  identifier: (v) => typeof v === 'string' && v.length > 0,
  type: (v) => v === 'cookie' || v === 'web' || v === 'app',
  maxAgeSeconds: (v) => v === null || (Number.isInteger(v) && (v as number) >= 0),
  cookieRefresh: (v) => typeof v === 'boolean',
  domain: (v) => typeof v === 'string',
  purposes: (v) => Array.isArray(v) && v.every((p) => Number.isInteger(p) && p >= 1 && p <= 11),
};
const REQUIRED = ['identifier', 'type', 'maxAgeSeconds', 'purposes'];

describe('the TCF device storage disclosure', () => {
  const snapshot = exampleSnapshot();
  const disclosure = tcfDisclosure(consentInputOf(snapshot));

  it('has the documented shape: disclosures[] of identifier, type, maxAgeSeconds, purposes (domain and cookieRefresh optional)', () => {
    expect(disclosure.disclosures.length).toBeGreaterThan(0);
    for (const d of disclosure.disclosures) {
      for (const key of REQUIRED) expect(Object.keys(d)).toContain(key);
      for (const [key, value] of Object.entries(d)) expect(`${key}: ${DOCUMENTED[key]?.(value)}`).toBe(`${key}: true`);
    }
  });

  it('lists what is stored on the device, with its lifetime in seconds and its purposes; beacons and pixels store nothing', () => {
    const cookie = disclosure.disclosures.find((d) => d.identifier === 'Preference cookies');
    expect(cookie).toEqual({ identifier: 'Preference cookies', type: 'cookie', maxAgeSeconds: 365 * 86400, purposes: [1] });
    const stored = snapshot.trackers.filter((t) => t.kind === 'cookie' || t.kind === 'local_storage' || t.kind === 'sdk');
    expect(disclosure.disclosures.map((d) => d.identifier).sort()).toEqual(stored.map((t) => t.name).sort());
  });

  it('maps kinds and categories: local storage is web, an SDK app; marketing brings the advertising purposes', () => {
    const s = {
      ...snapshot,
      trackers: [
        make.tracker({
          id: 'ls',
          ref: 'ls',
          name: 'cart',
          kind: 'local_storage',
          category: 'functional',
          duration: 'P30D',
          serviceIds: ['svc-instagram'],
        }),
        make.tracker({
          id: 'ads',
          ref: 'ads',
          name: '_ads',
          kind: 'sdk',
          category: 'marketing',
          duration: 'Until you sign out',
          serviceIds: ['svc-instagram'],
        }),
      ],
    };
    const d = tcfDisclosure(consentInputOf(s)).disclosures;
    expect(d).toEqual(
      expect.arrayContaining([
        { identifier: 'cart', type: 'web', maxAgeSeconds: 30 * 86400, purposes: [1] },
        { identifier: '_ads', type: 'app', maxAgeSeconds: null, purposes: [1, 2, 3, 4, 7] },
      ]),
    );
  });

  it('carries the version and content hashes it was made from', () => {
    expect(disclosure.ropa).toMatchObject({
      policy: 'livechat-instagram',
      version: 3,
      contentHash: 'a'.repeat(64),
      generator: 'tcf-disclosure',
    });
  });
});
