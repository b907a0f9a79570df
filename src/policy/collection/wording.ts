import type { PolicyLanguage } from '../../domain/languages';

/** The frames of a notice at collection; every fact in it is a sentence of the long notice's wording of the same version. */
export interface CollectionWording {
  title(formName: string): string;
  who: string;
  purposes: string;
  data: string;
  required: string;
  consent: string;
  fullNotice(version: number): string;
}

export const COLLECTION_WORDING: Record<PolicyLanguage, CollectionWording> = {
  en: {
    title: (name) => `${name}: how we use the data you give us here`,
    who: 'Who is responsible',
    purposes: 'What for, and on what legal basis',
    data: 'What we ask for here',
    required: 'Do you have to give it?',
    consent: 'Your consent',
    fullNotice: (v) => `The full privacy notice, version ${v}`,
  },
  pl: {
    title: (name) => `${name}: jak wykorzystujemy dane, które tu podajesz`,
    who: 'Kto odpowiada za Twoje dane',
    purposes: 'W jakim celu i na jakiej podstawie prawnej',
    data: 'O jakie dane tu prosimy',
    required: 'Czy musisz je podać?',
    consent: 'Twoja zgoda',
    fullNotice: (v) => `Pełna informacja o ochronie danych, wersja ${v}`,
  },
  de: {
    title: (name) => `${name}: wie wir die hier angegebenen Daten verwenden`,
    who: 'Wer verantwortlich ist',
    purposes: 'Wofür und auf welcher Rechtsgrundlage',
    data: 'Worum wir Sie hier bitten',
    required: 'Müssen Sie die Daten angeben?',
    consent: 'Ihre Einwilligung',
    fullNotice: (v) => `Die vollständige Datenschutzerklärung, Version ${v}`,
  },
};
