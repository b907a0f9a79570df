import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import type { RegistrySnapshot } from '../../domain/registry-snapshot';
import { exampleSnapshot } from '../document/testing';
import { consentBlockers } from './blockers';
import { isoSeconds } from './consent-input';
import { CONSENT_MODE_TYPES, consentModeConfig } from './consent-mode';
import { cookieConsentConfig } from './cookieconsent';
import { klaroConfig } from './klaro';
import { consentInputOf } from './testing';

const snapshot = exampleSnapshot();
const input = consentInputOf(snapshot);
const KLARO = join(process.cwd(), 'node_modules/klaro');
/** Klaro's annotated reference configuration and its sources: the options it documents or reads. */
const klaroOptions = [
  readFileSync(join(KLARO, 'dist/config.js'), 'utf8'),
  ...readdirSync(join(KLARO, 'src/utils')).map((f) => readFileSync(join(KLARO, 'src/utils', f), 'utf8')),
  readFileSync(join(KLARO, 'src/translations/en.yml'), 'utf8'),
].join('\n');
const known = (key: string): boolean => new RegExp(`\\b${key}\\b`).test(klaroOptions);

describe('the trackers of a version', () => {
  it('are those its notice lists, in each language', () => {
    expect(input.trackers.en.map((t) => t.ref).sort()).toEqual(snapshot.trackers.map((t) => t.ref).sort());
    expect(input.trackers.pl.find((t) => t.ref === 'trk-preferences-cookie')).toMatchObject({
      name: 'Pliki cookie preferencji',
      duration: '1 rok',
      maxAgeSeconds: 365 * 86400,
    });
  });

  it('turns ISO 8601 durations into seconds and leaves other texts alone', () => {
    expect(isoSeconds('P1Y6M')).toBe(365 * 86400 + 180 * 86400);
    expect(isoSeconds('PT30M')).toBe(1800);
    expect(isoSeconds('until the browser closes')).toBeNull();
    expect(isoSeconds('P')).toBeNull();
    expect(isoSeconds(null)).toBeNull();
  });

  it('block a banner when a cookie states no duration or a third party is no recorded recipient', () => {
    const ids = snapshot.trackers.map((t) => t.id);
    expect(consentBlockers(snapshot, ids)).toEqual([]);
    const google = snapshot.recipients.find((r) => r.name === 'Google Ireland Limited');
    const broken: RegistrySnapshot = {
      ...snapshot,
      trackers: snapshot.trackers.map((t) => (t.ref === 'trk-preferences-cookie' ? { ...t, duration: null } : t)),
      processingActivities: snapshot.processingActivities.map((a) => ({
        ...a,
        recipientIds: a.recipientIds.filter((id) => id !== google?.id),
      })),
    };
    expect(
      consentBlockers(broken, ids)
        .map((b) => [b.rule, b.ref])
        .sort(),
    ).toEqual([
      ['tracker-duration', 'trk-preferences-cookie'],
      ['tracker-provider-recipient', 'trk-third-party-beacon'],
    ]);
  });
});

describe('klaroConfig', () => {
  const config = klaroConfig(input);

  it('has one service per tracker, required only when strictly necessary, none on by default', () => {
    expect(config.services).toHaveLength(input.trackers.en.length);
    for (const service of config.services) {
      const tracker = input.trackers.en.find((t) => t.ref === service.name);
      expect(service.purposes).toEqual([tracker?.category]);
      expect(service.required).toBe(tracker?.category === 'strictly_necessary');
      expect(service.default).toBe(false);
    }
    const cookie = config.services.find((s) => s.name === 'trk-preferences-cookie');
    expect(cookie?.cookies).toEqual(['Preference cookies']);
    expect(cookie?.translations.pl.description).toContain('Dostawca: LiveChat Integrations.');
    expect(cookie?.translations.pl.description).toContain('Okres przechowywania: 1 rok.');
    expect(config.services.find((s) => s.name === 'trk-site-beacon')?.cookies).toEqual([]);
  });

  it('names its version and the hash of every language, and the notice per language', () => {
    expect(config.ropa).toEqual({
      policy: 'livechat-instagram',
      version: 3,
      language: 'en',
      contentHash: 'a'.repeat(64),
      contentHashes: { en: 'a'.repeat(64), pl: 'b'.repeat(64) },
      generator: 'klaro',
    });
    expect(config.translations.pl.privacyPolicyUrl).toBe('https://ropa.example/p?lang=pl');
    expect(Object.keys(config.translations.pl.purposes)).toEqual(['functional', 'analytics', 'marketing']);
  });

  it('uses only options Klaro documents (dist/config.js) or reads (its sources and translations)', () => {
    const { ropa: _ropa, ...options } = config;
    expect(Object.keys(options).filter((k) => !known(k))).toEqual([]);
    expect(Object.keys(config.services[0]).filter((k) => !known(k))).toEqual([]);
    expect(Object.keys(config.translations.en).filter((k) => !known(k))).toEqual([]);
    expect(Object.keys(config.translations.en.consentNotice).filter((k) => !known(k))).toEqual([]);
  });
});

