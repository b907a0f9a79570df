import type { RecipientType } from '../../../domain/vocabulary';
import { humanizer } from '../../../language/humanize';
import { type PolicyCatalogue, tableCells } from './catalogue';
import { sentenceOf as sentence } from '../../../language/sentences';
import { deLawful } from './de-lawful';
import { deLaws } from './de-laws';

/** A relationship as the opening joins it: a subordinate clause ("wenn…", "weil…") is set off by a comma. */
const forYou = (audience: string): string =>
  /^(wenn|weil|da|falls|sobald|soweit|sofern|solange|nachdem|indem|während|bevor|dass|ob|als (?:Sie|du|ihr))(?=\s)/i.test(audience)
    ? `, ${audience}`
    : ` ${audience}`;

/*
 * Terminology of the German version of Regulation (EU) 2016/679 (ABl. L 119 vom 4.5.2016, with its
 * corrigenda), as the Datenschutzkonferenz (DSK) uses it: Verantwortlicher, Auftragsverarbeiter,
 * Empfänger, gemeinsam Verantwortliche, Datenschutzbeauftragter, Vertreter, Aufsichtsbehörde, Drittland,
 * Angemessenheitsbeschluss, Standarddatenschutzklauseln, verbindliche interne Datenschutzvorschriften.
 * Articles are cited "Art. 6 Abs. 1 lit. f DSGVO"; the reader is addressed as "Sie".
 */

const h = (): ReturnType<typeof humanizer> => humanizer('de');

/** A role in a few words, for the per-purpose table. */
const recipientRole: Record<RecipientType, string> = {
  internal: 'innerhalb unseres Unternehmens',
  processor: 'als Auftragsverarbeiter in unserem Auftrag',
  sub_processor: 'als Unterauftragsverarbeiter',
  joint_controller: 'in gemeinsamer Verantwortlichkeit mit uns',
  independent_controller: 'in eigener Verantwortlichkeit',
  public_authority: 'als Behörde',
};

/**
 * "Implementing Decision (EU) 2019/419" → "Durchführungsbeschluss (EU) 2019/419"; before the Lisbon Treaty the
 * Commission's decisions were "Entscheidungen" (2000/518/EG), after it "Beschlüsse" (2010/625/EU).
 */
function decisionName(decision: string): string {
  const implementing = /^Implementing Decision \(EU\) (\S+)$/.exec(decision);
  if (implementing) return `Durchführungsbeschluss (EU) ${implementing[1]} der Kommission`;
  const older = /^Decision (\d{4}\/\d+)\/(EC|EU)$/.exec(decision);
  if (older) return older[2] === 'EC' ? `Entscheidung ${older[1]}/EG der Kommission` : `Beschluss ${older[1]}/EU der Kommission`;
  return decision;
}

/**
 * The register line in the form German imprints use ("Handelsregister: Amtsgericht München, HRB 12345"): the
 * register is named from the recorded number's prefix (HRA/HRB, VR, GnR, PR); any other number is a "Registernummer".
 */
function registerLine(registrationNumber: string): string {
  const registers: [RegExp, string][] = [
    [/\bHR[AB]\s*\d/, 'Handelsregister'],
    [/\bVR\s*\d/, 'Vereinsregister'],
    [/\bGnR\s*\d/, 'Genossenschaftsregister'],
    [/\bPR\s*\d/, 'Partnerschaftsregister'],
  ];
  const register = registers.find(([pattern]) => pattern.test(registrationNumber))?.[1];
  return register ? `${register}: ${registrationNumber}` : `Registernummer: ${registrationNumber}`;
}

const requirementKind: PolicyCatalogue['requirementKind'] = {
  statutory: 'die Bereitstellung dieser Daten ist gesetzlich vorgeschrieben',
  contractual: 'die Bereitstellung dieser Daten ist vertraglich vorgeschrieben',
  contract_precondition: 'wir benötigen diese Daten für einen Vertragsabschluss mit Ihnen',
  none: 'die Bereitstellung dieser Daten ist freiwillig',
};

