/**
 * Webhook payloads: what a policy consumer needs to refresh its copy, nothing about people. The
 * API key that published a version is left out on purpose (it identifies a person's key).
 */
export const WEBHOOK_EVENT_TYPES = ['policy.version.published', 'policy.version.scheduled', 'policy.version.effective'] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];
export const PING_EVENT = 'webhook.ping';

export const EVENT_MEANINGS: Record<WebhookEventType, string> = {
  'policy.version.published': 'a version was published (whenever it takes effect)',
  'policy.version.scheduled': 'a version was published to take effect later: readers should be told of the upcoming change',
  'policy.version.effective': 'a version came into force (at publication, or when its effectiveFrom passed)',
};

export interface VersionFacts {
  policyId: string;
  policyTitle: string;
  language: string;
  serviceId: string | null;
  serviceSlug: string | null;
  versionId: string;
  number: number;
  effectiveFrom: Date;
  publishedAt: Date;
  contentHash: string;
  /** Every language the version was published in, the default language first, each with its hash */
  languages: readonly { language: string; contentHash: string }[];
  changeSummary: string;
  material: boolean;
}

/** The public route of the policy, absolute when a base URL is configured; null for a policy of no single service. */
export function publicPolicyUrl(facts: Pick<VersionFacts, 'serviceSlug'>, language: string, baseUrl: string | null): string | null {
  if (facts.serviceSlug === null) return null;
  return `${baseUrl ?? ''}/api/v1/public/policies/${encodeURIComponent(facts.serviceSlug)}?lang=${encodeURIComponent(language)}`;
}

/** The banner configurations served beside a policy (src/policy/public-consent.service.ts CONSENT_FORMATS). */
const CONSENT_FORMATS = ['klaro', 'cookieconsent', 'consent-mode', 'tcf-disclosure'] as const;

/**
 * What a published version also serves, with the ETag each answers with (issue 25): the first layer per
 * language and the banner configurations, so that a website refreshes them with the notice and a consent
 * record can cite them. Null for a policy of no single service, like `publicUrl`.
 */
export function artefactsOf(facts: VersionFacts, baseUrl: string | null): Record<string, unknown> | null {
  if (facts.serviceSlug === null) return null;
  const path = `${baseUrl ?? ''}/api/v1/public/policies/${encodeURIComponent(facts.serviceSlug)}`;
  return {
    summaries: facts.languages.map((l) => ({
      language: l.language,
      url: `${path}/summary?lang=${encodeURIComponent(l.language)}`,
      etag: `"${l.contentHash}.summary-html"`,
    })),
    consent: Object.fromEntries(
      CONSENT_FORMATS.map((format) => [format, { url: `${path}/consent/${format}`, etag: `"${facts.contentHash}.consent-${format}"` }]),
    ),
  };
}

/** The exact body sent (and signed); stored once so every attempt sends the same bytes. */
export function versionEventBody(type: WebhookEventType, facts: VersionFacts, occurredAt: Date, baseUrl: string | null): string {
  return JSON.stringify({
    type,
    timestamp: occurredAt.toISOString(),
    data: {
      policy: { id: facts.policyId, title: facts.policyTitle, language: facts.language, serviceId: facts.serviceId },
      version: {
        id: facts.versionId,
        number: facts.number,
        contentHash: facts.contentHash,
        languages: facts.languages.map((l) => ({
          language: l.language,
          contentHash: l.contentHash,
          publicUrl: publicPolicyUrl(facts, l.language, baseUrl),
        })),
        effectiveFrom: facts.effectiveFrom.toISOString(),
        publishedAt: facts.publishedAt.toISOString(),
        material: facts.material,
        changeSummary: facts.changeSummary,
      },
      publicUrl: publicPolicyUrl(facts, facts.language, baseUrl),
      ...(type === 'policy.version.published' ? { artefacts: artefactsOf(facts, baseUrl) } : {}),
    },
  });
}

export function pingBody(webhookId: string, at: Date): string {
  return JSON.stringify({ type: PING_EVENT, timestamp: at.toISOString(), data: { webhookId } });
}

/**
 * Delay before the next attempt: exponential from `baseMs`, capped, with "equal jitter" (half
 * fixed, half random) so that many receivers failing together do not retry in lockstep.
 */
export function retryDelayMs(attempts: number, retry: { baseMs: number; maxDelayMs: number }, random = Math.random()): number {
  const exponential = Math.min(retry.maxDelayMs, retry.baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(exponential / 2 + (exponential / 2) * random);
}
