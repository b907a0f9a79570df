import type { PolicyLanguage } from '../../domain/languages';
import type { TrackerCategory } from '../../domain/vocabulary';

/**
 * The banner's own sentences in each language of a notice. Everything about a tracker (its name, purpose,
 * provider, duration) comes from the record; only these frames are ropa's.
 */
export interface ConsentWording {
  title: string;
  /** The first layer of the banner: what the site does, and that nothing optional runs before a choice (ePrivacy Art. 5(3)) */
  description: string;
  acceptAll: string;
  acceptNecessary: string;
  showPreferences: string;
  savePreferences: string;
  close: string;
  preferencesTitle: string;
  preferencesIntro: string;
  privacyPolicy: string;
  category: Record<TrackerCategory, { title: string; description: string }>;
  columns: { name: string; provider: string; duration: string; purpose: string };
  /** A tracker's line in a banner: who provides it and how long it stays */
  provider(name: string): string;
  duration(text: string): string;
  /** A kind that stores nothing on the device (web beacon, pixel) has no lifetime to state */
  storesNothing: string;
}

const en: ConsentWording = {
  title: 'Cookies and similar technologies',
  description:
    'We use the technologies listed in the settings. Those that are not strictly necessary run only if you agree, and you can change your choice at any time.',
  acceptAll: 'Accept all',
  acceptNecessary: 'Only necessary',
  showPreferences: 'Settings',
  savePreferences: 'Save my choice',
  close: 'Close',
  preferencesTitle: 'Cookie settings',
  preferencesIntro:
    'Choose which categories you allow. Strictly necessary technologies are always on: the website cannot work without them.',
  privacyPolicy: 'Privacy policy',
  category: {
    strictly_necessary: { title: 'Strictly necessary', description: 'Needed for the website to work; they do not need your consent.' },
    functional: { title: 'Functional', description: 'Remember your choices and adapt the website to you.' },
    analytics: { title: 'Analytics', description: 'Help us understand how the website is used.' },
    marketing: { title: 'Marketing', description: 'Measure our advertising and choose what is shown to you.' },
  },
  columns: { name: 'Name', provider: 'Provider', duration: 'Duration', purpose: 'Purpose' },
  provider: (name) => `Provider: ${name}.`,
  duration: (text) => `Duration: ${text}.`,
  storesNothing: 'stores nothing on your device',
};

const pl: ConsentWording = {
  title: 'Pliki cookie i podobne technologie',
  description:
    'Korzystamy z technologii wymienionych w ustawieniach. Te, które nie są niezbędne, działają tylko za Twoją zgodą, a swój wybór możesz w każdej chwili zmienić.',
  acceptAll: 'Akceptuję wszystkie',
  acceptNecessary: 'Tylko niezbędne',
  showPreferences: 'Ustawienia',
  savePreferences: 'Zapisz mój wybór',
  close: 'Zamknij',
  preferencesTitle: 'Ustawienia plików cookie',
  preferencesIntro:
    'Wybierz kategorie, na które się zgadzasz. Technologie niezbędne są zawsze włączone: bez nich strona internetowa nie działa.',
  privacyPolicy: 'Polityka prywatności',
  category: {
    strictly_necessary: { title: 'Niezbędne', description: 'Potrzebne do działania strony internetowej; nie wymagają Twojej zgody.' },
    functional: { title: 'Funkcjonalne', description: 'Zapamiętują Twoje wybory i dopasowują stronę internetową do Ciebie.' },
    analytics: { title: 'Analityczne', description: 'Pomagają nam zrozumieć, jak korzystasz ze strony internetowej.' },
    marketing: { title: 'Marketingowe', description: 'Mierzą skuteczność naszych reklam i pomagają dobrać to, co Ci pokazujemy.' },
  },
  columns: { name: 'Nazwa', provider: 'Dostawca', duration: 'Okres przechowywania', purpose: 'Cel' },
  provider: (name) => `Dostawca: ${name}.`,
  duration: (text) => `Okres przechowywania: ${text}.`,
  storesNothing: 'nie zapisuje niczego na Twoim urządzeniu',
};

const de: ConsentWording = {
  title: 'Cookies und ähnliche Technologien',
  description:
    'Wir verwenden die in den Einstellungen aufgeführten Technologien. Was nicht unbedingt erforderlich ist, läuft nur mit Ihrer Einwilligung, und Sie können Ihre Wahl jederzeit ändern.',
  acceptAll: 'Alle akzeptieren',
  acceptNecessary: 'Nur erforderliche',
  showPreferences: 'Einstellungen',
  savePreferences: 'Auswahl speichern',
  close: 'Schließen',
  preferencesTitle: 'Cookie-Einstellungen',
  preferencesIntro:
    'Wählen Sie, welche Kategorien Sie zulassen. Unbedingt erforderliche Technologien sind immer aktiv: Ohne sie funktioniert die Website nicht.',
  privacyPolicy: 'Datenschutzerklärung',
  category: {
    strictly_necessary: {
      title: 'Unbedingt erforderlich',
      description: 'Für den Betrieb der Website nötig; sie bedürfen keiner Einwilligung.',
    },
    functional: { title: 'Funktional', description: 'Merken sich Ihre Einstellungen und passen die Website an Sie an.' },
    analytics: { title: 'Statistik', description: 'Helfen uns zu verstehen, wie die Website genutzt wird.' },
    marketing: { title: 'Marketing', description: 'Messen unsere Werbung und wählen aus, was Ihnen angezeigt wird.' },
  },
  columns: { name: 'Name', provider: 'Anbieter', duration: 'Speicherdauer', purpose: 'Zweck' },
  provider: (name) => `Anbieter: ${name}.`,
  duration: (text) => `Speicherdauer: ${text}.`,
  storesNothing: 'speichert nichts auf Ihrem Gerät',
};

export const CONSENT_WORDING: Record<PolicyLanguage, ConsentWording> = { en, pl, de };
