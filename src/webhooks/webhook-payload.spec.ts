import { describe, expect, it } from '@jest/globals';
import { publicPolicyUrl, retryDelayMs, versionEventBody } from './webhook-payload';

describe('webhook payloads and retry timing', () => {
  const facts = {
    policyId: 'p',
    policyTitle: 'Privacy policy',
    language: 'en',
    serviceId: 's',
    serviceSlug: 'shop',
    versionId: 'v',
    number: 2,
    effectiveFrom: new Date('2027-01-01T00:00:00Z'),
    publishedAt: new Date('2026-12-01T00:00:00Z'),
    contentHash: 'a'.repeat(64),
    languages: [
      { language: 'en', contentHash: 'a'.repeat(64) },
      { language: 'pl', contentHash: 'b'.repeat(64) },
    ],
    changeSummary: 'New supplier.',
    material: true,
  };

  it('carries the version facts and the public URL, and nothing about who published', () => {
    const body = JSON.parse(versionEventBody('policy.version.scheduled', facts, facts.publishedAt, 'https://ropa.example'));
    expect(body.data.publicUrl).toBe('https://ropa.example/api/v1/public/policies/shop?lang=en');
    expect(body.data.version).toMatchObject({ number: 2, effectiveFrom: '2027-01-01T00:00:00.000Z', changeSummary: 'New supplier.' });
    expect(body.data.version.languages).toEqual([
      { language: 'en', contentHash: 'a'.repeat(64), publicUrl: 'https://ropa.example/api/v1/public/policies/shop?lang=en' },
      { language: 'pl', contentHash: 'b'.repeat(64), publicUrl: 'https://ropa.example/api/v1/public/policies/shop?lang=pl' },
    ]);
    expect(JSON.stringify(body)).not.toMatch(/publishedBy|apiKey|email/i);
  });

  it('names, on publication, the first layer per language and the banner configurations with their ETags', () => {
    const published = JSON.parse(versionEventBody('policy.version.published', facts, facts.publishedAt, 'https://ropa.example'));
    expect(published.data.artefacts.summaries).toEqual([
      { language: 'en', url: 'https://ropa.example/api/v1/public/policies/shop/summary?lang=en', etag: `"${'a'.repeat(64)}.summary-html"` },
      { language: 'pl', url: 'https://ropa.example/api/v1/public/policies/shop/summary?lang=pl', etag: `"${'b'.repeat(64)}.summary-html"` },
    ]);
    expect(published.data.artefacts.consent.klaro).toEqual({
      url: 'https://ropa.example/api/v1/public/policies/shop/consent/klaro',
      etag: `"${'a'.repeat(64)}.consent-klaro"`,
    });
    expect(JSON.parse(versionEventBody('policy.version.effective', facts, facts.publishedAt, null)).data.artefacts).toBeUndefined();
  });

  it('has no public URL for a policy of no single service, and a path without a base URL', () => {
    expect(publicPolicyUrl({ serviceSlug: null }, 'en', 'https://x')).toBeNull();
    expect(publicPolicyUrl({ serviceSlug: 'shop' }, 'pl', null)).toBe('/api/v1/public/policies/shop?lang=pl');
  });

  it('backs off exponentially within [half, whole] of each step, up to the cap', () => {
    const retry = { baseMs: 1000, maxDelayMs: 8000 };
    expect([1, 2, 3, 4, 5].map((n) => retryDelayMs(n, retry, 0))).toEqual([500, 1000, 2000, 4000, 4000]);
    expect([1, 2, 3, 4, 5].map((n) => retryDelayMs(n, retry, 1))).toEqual([1000, 2000, 4000, 8000, 8000]);
  });
});
