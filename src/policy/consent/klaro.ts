import type { TrackerCategory } from '../../domain/vocabulary';
import { type ConsentInput, type ConsentProvenance, type ConsentTracker, categoriesOf, provenanceOf } from './consent-input';
import { CONSENT_WORDING, type ConsentWording } from './wording';

/** A Klaro service (kiprotect/klaro 0.7, `services[]` of its annotated dist/config.js). */
export interface KlaroService {
  name: string;
  purposes: TrackerCategory[];
  /** Exact cookie names (Klaro matches a string not starting with `^` exactly) */
  cookies: string[];
  required: boolean;
  default: boolean;
  optOut: boolean;
  onlyOnce: boolean;
  /** Per language, and under `zz` (Klaro's fallback) in the default one: a top-level `title` would win over every language */
  translations: Record<string, { title: string; description: string }>;
}

export interface KlaroConfig {
  version: 1;
  elementID: string;
  storageMethod: 'cookie';
  cookieName: string;
  cookieExpiresAfterDays: number;
  default: false;
  mustConsent: false;
  acceptAll: true;
  hideDeclineAll: false;
  groupByPurpose: true;
  htmlTexts: false;
  /** The languages Klaro falls back through when the page's `lang` is none of them */
  languages: string[];
  translations: Record<
    string,
    {
      privacyPolicyUrl: string;
      consentNotice: { title: string; description: string; learnMore: string };
      consentModal: { title: string; description: string };
      ok: string;
      decline: string;
      acceptAll: string;
      acceptSelected: string;
      save: string;
      close: string;
      purposes: Record<string, { title: string; description: string }>;
    }
  >;
  services: KlaroService[];
  /** Not read by Klaro: which published version this configuration was made from */
  ropa: ConsentProvenance;
}

/** Days Klaro keeps the choice: six months, after which the person is asked again. */
const CHOICE_DAYS = 180;

function description(t: ConsentWording, tracker: ConsentTracker): string {
  const lifetime = tracker.duration ?? t.storesNothing;
  return `${tracker.purpose.trim().replace(/\.?$/, '.')} ${t.provider(tracker.provider)} ${t.duration(lifetime)}`;
}

/**
 * A Klaro configuration: one service per tracker (by its ref), its category as the purpose, required when
 * strictly necessary (ePrivacy Art. 5(3) exempts only those), nothing on by default (GDPR Art. 4(11), 7;
 * CJEU C-673/17 Planet49: no pre-ticked boxes), and the texts of every language of the version.
 */
export function klaroConfig(input: ConsentInput): KlaroConfig {
  const base = input.languages[0].language;
  const trackers = input.trackers[base];
  const translations: KlaroConfig['translations'] = {};
  for (const { language, policyUrl } of input.languages) {
    const t = CONSENT_WORDING[language];
    translations[language] = {
      privacyPolicyUrl: policyUrl,
      consentNotice: { title: t.title, description: t.description, learnMore: t.showPreferences },
      consentModal: { title: t.preferencesTitle, description: t.preferencesIntro },
      ok: t.acceptAll,
      decline: t.acceptNecessary,
      acceptAll: t.acceptAll,
      acceptSelected: t.savePreferences,
      save: t.savePreferences,
      close: t.close,
      purposes: Object.fromEntries(categoriesOf(trackers).map((c) => [c, t.category[c]])),
    };
  }
  return {
    version: 1,
    elementID: 'klaro',
    storageMethod: 'cookie',
    cookieName: 'klaro',
    cookieExpiresAfterDays: CHOICE_DAYS,
    default: false,
    mustConsent: false,
    acceptAll: true,
    hideDeclineAll: false,
    groupByPurpose: true,
    htmlTexts: false,
    languages: input.languages.map((l) => l.language),
    translations,
    services: trackers.map((tracker, i) => ({
      name: tracker.ref,
      purposes: [tracker.category],
      cookies: tracker.kind === 'cookie' ? [tracker.name] : [],
      required: tracker.category === 'strictly_necessary',
      default: false,
      optOut: false,
      onlyOnce: true,
      translations: Object.fromEntries(
        [...input.languages, { language: base }].map(({ language }, n) => {
          const localized = input.trackers[language][i];
          return [
            n === input.languages.length ? 'zz' : language,
            { title: localized.name, description: description(CONSENT_WORDING[language], localized) },
          ];
        }),
      ),
    })),
    ropa: provenanceOf(input, 'klaro'),
  };
}