describe('cookieConsentConfig', () => {
  const config = cookieConsentConfig(input);

  it('has the categories of the version, none enabled but the necessary one, and autoClear by tracker name', () => {
    expect(config.categories).toEqual({
      functional: { enabled: false, readOnly: false, autoClear: { cookies: [{ name: 'Preference cookies' }] } },
      analytics: { enabled: false, readOnly: false },
      marketing: { enabled: false, readOnly: false },
    });
    const necessary = cookieConsentConfig({
      ...input,
      trackers: {
        en: [{ ...input.trackers.en[0], category: 'strictly_necessary' }],
        pl: [{ ...input.trackers.pl[0], category: 'strictly_necessary' }],
      },
    });
    expect(necessary.categories).toEqual({ necessary: { enabled: true, readOnly: true } });
  });

  it('links every section to a category it declares, with a cookie table per category in each language', () => {
    for (const language of ['en', 'pl']) {
      const sections = config.language.translations[language];
      if (typeof sections !== 'object' || !('preferencesModal' in sections)) throw new Error(`no translation for ${language}`);
      const linked = sections.preferencesModal.sections.filter((s) => s.linkedCategory !== undefined);
      expect(linked.map((s) => s.linkedCategory)).toEqual(Object.keys(config.categories));
      const rows = linked.flatMap((s) => s.cookieTable?.body ?? []);
      expect(rows).toHaveLength(input.trackers.en.length);
    }
    expect(config.language).toMatchObject({ default: 'en', autoDetect: 'document' });
    expect(config.revision).toBe(3);
  });

  it('escapes the record in the HTML cells', () => {
    const hostile = cookieConsentConfig({
      ...input,
      trackers: { en: [{ ...input.trackers.en[0], provider: '<img src=x onerror=alert(1)>' }], pl: [input.trackers.pl[0]] },
    });
    const en = hostile.language.translations.en;
    if (typeof en !== 'object' || !('preferencesModal' in en)) throw new Error('no en');
    expect(JSON.stringify(en.preferencesModal.sections)).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('consentModeConfig', () => {
  const config = consentModeConfig(input);

  it('denies every consent type by default, in the consent regions and elsewhere', () => {
    for (const defaults of config.defaults) for (const type of CONSENT_MODE_TYPES) expect(defaults[type]).toBe('denied');
    expect(config.defaults[0].region).toEqual(expect.arrayContaining(['PL', 'DE', 'NO', 'IS', 'LI', 'GB', 'CH']));
    expect(config.defaults[1].region).toBeUndefined();
    expect(config.snippet).toContain("gtag('consent', 'default', ");
  });

  it('grants the types of a category only when it is accepted, and never one of a category the version lacks', () => {
    expect(config.updates).toEqual({
      functional: { functionality_storage: 'granted', personalization_storage: 'granted' },
      analytics: { analytics_storage: 'granted' },
      marketing: { ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' },
    });
    expect(config.mapping.security_storage).toEqual({ category: 'strictly_necessary', present: false });
    expect(config.ropa.generator).toBe('consent-mode');
  });
});
