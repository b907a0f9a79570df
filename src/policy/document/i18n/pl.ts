import type { RecipientType } from '../../../domain/vocabulary';
import { humanizer } from '../../../language/humanize';
import { type PolicyCatalogue, tableCells } from './catalogue';
import { sentenceOf as sentence } from '../../../language/sentences';
import { plLawful } from './pl-lawful';
import { plLaws } from './pl-laws';

/** A relationship as the opening joins it: a subordinate clause ("gdy…", "ponieważ…") is set off by a comma. */
const forYou = (audience: string): string =>
  /^(gdy|kiedy|jeśli|jeżeli|ponieważ|bo|gdyż|skoro|że|o ile|dopóki|podczas gdy|zanim)(?=\s)/i.test(audience)
    ? `, ${audience}`
    : ` ${audience}`;

/*
 * Terminology of the Polish version of Regulation (EU) 2016/679 (Dz.Urz. UE L 119 z 4.5.2016, with its
 * corrigenda), as the Prezes UODO uses it: administrator, podmiot przetwarzający, odbiorca,
 * współadministratorzy, inspektor ochrony danych, przedstawiciel, organ nadzorczy, państwo trzecie,
 * standardowe klauzule ochrony danych, wiążące reguły korporacyjne. Articles are cited "art. 6 ust. 1 lit. f RODO".
 */

const date = (iso: string): string => humanizer('pl').date(iso);
/** An age after "nie ukończyło", which governs the genitive: 1 roku, 13 lat. */
const yearsOfAge = (age: number): string => `${age} ${age === 1 ? 'roku' : 'lat'}`;

/** A role in a few words, for the per-purpose table: "w roli …" agrees with one recipient and with "Dostawcy" alike. */
const recipientRole: Record<RecipientType, string> = {
  internal: 'w ramach naszej organizacji',
  processor: 'w roli podmiotu przetwarzającego dane w naszym imieniu',
  sub_processor: 'w roli dalszego podmiotu przetwarzającego',
  joint_controller: 'w roli współadministratora',
  independent_controller: 'w roli odrębnego administratora',
  public_authority: 'w roli organu publicznego',
};

/** "Implementing Decision (EU) 2019/419" → "decyzja wykonawcza Komisji (UE) 2019/419"; "Decision 2000/518/EC" → "decyzja Komisji 2000/518/WE". */
function decisionName(decision: string): string {
  const implementing = /^Implementing Decision \(EU\) (\S+)$/.exec(decision);
  if (implementing) return `decyzja wykonawcza Komisji (UE) ${implementing[1]}`;
  const older = /^Decision (\d{4}\/\d+)\/(EC|EU)$/.exec(decision);
  if (older) return `decyzja Komisji ${older[1]}/${older[2] === 'EC' ? 'WE' : 'UE'}`;
  return decision;
}

/**
 * The register line: a number of the Krajowy Rejestr Sądowy (ten digits, with or without "KRS") is a "Numer KRS";
 * any other register's number is a "Numer w rejestrze".
 */
function registerLine(registrationNumber: string): string {
  const krs = /^(?:KRS\s*:?\s*)?(\d{10})$/i.exec(registrationNumber.trim());
  return krs ? `Numer KRS: ${krs[1]}` : `Numer w rejestrze: ${registrationNumber}`;
}

const requirementKind: PolicyCatalogue['requirementKind'] = {
  statutory: 'podanie tych danych jest wymogiem ustawowym',
  contractual: 'podanie tych danych jest wymogiem umownym',
  contract_precondition: 'podanie tych danych jest warunkiem zawarcia z Tobą umowy',
  none: 'podanie tych danych jest dobrowolne',
};

