import { EEA_COUNTRIES } from '../../reference/eea';
import type { TrackerCategory } from '../../domain/vocabulary';
import { type ConsentInput, type ConsentProvenance, categoriesOf, provenanceOf } from './consent-input';

/**
 * Google Consent Mode v2's consent types: the four of v2 (`ad_storage`, `analytics_storage`,
 * `ad_user_data`, `ad_personalization`) and the three others of gtag's `consent` command. Names as
 * Google's developer documentation spells them; not verifiable from the banner libraries ropa ships with.
 */
export const CONSENT_MODE_TYPES = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
] as const;
export type ConsentModeType = (typeof CONSENT_MODE_TYPES)[number];

/** Which of ropa's tracker categories a consent type stands for. */
export const CONSENT_MODE_MAPPING: Record<ConsentModeType, TrackerCategory> = {
  ad_storage: 'marketing',
  ad_user_data: 'marketing',
  ad_personalization: 'marketing',
  analytics_storage: 'analytics',
  functionality_storage: 'functional',
  personalization_storage: 'functional',
  security_storage: 'strictly_necessary',
};

/**
 * The EEA (ePrivacy Art. 5(3)), the United Kingdom (PECR reg. 6) and Switzerland, as the issue asks. Swiss
 * law (Telecommunications Act Art. 45c, article not verified here) is read as asking for information and a
 * right to refuse rather than prior consent; denying until the choice there too protects the person.
 */
const CONSENT_REGIONS = [...EEA_COUNTRIES, 'GB', 'CH'].sort();
/** Milliseconds tags wait for the banner's answer before they act on the defaults. */
const WAIT_FOR_UPDATE_MS = 500;

type ConsentState = Record<ConsentModeType, 'denied' | 'granted'>;

export interface ConsentModeConfig {
  /** The `gtag('consent', 'default', …)` calls, in order: the regions that require consent, then everywhere else */
  defaults: (ConsentState & { region?: string[]; wait_for_update: number })[];
  /** Per consent type: the tracker category whose acceptance grants it, and whether this version has trackers of it */
  mapping: Record<ConsentModeType, { category: TrackerCategory; present: boolean }>;
  /** Per category of this version: the `gtag('consent', 'update', …)` to send when the person accepts it */
  updates: Record<string, Partial<ConsentState>>;
  /** The defaults as a page's first script writes them, before any tag loads */
  snippet: string;
  ropa: ConsentProvenance;
}

const allDenied = (): ConsentState => Object.fromEntries(CONSENT_MODE_TYPES.map((type) => [type, 'denied'])) as ConsentState;

/**
 * Consent Mode v2 defaults for a version: every type denied until the person chooses, in the EEA, the UK
 * and Switzerland, and, the reading that protects the person, everywhere else too (ropa cannot tell that a
 * visitor outside those regions is owed less). Accepting a category grants the types mapped to it; a type
 * whose category this version has no tracker of is never granted.
 */
export function consentModeConfig(input: ConsentInput): ConsentModeConfig {
  const present = new Set(categoriesOf(input.trackers[input.languages[0].language]));
  const defaults = [
    { ...allDenied(), region: CONSENT_REGIONS, wait_for_update: WAIT_FOR_UPDATE_MS },
    { ...allDenied(), wait_for_update: WAIT_FOR_UPDATE_MS },
  ];
  const updates: Record<string, Partial<ConsentState>> = {};
  for (const category of present) {
    updates[category] = Object.fromEntries(
      CONSENT_MODE_TYPES.filter((type) => CONSENT_MODE_MAPPING[type] === category).map((type) => [type, 'granted']),
    );
  }
  const snippet = [
    'window.dataLayer = window.dataLayer || [];',
    'function gtag(){dataLayer.push(arguments);}',
    ...defaults.map((d) => `gtag('consent', 'default', ${JSON.stringify(d)});`),
  ].join('\n');
  return {
    defaults,
    mapping: Object.fromEntries(
      CONSENT_MODE_TYPES.map((type) => [type, { category: CONSENT_MODE_MAPPING[type], present: present.has(CONSENT_MODE_MAPPING[type]) }]),
    ) as ConsentModeConfig['mapping'],
    updates,
    snippet,
    ropa: provenanceOf(input, 'consent-mode'),
  };
}
