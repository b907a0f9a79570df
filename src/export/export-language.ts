/**
 * The language of an export (`lang=pl|de`): a Polish or Bavarian authority reads the record in its own language
 * (Art. 30(4) makes the record available to it). Column headings, record titles, cover labels and article
 * citations are translated here; registry texts come in that language where the registry translates them
 * (localizeSnapshot). The terms are those of the Polish and German texts of Regulation (EU) 2016/679.
 */
import type { PolicyLanguage } from '../domain/languages';
import { CONTROLLER_COLUMNS, PROCESSOR_COLUMNS, type Column, type RecordRole } from './art30-columns';

export type ExportLanguage = PolicyLanguage;

type Header = (typeof CONTROLLER_COLUMNS)[number]['header'] | (typeof PROCESSOR_COLUMNS)[number]['header'] | 'Record';

/** Every heading of either record, so that a heading added in English fails to compile until it is translated. */
const HEADERS: Record<Exclude<ExportLanguage, 'en'>, Record<Header, string>> = {
  pl: {
    Controller: 'Administrator',
    'Controller contact details': 'Dane kontaktowe administratora',
    'Data protection officer': 'Inspektor ochrony danych',
    'Representative in the Union': 'Przedstawiciel w Unii',
    'Processing activity': 'Czynność przetwarzania',
    'Purposes of the processing': 'Cele przetwarzania',
    Description: 'Opis',
    'Our role': 'Nasza rola',
    'Joint controllers': 'Współadministratorzy',
    Status: 'Status',
    'Legal basis': 'Podstawa prawna',
    'Legitimate interest': 'Prawnie uzasadniony interes',
    'Link to the legitimate-interests assessment': 'Odesłanie do oceny prawnie uzasadnionych interesów',
    'Legal obligation': 'Obowiązek prawny',
    'Consent mechanism': 'Sposób wyrażania zgody',
    'Art. 9 condition': 'Przesłanka z art. 9',
    'Art. 10 authorisation': 'Podstawa z art. 10',
    'Categories of data subjects': 'Kategorie osób, których dane dotyczą',
    'Categories of personal data': 'Kategorie danych osobowych',
    'Source of the data': 'Źródło danych',
    'Categories of recipients': 'Kategorie odbiorców',
    'Link to contract with processor': 'Odesłanie do umowy z podmiotem przetwarzającym',
    'Transfers to third countries and safeguards': 'Przekazania do państw trzecich i zabezpieczenia',
    'Countries where the data are processed': 'Państwa, w których dane są przetwarzane',
    'Time limits for erasure, per data category': 'Planowane terminy usunięcia, według kategorii danych',
    'Technical and organisational security measures': 'Techniczne i organizacyjne środki bezpieczeństwa',
    'Rights available to data subjects': 'Prawa osób, których dane dotyczą',
    'Automated decision-making and profiling': 'Zautomatyzowane podejmowanie decyzji i profilowanie',
    'Statutory or contractual requirement': 'Wymóg ustawowy lub umowny',
    'DPIA required?': 'Czy wymagana jest ocena skutków?',
    'DPIA progress': 'Stan oceny skutków',
    'Link to the DPIA': 'Odesłanie do oceny skutków',
    Services: 'Usługi',
    Created: 'Utworzono',
    'Last updated': 'Ostatnia zmiana',
    Retired: 'Wycofano',
    Version: 'Wersja',
    'Processor (we)': 'Podmiot przetwarzający (my)',
    'Processor contact details': 'Dane kontaktowe podmiotu przetwarzającego',
    "Processor's representative in the Union": 'Przedstawiciel podmiotu przetwarzającego w Unii',
    'Category of processing': 'Kategoria przetwarzania',
    'Controllers on whose behalf we act, with contact details': 'Administratorzy, w których imieniu działamy, z danymi kontaktowymi',
    "Controllers' representatives in the Union": 'Przedstawiciele administratorów w Unii',
    'Processing carried out': 'Przetwarzanie dokonywane w imieniu administratora',
    'Sub-processors and other recipients': 'Dalsze podmioty przetwarzające i inni odbiorcy',
    'Link to contract with sub-processor': 'Odesłanie do umowy z dalszym podmiotem przetwarzającym',
    Record: 'Rejestr',
  },
  de: {
    Controller: 'Verantwortlicher',
    'Controller contact details': 'Kontaktdaten des Verantwortlichen',
    'Data protection officer': 'Datenschutzbeauftragte(r)',
    'Representative in the Union': 'Vertreter in der Union',
    'Processing activity': 'Verarbeitungstätigkeit',
    'Purposes of the processing': 'Zwecke der Verarbeitung',
    Description: 'Beschreibung',
    'Our role': 'Unsere Rolle',
    'Joint controllers': 'Gemeinsam Verantwortliche',
    Status: 'Status',
    'Legal basis': 'Rechtsgrundlage',
    'Legitimate interest': 'Berechtigtes Interesse',
    'Link to the legitimate-interests assessment': 'Verweis auf die Interessenabwägung',
    'Legal obligation': 'Rechtliche Verpflichtung',
    'Consent mechanism': 'Einholung der Einwilligung',
    'Art. 9 condition': 'Ausnahme nach Art. 9',
    'Art. 10 authorisation': 'Grundlage nach Art. 10',
    'Categories of data subjects': 'Kategorien betroffener Personen',
    'Categories of personal data': 'Kategorien personenbezogener Daten',
    'Source of the data': 'Herkunft der Daten',
    'Categories of recipients': 'Kategorien von Empfängern',
    'Link to contract with processor': 'Verweis auf den Vertrag mit dem Auftragsverarbeiter',
    'Transfers to third countries and safeguards': 'Übermittlungen an Drittländer und Garantien',
    'Countries where the data are processed': 'Staaten, in denen die Daten verarbeitet werden',
    'Time limits for erasure, per data category': 'Vorgesehene Fristen für die Löschung, je Datenkategorie',
    'Technical and organisational security measures': 'Technische und organisatorische Maßnahmen',
    'Rights available to data subjects': 'Rechte der betroffenen Personen',
    'Automated decision-making and profiling': 'Automatisierte Entscheidungsfindung und Profiling',
    'Statutory or contractual requirement': 'Gesetzliche oder vertragliche Pflicht zur Bereitstellung',
    'DPIA required?': 'Datenschutz-Folgenabschätzung erforderlich?',
    'DPIA progress': 'Stand der Datenschutz-Folgenabschätzung',
    'Link to the DPIA': 'Verweis auf die Datenschutz-Folgenabschätzung',
    Services: 'Dienste',
    Created: 'Angelegt',
    'Last updated': 'Zuletzt geändert',
    Retired: 'Eingestellt',
    Version: 'Version',
    'Processor (we)': 'Auftragsverarbeiter (wir)',
    'Processor contact details': 'Kontaktdaten des Auftragsverarbeiters',
    "Processor's representative in the Union": 'Vertreter des Auftragsverarbeiters in der Union',
    'Category of processing': 'Kategorie von Verarbeitungen',
    'Controllers on whose behalf we act, with contact details': 'Verantwortliche, in deren Auftrag wir tätig sind, mit Kontaktdaten',
    "Controllers' representatives in the Union": 'Vertreter der Verantwortlichen in der Union',
    'Processing carried out': 'Im Auftrag durchgeführte Verarbeitungen',
    'Sub-processors and other recipients': 'Unterauftragsverarbeiter und andere Empfänger',
    'Link to contract with sub-processor': 'Verweis auf den Vertrag mit dem Unterauftragsverarbeiter',
    Record: 'Verzeichnis',
  },
};