/** ropa's own wording in German, addressed to the reader ("Sie"), in the terms of the German text of the DSGVO. */
export const de: PolicyCatalogue = {
  ...deLawful,
  ...deLaws,
  headings: {
    'who-we-are': 'Wer wir sind und wie Sie uns erreichen',
    'data-we-process': 'Welche Daten wir verarbeiten',
    sources: 'Woher Ihre Daten stammen',
    'purposes-and-legal-bases': 'Zwecke und Rechtsgrundlagen der Verarbeitung',
    'cookies-and-similar-technologies': 'Cookies, Web-Beacons, Zählpixel und ähnliche Technologien',
    recipients: 'Wer Ihre Daten erhält',
    'international-transfers': 'Übermittlungen an Drittländer',
    retention: 'Wie lange wir Ihre Daten speichern',
    'your-rights': 'Ihre Rechte',
    'right-to-object': 'Ihr Widerspruchsrecht',
    complaints: 'Beschwerde bei einer Aufsichtsbehörde',
    'providing-data': 'Müssen Sie uns Ihre Daten geben?',
    'automated-decisions': 'Automatisierte Entscheidungen und Profiling',
    children: 'Kinder',
    security: 'Wie wir Ihre Daten schützen',
    changes: 'Änderungen dieser Datenschutzerklärung',
  },
  tableOfContents: 'Inhalt',
  draftBanner:
    'Entwurf — nicht veröffentlicht. Dies ist eine Vorschau dessen, was eine Veröffentlichung jetzt öffentlich machen würde; er gilt nicht.',
  effectiveFrom: (when) => `Diese Fassung gilt ab dem ${when}.`,
  upcomingChange: (when, summary) => `Am ${when} ändert sich diese Datenschutzerklärung. ${sentence(summary)}`,

  intro: (controller, audience) =>
    `${controller} („wir“, „uns“) entscheidet über die Zwecke und Mittel der Verarbeitung Ihrer personenbezogenen Daten und ist daher Verantwortlicher dieser Verarbeitung.${audience ? ` Diese Hinweise richten sich an Sie${forYou(audience)}.` : ''} Hier erfahren Sie, um welche Daten es geht, was wir mit ihnen tun und warum, wer sie außerdem erhält, wie lange wir sie speichern und welche Rechte Sie haben.`,
  regulation:
    'Maßgeblich dafür sind die Verordnung (EU) 2016/679 (Datenschutz-Grundverordnung, „DSGVO“) und die übrigen für uns geltenden Datenschutzvorschriften.',
  registeredOffice: (address, registrationNumber) => `Unser Sitz: ${address}. ${registerLine(registrationNumber)}.`,
  contactUs: (email, phone, website) =>
    `Fragen zu dieser Datenschutzerklärung oder zu Ihren Daten? Schreiben Sie an ${email}${phone ? ` oder rufen Sie ${phone} an` : ''}.${website ? ` Unsere Website: ${website}.` : ''}`,
  // The pair form ("der oder des") names the office whoever holds it (the DSGVO's "des Datenschutzbeauftragten" is generic).
  dpo: (email, name, phone) =>
    `Kontaktdaten der oder des Datenschutzbeauftragten${name ? ` (${name})` : ''}: ${email}${phone ? `, Telefon ${phone}` : ''}.`,
  noDpo: (reason, email) =>
    `Wir haben keinen Datenschutzbeauftragten benannt. ${sentence(reason)} Fragen zu Ihren Daten richten Sie bitte an ${email}.`,
  representative: (name, email, address) => `Unser Vertreter in der Europäischen Union ist ${name}, ${address}, ${email}.`,
  noRepresentative: (reason) => `Wir haben keinen Vertreter in der Europäischen Union. ${sentence(reason)}`,
  thirdPartyLinks:
    'Unsere Website und unsere Dienste können Sie zu Angeboten anderer Unternehmen führen. Diese entscheiden selbst, wie sie Ihre Daten verwenden; dort gelten deren eigene Datenschutzerklärungen.',

  dataIntro: (purposesHeading) =>
    `Je nachdem, wie Sie mit uns in Kontakt kommen, verarbeiten wir die folgenden Arten personenbezogener Daten; welcher Zweck welche davon nutzt, zeigt die Tabelle unter „${purposesHeading}“:`,
  dataCategory: (name, examples, description, special, criminal) =>
    `${name}${examples.length > 0 ? ` (${examples.join(', ')})` : ''}${description ? ` — ${description.trim().replace(/\.$/, '')}` : ''}${special ? ' [besondere Kategorie personenbezogener Daten, Art. 9 DSGVO]' : ''}${criminal ? ' [Daten über strafrechtliche Verurteilungen und Straftaten, Art. 10 DSGVO]' : ''}.`,

  sourcesIntro: 'Einige Ihrer Daten erhalten wir nicht von Ihnen selbst:',
  sourceOfActivity: (activity, source, categories) =>
    `Zweck „${activity}“: ${sentence(source)}${categories.length > 0 ? ` Auf diesem Weg erhalten wir: ${categories.join(', ')}.` : ''}`,
  sourcesOtherwise: 'Alle übrigen Daten geben Sie uns selbst, oder sie entstehen, während Sie unsere Website und unsere Dienste nutzen.',
  sourcesOtherwiseDirect: 'Alle übrigen Daten geben Sie uns selbst.',
  sourcesTiming:
    'Erhalten wir Daten über Sie von anderer Seite, teilen wir Ihnen das innerhalb einer angemessenen Frist mit, spätestens nach einem Monat; nutzen wir sie, um mit Ihnen in Kontakt zu treten, spätestens bei der ersten Kontaktaufnahme; wollen wir sie weitergeben, spätestens bei der ersten Offenlegung (Art. 14 Abs. 3 DSGVO).',

  purposesIntro:
    'Wir verwenden Ihre Daten nur zu den unten genannten Zwecken. Für jeden Zweck nennt die Tabelle die verwendeten Daten, die Rechtsgrundlage nach Art. 6 Abs. 1 DSGVO, die Speicherdauer und die Empfänger.',
  purposeColumns: ['Zweck', 'Daten', 'Rechtsgrundlage', 'Speicherdauer', 'Empfänger'],
  basisGroup: {
    art6_1_a: 'Mit Ihrer Einwilligung (Art. 6 Abs. 1 lit. a DSGVO):',
    art6_1_b:
      'Weil wir sie zur Erfüllung eines Vertrags mit Ihnen oder zur Durchführung vorvertraglicher Maßnahmen auf Ihre Anfrage benötigen (Art. 6 Abs. 1 lit. b DSGVO):',
    art6_1_c: 'Weil uns eine rechtliche Verpflichtung dazu zwingt (Art. 6 Abs. 1 lit. c DSGVO):',
    art6_1_d: 'Um Ihre lebenswichtigen Interessen oder die einer anderen Person zu schützen (Art. 6 Abs. 1 lit. d DSGVO):',
    art6_1_e: 'Zur Wahrnehmung einer Aufgabe im öffentlichen Interesse oder in Ausübung öffentlicher Gewalt (Art. 6 Abs. 1 lit. e DSGVO):',
    art6_1_f:
      'Zur Wahrung unserer berechtigten Interessen, die wir gegen Ihre Interessen und Grundrechte abgewogen haben (Art. 6 Abs. 1 lit. f DSGVO):',
  },
  basisLabel: {
    art6_1_a: 'Ihre Einwilligung (Art. 6 Abs. 1 lit. a DSGVO).',
    art6_1_b: 'Erfüllung eines Vertrags mit Ihnen oder vorvertragliche Maßnahmen auf Ihre Anfrage (Art. 6 Abs. 1 lit. b DSGVO).',
    art6_1_c: 'Eine rechtliche Verpflichtung, der wir unterliegen (Art. 6 Abs. 1 lit. c DSGVO).',
    art6_1_d: 'Lebenswichtige Interessen (Art. 6 Abs. 1 lit. d DSGVO).',
    art6_1_e: 'Eine Aufgabe im öffentlichen Interesse oder in Ausübung öffentlicher Gewalt (Art. 6 Abs. 1 lit. e DSGVO).',
    art6_1_f: 'Unsere berechtigten Interessen (Art. 6 Abs. 1 lit. f DSGVO).',
  },
  requirementKind,
  ...tableCells(requirementKind, recipientRole),
  legitimateInterest: (interest) => `Unser berechtigtes Interesse: ${sentence(interest)}`,
  legalObligation: (law) => `Die Verpflichtung: ${sentence(law)}`,
  consentGiven: (how) => `So erteilen Sie die Einwilligung: ${sentence(how)}`,
  consentWithdrawn: (how) => `So widerrufen Sie sie: ${sentence(how)}`,
  directMarketingNote: (channels) =>
    `Es handelt sich um Direktwerbung${channels.length > 0 ? ` (${h().and(channels)})` : ''}: Sie können ihr jederzeit ohne Angabe von Gründen widersprechen.`,
  specialConditionLabel: {
    art9_2_a: 'Art. 9 Abs. 2 lit. a DSGVO (ausdrückliche Einwilligung)',
    art9_2_b: 'Art. 9 Abs. 2 lit. b DSGVO (Arbeitsrecht und Recht der sozialen Sicherheit und des Sozialschutzes)',
    art9_2_c: 'Art. 9 Abs. 2 lit. c DSGVO (lebenswichtige Interessen einer Person, die ihre Einwilligung nicht geben kann)',
    art9_2_d:
      'Art. 9 Abs. 2 lit. d DSGVO (Stiftung, Vereinigung oder sonstige Organisation ohne Gewinnerzielungsabsicht mit politischer, weltanschaulicher, religiöser oder gewerkschaftlicher Ausrichtung)',
    art9_2_e: 'Art. 9 Abs. 2 lit. e DSGVO (von der betroffenen Person offensichtlich öffentlich gemachte Daten)',
    art9_2_f: 'Art. 9 Abs. 2 lit. f DSGVO (Rechtsansprüche oder Handlungen der Gerichte im Rahmen ihrer justiziellen Tätigkeit)',
    art9_2_g:
      'Art. 9 Abs. 2 lit. g DSGVO (erhebliches öffentliches Interesse auf Grundlage des Unionsrechts oder des Rechts eines Mitgliedstaats)',
    art9_2_h:
      'Art. 9 Abs. 2 lit. h DSGVO (Gesundheitsvorsorge, Arbeitsmedizin, Versorgung oder Behandlung im Gesundheits- oder Sozialbereich)',
    art9_2_i: 'Art. 9 Abs. 2 lit. i DSGVO (öffentliches Interesse im Bereich der öffentlichen Gesundheit)',
    art9_2_j: 'Art. 9 Abs. 2 lit. j DSGVO (Archivzwecke, wissenschaftliche oder historische Forschungszwecke, statistische Zwecke)',
  },
  specialCondition: (condition) => `Besondere Kategorien personenbezogener Daten verarbeiten wir auf Grundlage von ${condition}.`,
  criminalAuthorisation: (authorisation) =>
    `Daten über strafrechtliche Verurteilungen und Straftaten verarbeiten wir auf folgender Grundlage: ${sentence(authorisation)}`,
  consentWithdrawal:
    'Soweit wir uns auf Ihre Einwilligung stützen, können Sie sie jederzeit widerrufen, und zwar so einfach, wie Sie sie erteilt haben. Der Widerruf berührt nicht die Rechtmäßigkeit dessen, was wir bis dahin auf Grundlage der Einwilligung getan haben.',

  trackersIntro: ({ files, images, inEmails, consent }) =>
    `${inEmails ? 'Unsere Website und unsere E-Mails verwenden' : 'Unsere Website verwendet'} ${files && images ? 'kleine Dateien und Bilder' : files ? 'kleine Dateien' : 'kleine Bilder'}, ${files ? 'die Informationen auf Ihrem Endgerät speichern oder von dort auslesen' : 'die beim Laden Informationen von Ihrem Endgerät auslesen'}. ${consent ? 'Was nicht unbedingt erforderlich ist, setzen wir nur mit Ihrer Einwilligung ein.' : 'Wir setzen nur ein, was unbedingt erforderlich ist, um Ihnen den gewünschten Dienst bereitzustellen.'}`,
  trackerColumns: ['Name', 'Art', 'Gesetzt von', 'Wozu es dient', 'Speicherdauer', 'Erhobene Daten', 'Rechtsgrundlage'],
  trackerKind: {
    cookie: 'Cookie',
    web_beacon: 'Web-Beacon',
    pixel: 'Zählpixel',
    local_storage: 'lokaler Speicher des Browsers',
    sdk: 'Software Development Kit (SDK)',
  },
  trackerCategory: {
    strictly_necessary: 'unbedingt erforderlich',
    functional: 'Funktion',
    analytics: 'Analyse',
    marketing: 'Marketing',
  },
  firstParty: (provider) => `${provider} (wir selbst)`,
  thirdParty: (provider) => `${provider} (Drittanbieter)`,
  noDuration: {
    web_beacon: 'auf Ihrem Endgerät wird nichts gespeichert',
    pixel: 'auf Ihrem Endgerät wird nichts gespeichert',
  },
  consentBasis: 'Ihre Einwilligung',
  necessaryBasis: 'erforderlich, um den von Ihnen gewünschten Dienst bereitzustellen',
  optOutIntro: 'So können Sie sie ablehnen oder entfernen:',
  thirdPartyTrackers: (providers) =>
    `Einige davon setzen andere Unternehmen (${providers}). Wie diese die Daten für eigene Zwecke verwenden, regelt nicht diese Erklärung; bitte lesen Sie deren Datenschutzerklärungen.`,
  noTrackers: 'Dieser Dienst verwendet keine Cookies, Web-Beacons, Zählpixel oder ähnlichen Technologien.',

  recipientsIntro: 'Wir legen Ihre Daten nur wie hier beschrieben offen, und nur soweit der jeweilige Empfänger sie braucht:',
  recipientType: {
    internal: 'Innerhalb unseres Unternehmens',
    processor:
      'Auftragsverarbeiter, die nur nach unseren Weisungen auf Grundlage eines Vertrags mit uns handeln und die Daten nicht für eigene Zwecke verwenden dürfen',
    sub_processor: 'Weitere Auftragsverarbeiter, die unsere Dienstleister zu denselben Bedingungen einsetzen',
    joint_controller: 'Gemeinsam mit uns Verantwortliche, die mit uns über die Verwendung Ihrer Daten entscheiden',
    independent_controller:
      'Eigenständige Verantwortliche, die nach ihren eigenen Datenschutzerklärungen selbst über die Verwendung entscheiden',
    public_authority: 'Behörden, wenn das Gesetz es verlangt',
  },
  recipient: (name, country, description) => `${name}, ${country}${description?.trim() ? ` — ${sentence(description)}` : '.'}`,
  ownPolicy: (url) => `Datenschutzerklärung des Empfängers: ${url}`,
  jointArrangement: (essence) =>
    `Das Wesentliche unserer Vereinbarung über die jeweiligen Zuständigkeiten (Art. 26 Abs. 2 DSGVO): ${sentence(essence)}`,
  jointContactPoint: (contact) => `Anlaufstelle für diese Verarbeitung: ${sentence(contact)}`,
  noRecipients: 'Wir geben Ihre Daten an niemanden sonst weiter.',

  transfersIntro: 'Einige Empfänger verarbeiten Ihre Daten in Drittländern, also außerhalb des Europäischen Wirtschaftsraums (EWR):',
  establishedOutsideEea: (country) =>
    `Wir sind in einem Staat außerhalb des Europäischen Wirtschaftsraums (EWR) niedergelassen: ${country}. Dort verarbeiten wir Ihre Daten. Die DSGVO gilt für diese Verarbeitung, weil wir unsere Dienste Personen im EWR anbieten oder ihr Verhalten dort beobachten (Art. 3 Abs. 2 DSGVO); Daten, die Sie uns senden, gelangen unmittelbar zu uns.`,
  onwardTransfersIntro: 'Von dort aus verarbeiten einige Empfänger Ihre Daten in weiteren Staaten außerhalb des EWR:',
  noOnwardTransfers: 'Wir geben Ihre Daten nicht an Empfänger in weiteren Staaten außerhalb des EWR weiter.',
  onwardByProcessorsIntro:
    'Einige unserer Auftragsverarbeiter außerhalb des EWR geben Daten an eigene Unterauftragsverarbeiter weiter. Das sind deren Weiterübermittlungen, für die die DSGVO ebenfalls gilt (Art. 44), keine Übermittlungen durch uns:',
  onwardLeg: (subProcessor, country, processor, basis) => `${subProcessor} (${country}), beauftragt von ${processor}. ${basis}`,
  onwardUnderDpf: (processor) =>
    `${processor} ist nach dem EU-US-Datenschutzrahmen zertifiziert, dessen Grundsatz zur Weiterübermittlung einen Vertrag mit gleichwertigem Schutz verlangt.`,
  onwardUnderContract: (processor) =>
    `${processor} muss ihm vertraglich dieselben Datenschutzpflichten auferlegen, die unser Vertrag ${processor} auferlegt (Art. 28 Abs. 4).`,
  transferTo: (country, recipients) => `${country} (${recipients}).`,
  decisionCitation: (decision, adoptedOn, renewal, validUntil) =>
    `${decisionName(decision)} vom ${h().date(adoptedOn)}${
      renewal
        ? `, verlängert durch ${renewal.decision ? `${decisionName(renewal.decision)} vom ${h().date(renewal.adoptedOn)}` : `den Beschluss der Kommission vom ${h().date(renewal.adoptedOn)}`}`
        : ''
    }${validUntil ? `, gültig bis ${h().date(validUntil)}` : ''}`,
  adequacyScope: {
    appi: 'Unternehmen, die personenbezogene Informationen nach dem japanischen Gesetz über den Schutz personenbezogener Informationen (APPI) verarbeiten',
    pipeda:
      'kommerzielle Organisationen, die dem kanadischen Personal Information Protection and Electronic Documents Act (PIPEDA) unterliegen',
    pipa: 'Organisationen, die dem koreanischen Gesetz über den Schutz personenbezogener Informationen (PIPA) unterliegen',
    lgpd: 'Verarbeitungen, die dem brasilianischen allgemeinen Datenschutzgesetz (LGPD) unterliegen',
    dpf: 'Organisationen, die nach dem EU-US-Datenschutzrahmen (Data Privacy Framework) zertifiziert sind',
    safe_harbor: 'Organisationen, die sich nach den Grundsätzen des „sicheren Hafens“ (Safe Harbor) selbst zertifiziert hatten',
    privacy_shield: 'Organisationen, die nach dem EU-US-Datenschutzschild (Privacy Shield) zertifiziert waren',
  },
  adequacyInForce: (country, citation) =>
    `Die Europäische Kommission hat beschlossen, dass dieser Staat (${country}) ein angemessenes Schutzniveau für personenbezogene Daten bietet (${citation}).`,
  adequacyPartial: (country, scope, citation) =>
    `Der Angemessenheitsbeschluss der Europäischen Kommission für diesen Staat (${country}; ${citation}) gilt nicht für das ganze Land, sondern nur für ${scope}.`,
  // Without a finite verb, so that it agrees with one recipient and with "Unsere Partner" alike.
  recipientNotCertified:
    'nicht nach diesem Rahmen zertifiziert; der Beschluss deckt diese Übermittlung daher nicht, und es sind andere Garantien nötig.',
  recipientCertified: 'nach diesem Rahmen zertifiziert; der Beschluss deckt diese Übermittlung daher.',
  transferRecipient: (recipient, details) => (details ? `${recipient} — ${details}` : sentence(recipient)),
  noAdequacy: (country) =>
    `Die Europäische Kommission hat für diesen Staat (${country}) kein angemessenes Schutzniveau für personenbezogene Daten festgestellt.`,
  mechanism: {
    adequacy: 'Die Übermittlung stützt sich auf diesen Angemessenheitsbeschluss (Art. 45 DSGVO).',
    dpf: 'Die Übermittlung stützt sich auf die Zertifizierung des Empfängers nach dem EU-US-Datenschutzrahmen (Art. 45 DSGVO, Durchführungsbeschluss (EU) 2023/1795).',
    scc: 'Die Übermittlung erfolgt auf Grundlage der von der Europäischen Kommission erlassenen Standarddatenschutzklauseln (Art. 46 Abs. 2 lit. c DSGVO, Durchführungsbeschluss (EU) 2021/914).',
    bcr: 'Die Übermittlung erfolgt auf Grundlage verbindlicher interner Datenschutzvorschriften des Empfängers, die eine Aufsichtsbehörde genehmigt hat (Art. 46 Abs. 2 lit. b und Art. 47 DSGVO).',
    code_of_conduct:
      'Die Übermittlung erfolgt auf Grundlage genehmigter Verhaltensregeln mit verbindlichen Verpflichtungen des Empfängers (Art. 46 Abs. 2 lit. e DSGVO).',
    certification:
      'Die Übermittlung erfolgt auf Grundlage eines genehmigten Zertifizierungsmechanismus mit verbindlichen Verpflichtungen des Empfängers (Art. 46 Abs. 2 lit. f DSGVO).',
  },
  sccModuleLabel: {
    1: 'Modul Eins (Übermittlung von Verantwortlichen an Verantwortliche)',
    2: 'Modul Zwei (Übermittlung von Verantwortlichen an Auftragsverarbeiter)',
    3: 'Modul Drei (Übermittlung von Auftragsverarbeitern an Auftragsverarbeiter)',
    4: 'Modul Vier (Übermittlung von Auftragsverarbeitern an Verantwortliche)',
  },
  sccModule: (module) => `Wir verwenden ${module}.`,
  derogation: {
    a: 'Die Übermittlung stützt sich auf Ihre ausdrückliche Einwilligung, die Sie erteilt haben, nachdem wir Sie über ihre Risiken unterrichtet hatten (Art. 49 Abs. 1 lit. a DSGVO).',
    b: 'Die Übermittlung ist für die Erfüllung eines Vertrags zwischen Ihnen und uns erforderlich (Art. 49 Abs. 1 lit. b DSGVO).',
    c: 'Die Übermittlung ist für einen in Ihrem Interesse geschlossenen Vertrag erforderlich (Art. 49 Abs. 1 lit. c DSGVO).',
    d: 'Die Übermittlung ist aus wichtigen Gründen des öffentlichen Interesses notwendig (Art. 49 Abs. 1 lit. d DSGVO).',
    e: 'Die Übermittlung ist zur Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen erforderlich (Art. 49 Abs. 1 lit. e DSGVO).',
    f: 'Die Übermittlung ist zum Schutz lebenswichtiger Interessen einer Person erforderlich, die ihre Einwilligung nicht geben kann (Art. 49 Abs. 1 lit. f DSGVO).',
    g: 'Die Daten stammen aus einem öffentlichen Register (Art. 49 Abs. 1 lit. g DSGVO).',
    compelling_legitimate_interests:
      'Die Übermittlung erfolgt nicht wiederholt, betrifft nur wenige Personen und dient zwingenden berechtigten Interessen von uns, die wir gegen Ihre Rechte abgewogen haben (Art. 49 Abs. 1 Unterabs. 2 DSGVO).',
  },
  transferUnrecorded: (recipient) =>
    `Welche Garantie die Übermittlung an ${recipient} schützt, haben wir noch nicht erfasst; fragen Sie uns, und wir teilen es Ihnen mit.`,
  transferRisk:
    'Deckt kein Angemessenheitsbeschluss eine Übermittlung, kann das Recht des Empfängerstaats Ihre Rechte, Ihren Zugang zu einer Aufsichtsbehörde oder die dortige Verwendung Ihrer Daten einschränken; deshalb gelten die oben genannten Garantien und unsere eigenen technischen und organisatorischen Maßnahmen.',
  copyOfSafeguards: (how) => `Eine Kopie der Garantien und Ihrer übermittelten Daten erhalten Sie so: ${sentence(how)}`,
  copyOnRequest: (email) => `Eine Kopie der Garantien und Ihrer übermittelten Daten erhalten Sie auf Anfrage an ${email}.`,
  newCountries: 'Bevor wir Ihre Daten in einen weiteren Staat außerhalb des EWR übermitteln, informieren wir Sie.',
  noTransfers: 'Ihre Daten bleiben im Europäischen Wirtschaftsraum: Wir übermitteln sie nicht in Drittländer.',

  retentionIntro: (heading) =>
    `Wir speichern Ihre Daten nicht länger, als wir sie brauchen. Wie lange das für jeden Zweck ist (ein Zeitraum oder die Kriterien, nach denen er sich bestimmt), steht in der Tabelle unter „${heading}“.`,
  retentionPeriod: (period, trigger) => `${period} ${trigger}`,
  retentionTrigger: {
    collection: 'ab der Erhebung',
    end_of_contract: 'nach Vertragsende',
    consent_withdrawal: 'oder bis zum Widerruf Ihrer Einwilligung',
    last_activity: 'nach Ihrer letzten Aktivität',
    claims_expiry: 'oder bis zur Verjährung der damit verbundenen Ansprüche',
    other: '',
  },
  retentionLaw: (reference) => `(${reference})`,

  rightsIntro: 'Nach der DSGVO haben Sie folgende Rechte:',
  right: {
    access: 'Auskunft darüber, ob wir Daten über Sie verarbeiten, und eine Kopie dieser Daten (Art. 15 DSGVO).',
    rectification: 'Berichtigung unrichtiger und Vervollständigung unvollständiger Daten (Art. 16 DSGVO).',
    restriction: 'Einschränkung der Verarbeitung, etwa solange wir eine von Ihnen verlangte Berichtigung prüfen (Art. 18 DSGVO).',
    portability:
      'Datenübertragbarkeit: Die Daten, die Sie uns bereitgestellt haben und die wir auf Grundlage einer Einwilligung oder eines Vertrags automatisiert verarbeiten, in einem strukturierten, gängigen und maschinenlesbaren Format zu erhalten und selbst einem anderen Verantwortlichen zu übermitteln oder, soweit technisch machbar, von uns direkt übermitteln zu lassen (Art. 20 Abs. 1 und 2 DSGVO).',
    withdraw_consent: 'Widerruf Ihrer Einwilligung jederzeit; was wir bis dahin getan haben, bleibt rechtmäßig (Art. 7 Abs. 3 DSGVO).',
  },
  rightToObjectPointer: 'Außerdem haben Sie ein Widerspruchsrecht, das ein eigener Abschnitt weiter unten erläutert.',
  exerciseRights: (email) =>
    `Um eines dieser Rechte auszuüben, schreiben Sie an ${email}. Wir antworten unverzüglich, in jedem Fall aber innerhalb eines Monats nach Eingang Ihres Antrags; bei komplexen oder zahlreichen Anträgen können wir diese Frist um weitere zwei Monate verlängern und teilen Ihnen dies mit den Gründen innerhalb des ersten Monats mit (Art. 12 Abs. 3 DSGVO). Die Ausübung Ihrer Rechte ist unentgeltlich; gegebenenfalls bitten wir Sie zuerst, Ihre Identität zu bestätigen.`,

  objectionIntro: (activities, publicTask, legitimateInterests) =>
    `Soweit wir uns auf ${[legitimateInterests ? 'unsere berechtigten Interessen' : '', publicTask ? 'eine Aufgabe im öffentlichen Interesse oder in Ausübung öffentlicher Gewalt' : ''].filter(Boolean).join(' oder auf ')} stützen (${activities}), können Sie aus Gründen, die sich aus Ihrer besonderen Situation ergeben, jederzeit widersprechen. Wir verarbeiten die Daten dann nicht mehr, es sei denn, wir weisen zwingende schutzwürdige Gründe nach, die Ihre Interessen, Rechte und Freiheiten überwiegen, oder wir brauchen die Daten zur Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen (Art. 21 Abs. 1 DSGVO).`,
  objectionMarketing: (activities, profiling) =>
    `Wir verwenden Ihre Daten für Direktwerbung (${activities})${profiling ? ', einschließlich eines damit verbundenen Profilings' : ''}. Dem können Sie jederzeit ohne Begründung widersprechen; danach verwenden wir Ihre Daten nicht mehr für Direktwerbung. Eine Abwägung mit unseren Interessen findet dabei nicht statt (Art. 21 Abs. 2 und 3 DSGVO).`,
  objectionHow: (email) => `Ihren Widerspruch richten Sie an ${email}.`,

  complaintWithoutLeadAuthority: (representative) =>
    `Wenn Sie meinen, dass wir Ihre Daten rechtswidrig verarbeiten, können Sie sich bei jeder Datenschutz-Aufsichtsbehörde im Europäischen Wirtschaftsraum beschweren, insbesondere in dem Staat Ihres gewöhnlichen Aufenthaltsorts, Ihres Arbeitsplatzes oder des Orts des mutmaßlichen Verstoßes. Da wir keine Niederlassung im EWR haben, ist keine Behörde federführend für die Aufsicht über unsere Verarbeitung.${
      representative
        ? ` Unser Vertreter in der Union, ${representative.name} (${representative.address}, ${representative.email}), ist Anlaufstelle für Sie und für jede Aufsichtsbehörde (Art. 27 DSGVO).`
        : ''
    }`,
  complaint: (authority, website) =>
    `Wenn Sie meinen, dass wir Ihre Daten rechtswidrig verarbeiten, können Sie sich bei einer Aufsichtsbehörde beschweren, insbesondere in dem Mitgliedstaat Ihres gewöhnlichen Aufenthaltsorts, Ihres Arbeitsplatzes oder des Orts des mutmaßlichen Verstoßes (Art. 77 Abs. 1 DSGVO). Für uns zuständige Aufsichtsbehörde: ${authority}${website ? ` (${website})` : ''}.`,

  requirementsIntro: (heading) =>
    `Ob Sie uns Ihre Daten geben müssen und was geschieht, wenn Sie es nicht tun, steht für jeden Zweck in der Tabelle unter „${heading}“.`,

  automatedDecision: (activity, logic, significance) => `${activity}: ${sentence(logic)} ${sentence(significance)}`,
  profiling: (activity) => `${activity}: Für diesen Zweck setzen wir automatisierte Mittel ein, einschließlich Profiling.`,
  noSolelyAutomatedDecisions:
    'Wir treffen keine ausschließlich auf einer automatisierten Verarbeitung – einschließlich Profiling – beruhende Entscheidung über Sie, die Ihnen gegenüber rechtliche Wirkung entfaltet oder Sie in ähnlicher Weise erheblich beeinträchtigt.',
  noAutomatedDecisions: 'Wir treffen keine ausschließlich automatisierten Entscheidungen über Sie und erstellen kein Profil von Ihnen.',
  noOtherAutomatedDecisions:
    'Außer den oben beschriebenen Entscheidungen treffen wir keine ausschließlich auf einer automatisierten Verarbeitung beruhende Entscheidung über Sie, die Ihnen gegenüber rechtliche Wirkung entfaltet oder Sie in ähnlicher Weise erheblich beeinträchtigt.',

  children: (age, email) =>
    `Unsere Dienste richten sich nicht an Kinder unter ${age} Jahren, und wir erheben wissentlich keine personenbezogenen Daten von Personen unter diesem Alter. Erfahren Sie, dass wir Daten eines Kindes unter ${age} Jahren haben, teilen Sie es uns bitte unter ${email} mit; wir löschen sie dann. Eltern und Erziehungsberechtigte bitten wir, die Internetnutzung ihrer Kinder zu begleiten und ihnen beizubringen, Websites und Diensten keine personenbezogenen Daten zu geben.`,

  securityIntro: 'Wir schützen Ihre Daten mit diesen technischen und organisatorischen Maßnahmen (Art. 32 DSGVO):',
  securityMeasure: (name, description) => `${name}: ${sentence(description)}`,
  securityNotApplicable: (activity, reason) => `${activity}: ${sentence(reason)}`,

  changes: (noticeDays, stopUsing) =>
    `Wir aktualisieren diese Datenschutzerklärung, wenn sich ändert, was wir mit Ihren Daten tun. Ab wann eine Fassung gilt, steht an ihrem Anfang. Ist eine Änderung für Sie von Bedeutung, kündigen wir sie auf dieser Seite${noticeDays > 0 ? ` mindestens ${h().duration(`P${noticeDays}D`)}` : ''} vor ihrem Inkrafttreten an. Erfordert eine Änderung Ihre Einwilligung, holen wir sie ein.${stopUsing ? ' Sind Sie mit einer Änderung nicht einverstanden, können Sie die Nutzung unserer Dienste beenden und die Löschung Ihrer Daten verlangen.' : ''}`,
};