/** ropa's own wording in Polish, addressed to the reader ("Ty"), in the terms of the Polish text of the RODO. */
export const pl: PolicyCatalogue = {
  ...plLawful,
  ...plLaws,
  headings: {
    'who-we-are': 'Kim jesteśmy i jak się z nami skontaktować',
    'data-we-process': 'Jakie dane przetwarzamy',
    sources: 'Skąd pochodzą Twoje dane',
    'purposes-and-legal-bases': 'W jakich celach i na jakiej podstawie prawnej przetwarzamy Twoje dane',
    'cookies-and-similar-technologies': 'Pliki cookie, sygnalizatory WWW i podobne technologie',
    recipients: 'Odbiorcy Twoich danych',
    'international-transfers': 'Przekazywanie danych poza Europejski Obszar Gospodarczy',
    retention: 'Jak długo przechowujemy Twoje dane',
    'your-rights': 'Twoje prawa',
    'right-to-object': 'Prawo do sprzeciwu',
    complaints: 'Skarga do organu nadzorczego',
    'providing-data': 'Czy musisz podać nam swoje dane?',
    'automated-decisions': 'Zautomatyzowane podejmowanie decyzji i profilowanie',
    children: 'Dzieci',
    security: 'Jak chronimy Twoje dane',
    changes: 'Zmiany niniejszej polityki',
  },
  tableOfContents: 'Spis treści',
  draftBanner: 'Wersja robocza — nieopublikowana. To podgląd tego, co zostałoby teraz opublikowane; ta wersja nie obowiązuje.',
  effectiveFrom: (when) => `Ta wersja obowiązuje od ${when}.`,
  upcomingChange: (when, summary) => `Z dniem ${when} niniejsza polityka ulegnie zmianie. ${sentence(summary)}`,

  intro: (controller, audience) =>
    `${controller} („my”) ustala cele i sposoby przetwarzania Twoich danych osobowych i jest w związku z tym ich administratorem.${audience ? ` Ta informacja jest przeznaczona dla Ciebie${forYou(audience)}.` : ''} Poniżej wyjaśniamy, o jakie dane chodzi, co z nimi robimy i dlaczego, komu je ujawniamy, jak długo je przechowujemy oraz jakie prawa Ci przysługują.`,
  regulation:
    'Zasady te wynikają z rozporządzenia Parlamentu Europejskiego i Rady (UE) 2016/679 (ogólnego rozporządzenia o ochronie danych, „RODO”) oraz innych mających do nas zastosowanie przepisów o ochronie danych osobowych.',
  registeredOffice: (address, registrationNumber) => `Nasza siedziba: ${address}. ${registerLine(registrationNumber)}.`,
  contactUs: (email, phone, website) =>
    `W sprawach dotyczących tej polityki lub Twoich danych napisz do nas na adres ${email}${phone ? ` lub zadzwoń pod numer ${phone}` : ''}.${website ? ` Nasza strona internetowa: ${website}.` : ''}`,
  dpo: (email, name, phone) =>
    `Z naszym inspektorem ochrony danych${name ? ` (${name})` : ''} skontaktujesz się pod adresem ${email}${phone ? ` lub numerem telefonu ${phone}` : ''}.`,
  noDpo: (reason, email) =>
    `Nie wyznaczyliśmy inspektora ochrony danych. ${sentence(reason)} Pytania dotyczące Twoich danych kieruj na adres ${email}.`,
  representative: (name, email, address) => `Naszym przedstawicielem w Unii Europejskiej jest ${name}, ${address}, ${email}.`,
  noRepresentative: (reason) => `Nie mamy przedstawiciela w Unii Europejskiej. ${sentence(reason)}`,
  thirdPartyLinks:
    'Nasza strona i nasze usługi mogą kierować Cię do usług prowadzonych przez inne firmy. Każda z nich sama decyduje o wykorzystaniu Twoich danych, dlatego obowiązują tam ich własne polityki prywatności.',

  dataIntro: (purposesHeading) =>
    `W zależności od tego, w jaki sposób się z nami kontaktujesz, przetwarzamy następujące rodzaje danych osobowych; to, które z nich służą poszczególnym celom, pokazuje tabela w części „${purposesHeading}”:`,
  dataCategory: (name, examples, description, special, criminal) =>
    `${name}${examples.length > 0 ? ` (${examples.join(', ')})` : ''}${description ? ` — ${description.trim().replace(/\.$/, '')}` : ''}${special ? ' [szczególna kategoria danych, art. 9 RODO]' : ''}${criminal ? ' [dane dotyczące wyroków skazujących i czynów zabronionych, art. 10 RODO]' : ''}.`,

  sourcesIntro: 'Część Twoich danych nie pochodzi bezpośrednio od Ciebie:',
  sourceOfActivity: (activity, source, categories) =>
    `Cel „${activity}”: ${sentence(source)}${categories.length > 0 ? ` Dane pozyskiwane w ten sposób: ${categories.join(', ')}.` : ''}`,
  sourcesOtherwise:
    'Pozostałe dane otrzymujemy bezpośrednio od Ciebie albo są one rejestrowane podczas korzystania z naszej strony i naszych usług.',
  sourcesOtherwiseDirect: 'Pozostałe dane otrzymujemy bezpośrednio od Ciebie.',
  sourcesTiming:
    'Gdy otrzymujemy Twoje dane od kogoś innego, informujemy Cię o tym w rozsądnym terminie, najpóźniej w ciągu miesiąca; jeżeli mamy się z Tobą za ich pomocą kontaktować — najpóźniej przy pierwszym kontakcie; jeżeli planujemy je ujawnić innemu odbiorcy — najpóźniej przy pierwszym ujawnieniu (art. 14 ust. 3 RODO).',

  purposesIntro:
    'Wykorzystujemy Twoje dane wyłącznie w celach opisanych poniżej. Przy każdym celu tabela wskazuje przetwarzane dane, podstawę prawną z art. 6 ust. 1 RODO, okres przechowywania oraz odbiorców.',
  purposeColumns: ['Cel', 'Dane', 'Podstawa prawna', 'Okres przechowywania', 'Odbiorcy'],
  basisGroup: {
    art6_1_a: 'Na podstawie Twojej zgody (art. 6 ust. 1 lit. a RODO):',
    art6_1_b:
      'Ponieważ jest to niezbędne do wykonania umowy, której jesteś stroną, lub do podjęcia na Twoje żądanie działań przed jej zawarciem (art. 6 ust. 1 lit. b RODO):',
    art6_1_c: 'Ponieważ wymaga tego ciążący na nas obowiązek prawny (art. 6 ust. 1 lit. c RODO):',
    art6_1_d: 'W celu ochrony Twoich żywotnych interesów lub żywotnych interesów innej osoby (art. 6 ust. 1 lit. d RODO):',
    art6_1_e:
      'W celu wykonania zadania realizowanego w interesie publicznym lub w ramach sprawowania władzy publicznej (art. 6 ust. 1 lit. e RODO):',
    art6_1_f:
      'Na podstawie naszych prawnie uzasadnionych interesów, które zestawiliśmy z Twoimi interesami i prawami (art. 6 ust. 1 lit. f RODO):',
  },
  basisLabel: {
    art6_1_a: 'Twoja zgoda (art. 6 ust. 1 lit. a RODO).',
    art6_1_b: 'Wykonanie umowy z Tobą lub działania na Twoje żądanie przed jej zawarciem (art. 6 ust. 1 lit. b RODO).',
    art6_1_c: 'Ciążący na nas obowiązek prawny (art. 6 ust. 1 lit. c RODO).',
    art6_1_d: 'Żywotne interesy (art. 6 ust. 1 lit. d RODO).',
    art6_1_e: 'Zadanie realizowane w interesie publicznym lub w ramach sprawowania władzy publicznej (art. 6 ust. 1 lit. e RODO).',
    art6_1_f: 'Nasze prawnie uzasadnione interesy (art. 6 ust. 1 lit. f RODO).',
  },
  requirementKind,
  ...tableCells(requirementKind, recipientRole),
  legitimateInterest: (interest) => `Nasz prawnie uzasadniony interes: ${sentence(interest)}`,
  legalObligation: (law) => `Obowiązek prawny: ${sentence(law)}`,
  consentGiven: (how) => `Jak wyrażasz zgodę: ${sentence(how)}`,
  consentWithdrawn: (how) => `Jak ją wycofać: ${sentence(how)}`,
  directMarketingNote: (channels) =>
    `Jest to marketing bezpośredni${channels.length > 0 ? ` (${humanizer('pl').and(channels)})` : ''}: w każdej chwili możesz się mu sprzeciwić bez podawania przyczyn.`,
  specialConditionLabel: {
    art9_2_a: 'art. 9 ust. 2 lit. a RODO (wyraźna zgoda)',
    art9_2_b: 'art. 9 ust. 2 lit. b RODO (prawo pracy, zabezpieczenia społecznego i ochrony socjalnej)',
    art9_2_c: 'art. 9 ust. 2 lit. c RODO (żywotne interesy osoby niezdolnej do wyrażenia zgody)',
    art9_2_d:
      'art. 9 ust. 2 lit. d RODO (fundacja, stowarzyszenie lub inny niezarobkowy podmiot o celach politycznych, światopoglądowych, religijnych lub związkowych)',
    art9_2_e: 'art. 9 ust. 2 lit. e RODO (dane w sposób oczywisty upublicznione przez osobę, której dotyczą)',
    art9_2_f: 'art. 9 ust. 2 lit. f RODO (ustalenie, dochodzenie lub obrona roszczeń albo sprawowanie wymiaru sprawiedliwości przez sądy)',
    art9_2_g: 'art. 9 ust. 2 lit. g RODO (ważny interes publiczny na podstawie prawa Unii lub prawa państwa członkowskiego)',
    art9_2_h: 'art. 9 ust. 2 lit. h RODO (profilaktyka zdrowotna, medycyna pracy, opieka zdrowotna lub zabezpieczenie społeczne)',
    art9_2_i: 'art. 9 ust. 2 lit. i RODO (interes publiczny w dziedzinie zdrowia publicznego)',
    art9_2_j: 'art. 9 ust. 2 lit. j RODO (cele archiwalne, badania naukowe lub historyczne, cele statystyczne)',
  },
  specialCondition: (condition) => `Szczególne kategorie danych przetwarzamy na podstawie: ${condition}.`,
  criminalAuthorisation: (authorisation) =>
    `Dane dotyczące wyroków skazujących i czynów zabronionych przetwarzamy na podstawie: ${sentence(authorisation)}`,
  consentWithdrawal:
    'Jeżeli przetwarzamy Twoje dane na podstawie zgody, możesz ją wycofać w dowolnym momencie, równie łatwo, jak się ją wyraża. Wycofanie zgody nie wpływa na zgodność z prawem przetwarzania, którego dokonaliśmy przed jej wycofaniem.',

  trackersIntro: ({ files, images, inEmails, consent }) =>
    `${inEmails ? 'Nasza strona i nasze wiadomości e-mail korzystają' : 'Nasza strona korzysta'} ${files && images ? 'z niewielkich plików i obrazków' : files ? 'z niewielkich plików' : 'z niewielkich obrazków'}, ${files ? 'które zapisują informacje na Twoim urządzeniu lub je z niego odczytują' : 'które podczas wczytywania odczytują informacje z Twojego urządzenia'}. ${consent ? 'Te, które nie są niezbędne, stosujemy wyłącznie za Twoją zgodą.' : 'Stosujemy wyłącznie te, które są niezbędne do dostarczenia usługi, o którą prosisz.'}`,
  trackerColumns: ['Nazwa', 'Rodzaj', 'Podmiot umieszczający', 'Do czego służy', 'Jak długo', 'Zbierane dane', 'Podstawa prawna'],
  trackerKind: {
    cookie: 'plik cookie',
    web_beacon: 'sygnalizator WWW (web beacon)',
    pixel: 'piksel śledzący',
    local_storage: 'pamięć lokalna przeglądarki',
    sdk: 'zestaw narzędzi programistycznych (SDK)',
  },
  trackerCategory: {
    strictly_necessary: 'technologia niezbędna',
    functional: 'technologia funkcjonalna',
    analytics: 'technologia analityczna',
    marketing: 'technologia marketingowa',
  },
  firstParty: (provider) => `${provider} (my)`,
  thirdParty: (provider) => `${provider} (podmiot zewnętrzny)`,
  noDuration: {
    web_beacon: 'nic nie jest zapisywane na Twoim urządzeniu',
    pixel: 'nic nie jest zapisywane na Twoim urządzeniu',
  },
  consentBasis: 'Twoja zgoda',
  necessaryBasis: 'niezbędne do dostarczenia usługi, o którą prosisz',
  optOutIntro: 'Jak możesz ich odmówić lub je usunąć:',
  thirdPartyTrackers: (providers) =>
    `Niektóre z nich umieszczają inne firmy (${providers}). Ta polityka nie obejmuje tego, jak te firmy same wykorzystują dane — zapoznaj się z ich politykami prywatności.`,
  noTrackers: 'W tej usłudze nie stosujemy plików cookie, sygnalizatorów WWW ani podobnych technologii.',

  recipientsIntro: 'Ujawniamy Twoje dane wyłącznie w sposób tu opisany i tylko w zakresie, w jakim dany odbiorca ich potrzebuje:',
  recipientType: {
    internal: 'W ramach naszej organizacji',
    processor:
      'Podmioty przetwarzające, które działają w naszym imieniu wyłącznie na nasze udokumentowane polecenie, na podstawie zawartej z nami umowy, i nie mogą wykorzystywać danych do własnych celów',
    sub_processor: 'Dalsze podmioty przetwarzające, którym nasi dostawcy powierzyli dane na tych samych warunkach',
    joint_controller: 'Współadministratorzy, którzy wspólnie z nami ustalają cele i sposoby przetwarzania',
    independent_controller:
      'Odrębni administratorzy, którzy sami decydują o wykorzystaniu danych zgodnie z własnymi politykami prywatności',
    public_authority: 'Organy publiczne, gdy wymagają tego przepisy prawa',
  },
  recipient: (name, country, description) => `${name}, ${country}${description?.trim() ? ` — ${sentence(description)}` : '.'}`,
  ownPolicy: (url) => `Polityka prywatności odbiorcy: ${url}`,
  jointArrangement: (essence) =>
    `Zasadnicza treść naszego uzgodnienia o zakresie odpowiedzialności (art. 26 ust. 2 RODO): ${sentence(essence)}`,
  jointContactPoint: (contact) => `Punkt kontaktowy w sprawie tego przetwarzania: ${sentence(contact)}`,
  noRecipients: 'Nie ujawniamy Twoich danych nikomu innemu.',

  transfersIntro: 'Niektórzy odbiorcy przetwarzają Twoje dane poza Europejskim Obszarem Gospodarczym (EOG):',
  establishedOutsideEea: (country) =>
    `Mamy siedzibę w państwie spoza Europejskiego Obszaru Gospodarczego (EOG): ${country}. Tam przetwarzamy Twoje dane. RODO ma zastosowanie do tego przetwarzania, ponieważ oferujemy nasze usługi osobom przebywającym w EOG lub monitorujemy ich zachowanie (art. 3 ust. 2 RODO); dane, które nam przesyłasz, trafiają bezpośrednio do nas.`,
  onwardTransfersIntro: 'Stamtąd niektórzy odbiorcy przetwarzają Twoje dane w innych państwach spoza EOG:',
  noOnwardTransfers: 'Nie przekazujemy Twoich danych odbiorcom w innych państwach spoza EOG.',
  onwardByProcessorsIntro:
    'Niektóre podmioty przetwarzające, z których usług korzystamy poza EOG, przekazują dane dalej własnym podmiotom przetwarzającym. Są to ich dalsze przekazania, do których RODO również ma zastosowanie (art. 44), a nie przekazania dokonywane przez nas:',
  onwardLeg: (subProcessor, country, processor, basis) => `${subProcessor} (${country}), zaangażowany przez: ${processor}. ${basis}`,
  onwardUnderDpf: (processor) =>
    `${processor} ma certyfikację w ramach Ram ochrony danych UE–USA, których zasada dotycząca dalszego przekazywania wymaga umowy zapewniającej taką samą ochronę.`,
  onwardUnderContract: (processor) =>
    `${processor} musi umownie nałożyć na niego te same obowiązki w zakresie ochrony danych, które nakłada na ${processor} nasza umowa (art. 28 ust. 4).`,
  transferTo: (country, recipients) => `${country} (${recipients}).`,
  decisionCitation: (decision, adoptedOn, renewal, validUntil) =>
    `${decisionName(decision)} z dnia ${date(adoptedOn)}${
      renewal
        ? `, przedłużona ${renewal.decision ? `${decisionName(renewal.decision)} z dnia ${date(renewal.adoptedOn)}` : `decyzją Komisji z dnia ${date(renewal.adoptedOn)}`}`
        : ''
    }${validUntil ? `, obowiązująca do dnia ${date(validUntil)}` : ''}`,
  adequacyScope: {
    appi: 'przedsiębiorców przetwarzających informacje osobowe na podstawie japońskiej ustawy o ochronie informacji osobowych (APPI)',
    pipeda:
      'organizacje komercyjne podlegające kanadyjskiej ustawie o ochronie informacji osobowych i dokumentach elektronicznych (PIPEDA)',
    pipa: 'organizacje podlegające koreańskiej ustawie o ochronie informacji osobowych (PIPA)',
    lgpd: 'przetwarzanie podlegające brazylijskiej ogólnej ustawie o ochronie danych osobowych (LGPD)',
    dpf: 'organizacje certyfikowane w ramach Ram ochrony danych UE–USA (Data Privacy Framework)',
    safe_harbor: 'organizacje, które przystąpiły do zasad „bezpiecznej przystani” (Safe Harbor)',
    privacy_shield: 'organizacje certyfikowane w ramach Tarczy Prywatności UE–USA (Privacy Shield)',
  },
  adequacyInForce: (country, citation) =>
    `Komisja Europejska stwierdziła, że państwo to (${country}) zapewnia odpowiedni stopień ochrony danych osobowych (${citation}).`,
  adequacyPartial: (country, scope, citation) =>
    `Decyzja Komisji Europejskiej stwierdzająca odpowiedni stopień ochrony dla tego państwa (${country}; ${citation}) nie obejmuje całego państwa, lecz wyłącznie ${scope}.`,
  // Without a verb, so that it agrees with one recipient and with "Nasi partnerzy" alike.
  recipientNotCertified: 'bez certyfikacji w tych ramach, więc ta decyzja nie obejmuje przekazania i potrzebne są inne zabezpieczenia.',
  recipientCertified: 'z certyfikacją w tych ramach, więc ta decyzja obejmuje przekazanie.',
  transferRecipient: (recipient, details) => (details ? `${recipient} — ${details}` : sentence(recipient)),
  noAdequacy: (country) =>
    `Komisja Europejska nie stwierdziła, by państwo to (${country}) zapewniało odpowiedni stopień ochrony danych osobowych.`,
  mechanism: {
    adequacy: 'Przekazanie odbywa się na podstawie tej decyzji stwierdzającej odpowiedni stopień ochrony (art. 45 RODO).',
    dpf: 'Przekazanie odbywa się na podstawie certyfikacji odbiorcy w ramach Ram ochrony danych UE–USA (art. 45 RODO, decyzja wykonawcza Komisji (UE) 2023/1795).',
    scc: 'Przekazanie odbywa się na podstawie standardowych klauzul ochrony danych przyjętych przez Komisję Europejską (art. 46 ust. 2 lit. c RODO, decyzja wykonawcza Komisji (UE) 2021/914).',
    bcr: 'Przekazanie odbywa się na podstawie wiążących reguł korporacyjnych odbiorcy zatwierdzonych przez organ nadzorczy (art. 46 ust. 2 lit. b i art. 47 RODO).',
    code_of_conduct:
      'Przekazanie odbywa się na podstawie zatwierdzonego kodeksu postępowania wraz z wiążącymi zobowiązaniami odbiorcy (art. 46 ust. 2 lit. e RODO).',
    certification:
      'Przekazanie odbywa się na podstawie zatwierdzonego mechanizmu certyfikacji wraz z wiążącymi zobowiązaniami odbiorcy (art. 46 ust. 2 lit. f RODO).',
  },
  sccModuleLabel: {
    1: 'moduł pierwszy (przekazanie od administratora do administratora)',
    2: 'moduł drugi (przekazanie od administratora do podmiotu przetwarzającego)',
    3: 'moduł trzeci (przekazanie od podmiotu przetwarzającego do podmiotu przetwarzającego)',
    4: 'moduł czwarty (przekazanie od podmiotu przetwarzającego do administratora)',
  },
  sccModule: (module) => `Stosujemy ${module}.`,
  derogation: {
    a: 'Przekazanie odbywa się na podstawie Twojej wyraźnej zgody, wyrażonej po poinformowaniu Cię o związanym z nim ryzyku (art. 49 ust. 1 lit. a RODO).',
    b: 'Przekazanie jest niezbędne do wykonania umowy między Tobą a nami (art. 49 ust. 1 lit. b RODO).',
    c: 'Przekazanie jest niezbędne do zawarcia lub wykonania umowy zawartej w Twoim interesie (art. 49 ust. 1 lit. c RODO).',
    d: 'Przekazanie jest niezbędne z ważnych względów interesu publicznego (art. 49 ust. 1 lit. d RODO).',
    e: 'Przekazanie jest niezbędne do ustalenia, dochodzenia lub obrony roszczeń (art. 49 ust. 1 lit. e RODO).',
    f: 'Przekazanie jest niezbędne do ochrony żywotnych interesów osoby, która nie jest w stanie wyrazić zgody (art. 49 ust. 1 lit. f RODO).',
    g: 'Dane pochodzą z rejestru publicznego (art. 49 ust. 1 lit. g RODO).',
    compelling_legitimate_interests:
      'Przekazanie nie jest powtarzalne, dotyczy niewielkiej liczby osób i służy ważnym prawnie uzasadnionym interesom, które zestawiliśmy z Twoimi prawami (art. 49 ust. 1 akapit drugi RODO).',
  },
  transferUnrecorded: (recipient) =>
    `Nie odnotowaliśmy jeszcze, jakie zabezpieczenie chroni przekazanie danych do odbiorcy ${recipient}; zapytaj nas, a udzielimy Ci informacji.`,
  transferRisk:
    'Jeżeli przekazania nie obejmuje decyzja stwierdzająca odpowiedni stopień ochrony, prawo państwa docelowego może ograniczać Twoje prawa, Twój dostęp do organu nadzorczego lub sposób, w jaki można tam wykorzystywać Twoje dane; dlatego stosujemy opisane wyżej zabezpieczenia oraz własne środki techniczne i organizacyjne.',
  copyOfSafeguards: (how) => `Możesz uzyskać kopię zabezpieczeń i przekazanych danych: ${sentence(how)}`,
  copyOnRequest: (email) => `Kopię zabezpieczeń i przekazanych danych otrzymasz, pisząc na adres ${email}.`,
  newCountries: 'Zanim zaczniemy przekazywać Twoje dane do kolejnego państwa spoza EOG, poinformujemy Cię o tym.',
  noTransfers: 'Twoje dane pozostają w Europejskim Obszarze Gospodarczym: nie przekazujemy ich do państw trzecich.',

  retentionIntro: (heading) =>
    `Przechowujemy Twoje dane nie dłużej, niż jest to potrzebne. Jak długo (przez jaki okres albo według jakich kryteriów), wskazujemy przy każdym celu w tabeli w części „${heading}”.`,
  retentionPeriod: (period, trigger) => `${period} ${trigger}`,
  retentionTrigger: {
    collection: 'od ich zebrania',
    end_of_contract: 'od zakończenia umowy',
    consent_withdrawal: 'lub do wycofania przez Ciebie zgody',
    last_activity: 'od Twojej ostatniej aktywności',
    claims_expiry: 'lub do przedawnienia związanych z nimi roszczeń',
    other: '',
  },
  retentionLaw: (reference) => `(${reference})`,

  rightsIntro: 'Na podstawie RODO przysługują Ci następujące prawa:',
  right: {
    access: 'Prawo dostępu: możesz dowiedzieć się, czy przetwarzamy Twoje dane, i otrzymać ich kopię (art. 15 RODO).',
    rectification: 'Prawo do sprostowania: możesz żądać poprawienia nieprawidłowych danych i uzupełnienia niekompletnych (art. 16 RODO).',
    restriction:
      'Prawo do ograniczenia przetwarzania: możesz żądać, byśmy ograniczyli wykorzystanie Twoich danych, na przykład na czas sprawdzania zgłoszonej przez Ciebie poprawki (art. 18 RODO).',
    portability:
      'Prawo do przenoszenia danych: dane dostarczone nam przez Ciebie, które przetwarzamy w sposób zautomatyzowany na podstawie zgody lub umowy, możesz otrzymać w ustrukturyzowanym, powszechnie używanym formacie nadającym się do odczytu maszynowego i samodzielnie przesłać innemu administratorowi albo, jeżeli jest to technicznie możliwe, zażądać, byśmy przesłali je mu bezpośrednio (art. 20 ust. 1 i 2 RODO).',
    withdraw_consent:
      'Prawo do wycofania zgody w dowolnym momencie; nie wpływa to na zgodność z prawem przetwarzania sprzed jej wycofania (art. 7 ust. 3 RODO).',
  },
  rightToObjectPointer: 'Przysługuje Ci także prawo do sprzeciwu, opisane w osobnej części poniżej.',
  exerciseRights: (email) =>
    `Aby skorzystać z któregokolwiek z tych praw, napisz na adres ${email}. Odpowiadamy bez zbędnej zwłoki, w każdym razie w terminie miesiąca od otrzymania żądania; gdy żądanie jest skomplikowane lub żądań jest wiele, możemy przedłużyć ten termin o kolejne dwa miesiące — poinformujemy Cię o tym wraz z przyczynami w ciągu pierwszego miesiąca (art. 12 ust. 3 RODO). Korzystanie z praw jest bezpłatne; możemy najpierw poprosić Cię o potwierdzenie tożsamości.`,

  objectionIntro: (activities, publicTask, legitimateInterests) =>
    `Jeżeli przetwarzamy Twoje dane na podstawie ${[legitimateInterests ? 'naszych prawnie uzasadnionych interesów' : '', publicTask ? 'zadania realizowanego w interesie publicznym lub w ramach sprawowania władzy publicznej' : ''].filter(Boolean).join(' albo ')} (${activities}), możesz w każdej chwili wnieść sprzeciw z przyczyn związanych z Twoją szczególną sytuacją. Przestaniemy wtedy przetwarzać te dane, chyba że wykażemy istnienie ważnych prawnie uzasadnionych podstaw, nadrzędnych wobec Twoich interesów, praw i wolności, albo podstaw do ustalenia, dochodzenia lub obrony roszczeń (art. 21 ust. 1 RODO).`,
  objectionMarketing: (activities, profiling) =>
    `Wykorzystujemy Twoje dane na potrzeby marketingu bezpośredniego (${activities})${profiling ? ', w tym do profilowania w zakresie, w jakim jest ono z nim związane' : ''}. W każdej chwili możesz się temu sprzeciwić bez podawania przyczyn — wtedy przestaniemy wykorzystywać Twoje dane do tego celu. Sprzeciw jest dla nas wiążący: nie oceniamy, czy przeważają nad nim nasze interesy (art. 21 ust. 2 i 3 RODO).`,
  objectionHow: (email) => `Sprzeciw wyślij na adres ${email}.`,

  complaintWithoutLeadAuthority: (representative) =>
    `Jeżeli uważasz, że przetwarzamy Twoje dane niezgodnie z prawem, możesz wnieść skargę do dowolnego organu nadzorczego ochrony danych w Europejskim Obszarze Gospodarczym, w szczególności w państwie swojego zwykłego pobytu, swojego miejsca pracy lub miejsca popełnienia domniemanego naruszenia. Nie mamy jednostki organizacyjnej w EOG, więc żaden organ nie jest wiodącym organem nadzorczym dla naszego przetwarzania.${
      representative
        ? ` Nasz przedstawiciel w Unii, ${representative.name} (${representative.address}, ${representative.email}), jest punktem kontaktowym dla Ciebie i dla każdego organu nadzorczego (art. 27 RODO).`
        : ''
    }`,
  complaint: (authority, website) =>
    `Jeżeli uważasz, że przetwarzamy Twoje dane niezgodnie z prawem, możesz wnieść skargę do organu nadzorczego, w szczególności w państwie członkowskim swojego zwykłego pobytu, swojego miejsca pracy lub miejsca popełnienia domniemanego naruszenia (art. 77 ust. 1 RODO). Organem nadzorczym właściwym dla nas jest: ${authority}${website ? ` (${website})` : ''}.`,

  requirementsIntro: (heading) =>
    `Czy musisz podać nam swoje dane i co się stanie, jeśli tego nie zrobisz, wskazujemy przy każdym celu w tabeli w części „${heading}”.`,

  automatedDecision: (activity, logic, significance) => `${activity}: ${sentence(logic)} ${sentence(significance)}`,
  profiling: (activity) => `${activity}: w tym celu korzystamy ze zautomatyzowanych środków, w tym z profilowania.`,
  noSolelyAutomatedDecisions:
    'Nie podejmujemy wobec Ciebie decyzji opartych wyłącznie na zautomatyzowanym przetwarzaniu, w tym profilowaniu, które wywoływałyby wobec Ciebie skutki prawne lub w podobny sposób istotnie na Ciebie wpływały.',
  noAutomatedDecisions: 'Nie podejmujemy wobec Ciebie decyzji opartych wyłącznie na zautomatyzowanym przetwarzaniu i nie profilujemy Cię.',
  noOtherAutomatedDecisions:
    'Poza decyzjami opisanymi wyżej nie podejmujemy wobec Ciebie decyzji opartych wyłącznie na zautomatyzowanym przetwarzaniu, które wywoływałyby wobec Ciebie skutki prawne lub w podobny sposób istotnie na Ciebie wpływały.',

  children: (age, email) =>
    `Nasze usługi nie są przeznaczone dla dzieci, które nie ukończyły ${yearsOfAge(age)}, i świadomie nie zbieramy danych osobowych osób w tym wieku. Jeżeli dowiesz się, że posiadamy dane dziecka, które nie ukończyło ${yearsOfAge(age)}, daj nam znać pod adresem ${email} — usuniemy je. Prosimy rodziców i opiekunów, by czuwali nad tym, jak dzieci korzystają z internetu, i uczyli je, by nie podawały danych osobowych stronom i usługom internetowym.`,

  securityIntro: 'Chronimy Twoje dane za pomocą następujących środków technicznych i organizacyjnych (art. 32 RODO):',
  securityMeasure: (name, description) => `${name}: ${sentence(description)}`,
  securityNotApplicable: (activity, reason) => `${activity}: ${sentence(reason)}`,

  changes: (noticeDays, stopUsing) =>
    `Aktualizujemy tę politykę, gdy zmienia się sposób, w jaki wykorzystujemy Twoje dane. Data, od której obowiązuje dana wersja, jest podana na jej początku. O zmianie, która ma dla Ciebie znaczenie, informujemy na tej stronie${noticeDays > 0 ? ` co najmniej ${humanizer('pl').duration(`P${noticeDays}D`)}` : ''} przed jej wejściem w życie. Jeżeli zmiana wymaga Twojej zgody, poprosimy Cię o nią.${stopUsing ? ' Jeżeli nie akceptujesz zmiany, możesz przestać korzystać z naszych usług i zażądać usunięcia swoich danych.' : ''}`,
};