/**
 * "Art. 30(1)(a), 37" as the language cites it: "art. 30 ust. 1 lit. a, 37" (RODO), "Art. 30 Abs. 1 lit. a, 37"
 * (DSGVO); ranges keep their dash ("lit. d–e").
 */
export function citeArticle(language: ExportLanguage, article: string): string {
  if (language === 'en' || article === '') return article;
  const paragraph = language === 'pl' ? 'ust.' : 'Abs.';
  const cited = article
    .replace(/(\d+)\((\d+)\)\(([a-z])\)-\(([a-z])\)/g, `$1 ${paragraph} $2 lit. $3–$4`)
    .replace(/(\d+)\((\d+)\)\(([a-z])\)/g, `$1 ${paragraph} $2 lit. $3`)
    .replace(/(\d+)\((\d+)\)/g, `$1 ${paragraph} $2`)
    .replace(/(\d+)-(\d+)/g, '$1–$2');
  return language === 'pl' ? cited.replace(/^Art\./, 'art.') : cited;
}

/** A column as the language heads it; the English column's article stays the key for what is required. */
export function columnIn(language: ExportLanguage, column: Column): Column {
  if (language === 'en') return column;
  const header = column.header
    .split(' / ')
    .map((part) => HEADERS[language][part as Header] ?? part)
    .join(' / ');
  return { ...column, header, article: citeArticle(language, column.article) };
}

