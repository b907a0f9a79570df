/**
 * The Art. 30 record's fixed words in German, in the terms of the German text of Regulation (EU) 2016/679 (DSGVO):
 * "Verantwortlicher", "gemeinsam Verantwortlicher", "Auftragsverarbeiter", "Standardvertragsklauseln",
 * "Angemessenheitsbeschluss"; articles cited as "Art. 6 Abs. 1 lit. b".
 */
import { RIGHT_ARTICLES } from '../reference/rights';
import { type CellWording, humanizedCells } from './cell-wording';
import { citeArticle } from './export-language';

const cite = (article: string): string => citeArticle('de', article);

export const DE: CellWording = {
  notRecorded: 'Nicht erfasst',
  notRecordedInline: 'nicht erfasst',
  none: 'Keine',
  noneInline: 'keiner',
  notApplicable: 'Nicht anwendbar',
  notApplicableBecause: (reason) => `Nicht anwendbar: ${reason}`,
  noneDesignated: (reason) => `Nicht benannt: ${reason}`,
  yes: 'ja',
  no: 'nein',
  ...humanizedCells('de'),

  roles: {
    controller: 'Verantwortlicher',
    joint_controller: 'gemeinsam Verantwortlicher (Art. 26)',
    processor: 'Auftragsverarbeiter (Art. 28)',
  },
  statuses: { draft: 'Entwurf', active: 'aktiv', retired: 'eingestellt' },
  requirements: {
    statutory: 'gesetzlich vorgeschrieben',
    contractual: 'vertraglich vorgeschrieben',
    contract_precondition: 'für einen Vertragsabschluss erforderlich',
    none: 'weder gesetzlich noch vertraglich vorgeschrieben; die Bereitstellung ist freiwillig',
  },
  ifNotProvided: (consequences) => `. Folgen der Nichtbereitstellung: ${consequences}`,
  dpiaStatuses: { not_started: 'nicht begonnen', in_progress: 'in Bearbeitung', completed: 'abgeschlossen' },
  securityKinds: { technical: 'technisch', organisational: 'organisatorisch' },
  rights: {
    access: 'Auskunftsrecht',
    rectification: 'Recht auf Berichtigung',
    erasure: 'Recht auf Löschung',
    restriction: 'Recht auf Einschränkung der Verarbeitung',
    portability: 'Recht auf Datenübertragbarkeit',
    object: 'Widerspruchsrecht',
    withdraw_consent: 'Recht auf Widerruf der Einwilligung',
    complaint: 'Recht auf Beschwerde bei einer Aufsichtsbehörde',
  },
  rightArticles: {
    access: cite(RIGHT_ARTICLES.access),
    rectification: cite(RIGHT_ARTICLES.rectification),
    erasure: cite(RIGHT_ARTICLES.erasure),
    restriction: cite(RIGHT_ARTICLES.restriction),
    portability: cite(RIGHT_ARTICLES.portability),
    object: cite(RIGHT_ARTICLES.object),
    withdraw_consent: cite(RIGHT_ARTICLES.withdraw_consent),
    complaint: cite(RIGHT_ARTICLES.complaint),
  },
  notSubjectToAutomatedDecision:
    'Recht, nicht einer ausschließlich auf einer automatisierten Verarbeitung beruhenden Entscheidung unterworfen zu werden (Art. 22)',
  legalBases: {
    art6_1_a: 'Art. 6 Abs. 1 lit. a – Einwilligung',
    art6_1_b: 'Art. 6 Abs. 1 lit. b – Erfüllung eines Vertrags',
    art6_1_c: 'Art. 6 Abs. 1 lit. c – rechtliche Verpflichtung',
    art6_1_d: 'Art. 6 Abs. 1 lit. d – lebenswichtige Interessen',
    art6_1_e: 'Art. 6 Abs. 1 lit. e – Wahrnehmung einer Aufgabe im öffentlichen Interesse oder in Ausübung öffentlicher Gewalt',
    art6_1_f: 'Art. 6 Abs. 1 lit. f – berechtigte Interessen',
  },
  specialConditions: {
    art9_2_a: 'Art. 9 Abs. 2 lit. a – ausdrückliche Einwilligung',
    art9_2_b: 'Art. 9 Abs. 2 lit. b – Arbeitsrecht und Recht der sozialen Sicherheit und des Sozialschutzes',
    art9_2_c: 'Art. 9 Abs. 2 lit. c – lebenswichtige Interessen einer Person, die ihre Einwilligung nicht geben kann',
    art9_2_d:
      'Art. 9 Abs. 2 lit. d – Organisation ohne Gewinnerzielungsabsicht mit politischem, weltanschaulichem, religiösem oder gewerkschaftlichem Zweck',
    art9_2_e: 'Art. 9 Abs. 2 lit. e – von der betroffenen Person offensichtlich öffentlich gemachte Daten',
    art9_2_f:
      'Art. 9 Abs. 2 lit. f – Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen oder Handlungen der Gerichte im Rahmen ihrer justiziellen Tätigkeit',
    art9_2_g:
      'Art. 9 Abs. 2 lit. g – erhebliches öffentliches Interesse auf der Grundlage des Unionsrechts oder des Rechts eines Mitgliedstaats',
    art9_2_h:
      'Art. 9 Abs. 2 lit. h – Gesundheitsvorsorge oder Arbeitsmedizin, Versorgung oder Behandlung im Gesundheits- oder Sozialbereich',
    art9_2_i: 'Art. 9 Abs. 2 lit. i – öffentliches Interesse im Bereich der öffentlichen Gesundheit',
    art9_2_j: 'Art. 9 Abs. 2 lit. j – Archivzwecke, wissenschaftliche oder historische Forschungszwecke, statistische Zwecke',
  },
  art22Exceptions: {
    contract: 'Art. 22 Abs. 2 lit. a – für den Abschluss oder die Erfüllung eines Vertrags mit der Person erforderlich',
    law: 'Art. 22 Abs. 2 lit. b – aufgrund von Rechtsvorschriften der Union oder der Mitgliedstaaten zulässig',
    explicit_consent: 'Art. 22 Abs. 2 lit. c – ausdrückliche Einwilligung der Person',
  },
  collectionMethods: {
    provided: 'von der betroffenen Person bereitgestellt',
    observed: 'bei der Nutzung des Dienstes beobachtet',
    derived: 'aus anderen Daten abgeleitet',
    third_party: 'von Dritten erhalten (Art. 14)',
  },
  sourceNotNamed: (reason) => `Quelle nicht angegeben (Erwägungsgrund 61): ${reason}`,
  specialCategoryMark: 'besondere Kategorie, Art. 9',
  criminalDataMark: 'Daten über strafrechtliche Verurteilungen und Straftaten, Art. 10',
  unionLaw: 'Unionsrecht',
  lawOf: (country) => `nationales Recht: ${country}`,
  conditionUnder: (condition, law) => `${condition}, auf Grundlage von: ${law}`,
  conditionLawNotRecorded: (condition) => `${condition}, Rechtsvorschrift nicht erfasst`,
  noSpecialCategoryData: 'Keine (keine besonderen Kategorien personenbezogener Daten)',
  noCriminalData: 'Keine (keine Daten über strafrechtliche Verurteilungen und Straftaten)',
  jointController: (name, country, arrangement, contact) =>
    `${name} (${country}${arrangement ? `, Vereinbarung: ${arrangement}` : ''}) — Anlaufstelle: ${contact}`,
  automated: {
    appliesNotRecorded: ' (ob Art. 22 Abs. 1 anwendbar ist: nicht erfasst)',
    applies: ' (Art. 22 Abs. 1)',
    logic: (applies, logic) => `Automatisierte Entscheidungsfindung${applies} — involvierte Logik: ${logic}`,
    significance: (text) => `Tragweite und angestrebte Auswirkungen: ${text}`,
    exceptionNotRecorded: 'Ausnahme: nicht erfasst',
    humanIntervention: 'Eingreifen einer Person',
    expressView: 'Darlegung des eigenen Standpunkts',
    contest: 'Anfechtung der Entscheidung',
    profiling: 'Profiling',
  },

  retention: {
    triggers: {
      collection: 'ab Erhebung der Daten',
      end_of_contract: 'ab Vertragsende',
      consent_withdrawal: 'bis zum Widerruf der Einwilligung',
      last_activity: 'ab der letzten Aktivität',
      claims_expiry: 'bis zur Verjährung vertraglicher Ansprüche',
      other: 'ab dem in den Kriterien beschriebenen Ereignis',
    },
    retiredOn: (date, after, rules) =>
      `${date ? `Eingestellt am ${date}` : 'Eingestellt (Datum nicht erfasst)'}; ${after}. Speicherfristen während des Betriebs: ${rules}`,
    afterRetirementNotRecorded: 'was mit ihren Daten geschah, ist nicht erfasst',
    afterRetirement: {
      erased: 'ihre Daten wurden gelöscht',
      anonymised: 'ihre Daten wurden anonymisiert und sind keine personenbezogenen Daten mehr',
      kept_until_retention_ends: 'ihre Daten werden nur bis zum Ende der anschließenden Speicherfrist aufbewahrt und dann gelöscht',
      kept_under_legal_obligation: 'ihre Daten werden nur aufbewahrt, soweit eine rechtliche Verpflichtung es verlangt, und dann gelöscht',
      returned_to_controller: 'ihre Daten wurden nach Wahl des Verantwortlichen zurückgegeben oder gelöscht (Art. 28 Abs. 3 lit. g)',
    },
  },
  transfers: {
    mechanisms: {
      adequacy: 'Art. 45 – Angemessenheitsbeschluss der Europäischen Kommission',
      dpf: 'Art. 45 – EU-US-Datenschutzrahmen (Beschluss (EU) 2023/1795), für einen zertifizierten Empfänger',
      scc: 'Art. 46 Abs. 2 lit. c – Standardvertragsklauseln (Beschluss (EU) 2021/914)',
      bcr: 'Art. 46 Abs. 2 lit. b und Art. 47 – verbindliche interne Datenschutzvorschriften',
      code_of_conduct: 'Art. 46 Abs. 2 lit. e – genehmigte Verhaltensregeln mit verbindlichen Verpflichtungen des Empfängers im Drittland',
      certification:
        'Art. 46 Abs. 2 lit. f – genehmigter Zertifizierungsmechanismus mit verbindlichen Verpflichtungen des Empfängers im Drittland',
      derogation: 'Art. 49 – Ausnahme für einen bestimmten Fall',
    },
    derogations: {
      a: 'Art. 49 Abs. 1 lit. a – ausdrückliche Einwilligung in die Übermittlung nach Unterrichtung über die Risiken',
      b: 'Art. 49 Abs. 1 lit. b – Erfüllung eines Vertrags mit der betroffenen Person',
      c: 'Art. 49 Abs. 1 lit. c – Vertrag im Interesse der betroffenen Person',
      d: 'Art. 49 Abs. 1 lit. d – wichtige Gründe des öffentlichen Interesses',
      e: 'Art. 49 Abs. 1 lit. e – Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen',
      f: 'Art. 49 Abs. 1 lit. f – lebenswichtige Interessen einer Person, die ihre Einwilligung nicht geben kann',
      g: 'Art. 49 Abs. 1 lit. g – Übermittlung aus einem öffentlichen Register',
      compelling_legitimate_interests: 'Art. 49 Abs. 1 Unterabs. 2 – zwingende berechtigte Interessen',
    },
    sccModules: {
      1: 'Modul Eins (Verantwortlicher an Verantwortlichen)',
      2: 'Modul Zwei (Verantwortlicher an Auftragsverarbeiter)',
      3: 'Modul Drei (Auftragsverarbeiter an Auftragsverarbeiter)',
      4: 'Modul Vier (Auftragsverarbeiter an Verantwortlichen)',
    },
    fromRoles: ' (aus den Rollen der Parteien abgeleitet)',
    mechanismNotRecorded: 'Übermittlungsinstrument nicht erfasst',
    noThirdCountry: 'Keine (kein Empfänger in einem Drittland)',
    onwardBy: (processor, country, basis) =>
      `Weiterübermittlung durch unseren Auftragsverarbeiter ${processor} (${country}), nicht durch uns (Art. 44): ${basis}`,
    onwardUnderDpf: 'nach dem Grundsatz zur Weiterübermittlung des EU-US-Datenschutzrahmens',
    onwardUnderContract: 'mit denselben Datenschutzpflichten, vertraglich auferlegt (Art. 28 Abs. 4)',
  },
  recipients: {
    types: {
      processor: 'Auftragsverarbeiter, der auf unsere Weisung handelt (Art. 28)',
      sub_processor: 'Unterauftragsverarbeiter, den einer unserer Auftragsverarbeiter in Anspruch nimmt (Art. 28 Abs. 4)',
      joint_controller: 'gemeinsam Verantwortlicher (Art. 26)',
      independent_controller: 'eigenständiger Verantwortlicher mit eigener Datenschutzerklärung',
      public_authority: 'Behörde, soweit gesetzlich vorgeschrieben',
      internal: 'unser eigenes Personal',
    },
    ourSubProcessor: 'unser Unterauftragsverarbeiter, mit Genehmigung des Verantwortlichen in Anspruch genommen (Art. 28 Abs. 2, 4)',
    noProcessor: 'Keine (kein Auftragsverarbeiter)',
  },
  recordLabels: { controller: 'Art. 30 Abs. 1 – Verantwortlicher', processor: 'Art. 30 Abs. 2 – Auftragsverarbeiter' },
  cover: {
    noReason: 'kein Grund erfasst',
    noControllerProfile: 'Kein Profil des Verantwortlichen erfasst',
    currentState: '(aktueller Stand)',
    findings: (errors, warnings) => `Fehler: ${errors}, Warnungen: ${warnings}`,
  },
  pdf: {
    noActivity: 'Es ist keine Verarbeitungstätigkeit erfasst.',
    noActivityInRecord: 'In diesem Verzeichnis ist keine Verarbeitungstätigkeit erfasst.',
    exported: 'exportiert',
    page: (n) => `Seite ${n}`,
    end: (activities, pages) =>
      `Ende des Verzeichnisses: ${activities} ${activities === 1 ? 'Verarbeitungstätigkeit' : 'Verarbeitungstätigkeiten'} auf ${pages} Seiten.`,
  },
  sheets: {
    cover: 'Deckblatt',
    records: { controller: 'Verzeichnis Art. 30 Abs. 1', processor: 'Verzeichnis Art. 30 Abs. 2' },
    recipients: 'Empfänger',
    transfers: 'Übermittlungen',
    retention: 'Speicherfristen',
    security: 'Sicherheitsmaßnahmen',
    heading: {
      recipient: 'Empfänger',
      type: 'Art',
      country: 'Staat',
      dpf: 'DPF-zertifiziert',
      dpa: 'Vertrag zur Auftragsverarbeitung',
      privacyPolicy: 'Datenschutzerklärung',
      usedBy: 'Verarbeitungstätigkeiten',
      mechanism: 'Übermittlungsinstrument',
      safeguards: 'Garantien',
      copy: 'Kopie der Garantien',
      retentionRule: 'Aufbewahrungsregel',
      periodTriggerCriteria: 'Frist, Auslöser und Kriterien',
      measure: 'Maßnahme',
      kind: 'Art',
      description: 'Beschreibung',
    },
    copyOnRequest: 'auf Anfrage erhältlich',
    copyNotAvailable: 'nicht erhältlich',
  },
};
