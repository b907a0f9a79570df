import type CookieConsent from 'vanilla-cookieconsent';
import type { TrackerCategory } from '../../domain/vocabulary';
import { type ConsentInput, type ConsentProvenance, type ConsentTracker, categoriesOf, provenanceOf } from './consent-input';
import { CONSENT_WORDING, type ConsentWording } from './wording';

/** vanilla-cookieconsent v3's own config type, with which published version it was made from (not read by the library). */
export type CookieConsentConfig = CookieConsent.CookieConsentConfig & { ropa: ConsentProvenance };

/** The library's name for the category that cannot be refused; the others keep ropa's names. */
const categoryName = (c: TrackerCategory): string => (c === 'strictly_necessary' ? 'necessary' : c);

function table(t: ConsentWording, trackers: readonly ConsentTracker[]): CookieConsent.CookieTable {
  return {
    headers: { name: t.columns.name, provider: t.columns.provider, duration: t.columns.duration, purpose: t.columns.purpose },
    // The library writes the cells as HTML: the record's texts are escaped.
    body: trackers.map((tr) => ({
      name: escapeText(tr.name),
      provider: escapeText(tr.provider),
      duration: escapeText(tr.duration ?? t.storesNothing),
      purpose: escapeText(tr.purpose),
    })),
  };
}

/**
 * A vanilla-cookieconsent v3 configuration: one category per tracker category of the version, the strictly
 * necessary one `enabled` and `readOnly` (ePrivacy Art. 5(3) exempts only those), the others off until
 * chosen (GDPR Art. 7; CJEU C-673/17 Planet49), `autoClear` of each category's cookies by the trackers'
 * names, and in every language of the version a cookie table per category.
 */
export function cookieConsentConfig(input: ConsentInput): CookieConsentConfig {
  const base = input.languages[0].language;
  const categories = categoriesOf(input.trackers[base]);
  const translations: Record<string, CookieConsent.Translation> = {};
  for (const { language, policyUrl } of input.languages) {
    const t = CONSENT_WORDING[language];
    const trackers = input.trackers[language];
    translations[language] = {
      consentModal: {
        title: t.title,
        description: t.description,
        acceptAllBtn: t.acceptAll,
        acceptNecessaryBtn: t.acceptNecessary,
        showPreferencesBtn: t.showPreferences,
        footer: `<a href="${escapeAttribute(policyUrl)}">${t.privacyPolicy}</a>`,
      },
      preferencesModal: {
        title: t.preferencesTitle,
        acceptAllBtn: t.acceptAll,
        acceptNecessaryBtn: t.acceptNecessary,
        savePreferencesBtn: t.savePreferences,
        closeIconLabel: t.close,
        sections: [
          { description: t.preferencesIntro },
          ...categories.map((c) => ({
            title: t.category[c].title,
            description: t.category[c].description,
            linkedCategory: categoryName(c),
            cookieTable: table(
              t,
              trackers.filter((tr) => tr.category === c),
            ),
          })),
          { title: t.privacyPolicy, description: `<a href="${escapeAttribute(policyUrl)}">${escapeText(policyUrl)}</a>` },
        ],
      },
    };
  }
  return {
    revision: input.version,
    categories: Object.fromEntries(
      categories.map((c) => {
        const cookies = input.trackers[base].filter((tr) => tr.category === c && tr.kind === 'cookie').map((tr) => ({ name: tr.name }));
        const category: CookieConsent.Category =
          c === 'strictly_necessary' ? { enabled: true, readOnly: true } : { enabled: false, readOnly: false };
        return [categoryName(c), cookies.length > 0 && c !== 'strictly_necessary' ? { ...category, autoClear: { cookies } } : category];
      }),
    ),
    language: { default: base, autoDetect: 'document', translations },
    ropa: provenanceOf(input, 'cookieconsent'),
  };
}

const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (s: string): string => escapeText(s).replace(/"/g, '&quot;');
