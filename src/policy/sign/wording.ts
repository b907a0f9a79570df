import type { PolicyLanguage } from '../../domain/languages';

/** The frames of a camera sign; every fact on it is a sentence of the long notice of the same version. */
export interface SignWording {
  /** The warning itself, the sign's first line */
  warning: string;
  who: string;
  purpose: string;
  retention: string;
  recipients: string;
  rights: string;
  /** One sentence on the rights (Arts. 15-18, 77), with the right to object where the basis brings it (Art. 21(1): (e), (f)) */
  rightsSentence(objection: boolean): string;
  fullNotice(version: number): string;
  /** Beside the QR code */
  scan: string;
}

export const SIGN_WORDING: Record<PolicyLanguage, SignWording> = {
  en: {
    warning: 'Video surveillance: this area is monitored by cameras',
    who: 'Who records',
    purpose: 'Why, and on what legal basis',
    retention: 'How long we keep the recordings',
    recipients: 'Who receives them',
    rights: 'Your rights',
    rightsSentence: (objection) =>
      `You may ask us for access to the recordings of you, their erasure or restriction${objection ? ', object to the recording' : ''}, and complain to a supervisory authority.`,
    fullNotice: (v) => `The full privacy notice, version ${v}`,
    scan: 'Scan for the full notice',
  },
  pl: {
    warning: 'Monitoring wizyjny: ten teren jest objęty monitoringiem',
    who: 'Kto nagrywa',
    purpose: 'W jakim celu i na jakiej podstawie prawnej',
    retention: 'Jak długo przechowujemy nagrania',
    recipients: 'Kto je otrzymuje',
    rights: 'Twoje prawa',
    rightsSentence: (objection) =>
      `Możesz zażądać od nas dostępu do nagrań z Twoim udziałem, ich usunięcia lub ograniczenia przetwarzania${objection ? ', wnieść sprzeciw wobec nagrywania' : ''} oraz złożyć skargę do organu nadzorczego.`,
    fullNotice: (v) => `Pełna informacja o ochronie danych, wersja ${v}`,
    scan: 'Zeskanuj, aby przeczytać pełną informację',
  },
  de: {
    warning: 'Videoüberwachung: Dieser Bereich wird mit Kameras überwacht',
    who: 'Wer aufzeichnet',
    purpose: 'Wofür und auf welcher Rechtsgrundlage',
    retention: 'Wie lange wir die Aufnahmen speichern',
    recipients: 'Wer sie erhält',
    rights: 'Ihre Rechte',
    rightsSentence: (objection) =>
      `Sie können Auskunft über Aufnahmen von Ihnen, ihre Löschung oder die Einschränkung der Verarbeitung verlangen${objection ? ', der Aufzeichnung widersprechen' : ''} und sich bei einer Aufsichtsbehörde beschweren.`,
    fullNotice: (v) => `Die vollständige Datenschutzerklärung, Version ${v}`,
    scan: 'Scannen Sie für die vollständige Erklärung',
  },
};