const TITLES: Record<ExportLanguage, Record<RecordRole | 'all', { title: string; article: string }>> = {
  en: {
    controller: { title: 'Record of processing activities', article: 'Art. 30(1) GDPR' },
    processor: { title: 'Record of categories of processing activities', article: 'Art. 30(2) GDPR' },
    all: {
      title: 'Records of processing activities, as controller and as processor',
      article: 'Art. 30(1) and (2), made available under Art. 30(4) GDPR',
    },
  },
  pl: {
    controller: { title: 'Rejestr czynności przetwarzania', article: 'art. 30 ust. 1 RODO' },
    processor: { title: 'Rejestr wszystkich kategorii czynności przetwarzania', article: 'art. 30 ust. 2 RODO' },
    all: {
      title: 'Rejestry czynności przetwarzania jako administrator i jako podmiot przetwarzający',
      article: 'art. 30 ust. 1 i 2 RODO, udostępniane na podstawie art. 30 ust. 4 RODO',
    },
  },
  de: {
    controller: { title: 'Verzeichnis von Verarbeitungstätigkeiten', article: 'Art. 30 Abs. 1 DSGVO' },
    processor: { title: 'Verzeichnis aller Kategorien von Verarbeitungstätigkeiten', article: 'Art. 30 Abs. 2 DSGVO' },
    all: {
      title: 'Verzeichnisse von Verarbeitungstätigkeiten als Verantwortlicher und als Auftragsverarbeiter',
      article: 'Art. 30 Abs. 1 und 2 DSGVO, zur Verfügung gestellt nach Art. 30 Abs. 4 DSGVO',
    },
  },
};

/** The record's title and article in the language (Art. 30(1) and (2) name the records in each language version). */
export const recordTitle = (language: ExportLanguage, role: RecordRole | 'all'): { title: string; article: string } =>
  TITLES[language][role];

/** The cover's labels in the language. */
export const COVER_LABELS: Record<ExportLanguage, Record<string, string>> = {
  en: {},
  pl: {
    'Record type': 'Rodzaj rejestru',
    Controller: 'Administrator',
    Processor: 'Podmiot przetwarzający',
    'Controller and processor': 'Administrator i podmiot przetwarzający',
    'Registered address': 'Adres siedziby',
    'Registration number': 'Numer w rejestrze',
    Contact: 'Kontakt',
    'Data protection officer': 'Inspektor ochrony danych',
    'Representative (Art. 27)': 'Przedstawiciel (art. 27)',
    'Supervisory authority': 'Organ nadzorczy',
    'Exported at': 'Data eksportu',
    'Record as of': 'Stan rejestru na',
    'Content hash (SHA-256)': 'Skrót treści (SHA-256)',
    'Compliance findings': 'Wyniki kontroli zgodności',
  },
  de: {
    'Record type': 'Art des Verzeichnisses',
    Controller: 'Verantwortlicher',
    Processor: 'Auftragsverarbeiter',
    'Controller and processor': 'Verantwortlicher und Auftragsverarbeiter',
    'Registered address': 'Anschrift des Sitzes',
    'Registration number': 'Registernummer',
    Contact: 'Kontakt',
    'Data protection officer': 'Datenschutzbeauftragte(r)',
    'Representative (Art. 27)': 'Vertreter (Art. 27)',
    'Supervisory authority': 'Aufsichtsbehörde',
    'Exported at': 'Exportiert am',
    'Record as of': 'Stand des Verzeichnisses',
    'Content hash (SHA-256)': 'Prüfsumme des Inhalts (SHA-256)',
    'Compliance findings': 'Ergebnisse der Prüfung',
  },
};

export const coverLabel = (language: ExportLanguage, label: string): string => COVER_LABELS[language][label] ?? label;
