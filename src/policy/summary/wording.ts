import type { PolicyLanguage } from '../../domain/languages';

/** The first layer's own frames; every fact in it is a sentence of the long notice of the same version. */
export interface SummaryWording {
  title(policyTitle: string): string;
  who: string;
  purposes: string;
  impact: string;
  rights: string;
  /** One sentence on the rights, before the notice's own sentence on how to use them (Arts. 15-22, 77) */
  rightsSentence: string;
  fullNotice(version: number): string;
}

export const SUMMARY_WORDING: Record<PolicyLanguage, SummaryWording> = {
  en: {
    title: (t) => `${t}: the essentials`,
    who: 'Who we are',
    purposes: 'What we use your data for, and on what legal basis',
    impact: 'What matters most',
    rights: 'Your rights',
    rightsSentence:
      'You may ask us for access to your data, their correction or erasure, and use the other rights the full notice explains, and you may complain to a supervisory authority.',
    fullNotice: (v) => `The full privacy notice, version ${v}`,
  },
  pl: {
    title: (t) => `${t}: najważniejsze informacje`,
    who: 'Kim jesteśmy',
    purposes: 'Do czego wykorzystujemy Twoje dane i na jakiej podstawie prawnej',
    impact: 'Co jest najważniejsze',
    rights: 'Twoje prawa',
    rightsSentence:
      'Możesz zażądać od nas dostępu do swoich danych, ich sprostowania lub usunięcia, korzystać z pozostałych praw opisanych w pełnej informacji oraz wnieść skargę do organu nadzorczego.',
    fullNotice: (v) => `Pełna informacja o ochronie danych, wersja ${v}`,
  },
  de: {
    title: (t) => `${t}: das Wichtigste`,
    who: 'Wer wir sind',
    purposes: 'Wofür wir Ihre Daten verwenden und auf welcher Rechtsgrundlage',
    impact: 'Was besonders wichtig ist',
    rights: 'Ihre Rechte',
    rightsSentence:
      'Sie können Auskunft über Ihre Daten, ihre Berichtigung oder Löschung verlangen, die weiteren in der vollständigen Erklärung beschriebenen Rechte ausüben und sich bei einer Aufsichtsbehörde beschweren.',
    fullNotice: (v) => `Die vollständige Datenschutzerklärung, Version ${v}`,
  },
};
