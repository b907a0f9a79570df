import { humanizer } from '../../../language/humanize';
import { sentenceOf as sentence } from '../../../language/sentences';
import type { ErasureGround } from '../sections/rights';
import type { LawfulWording } from './lawful-keys';

const h = humanizer('pl');

const erasureGround: Record<ErasureGround, string> = {
  no_longer_needed: 'nie są nam już potrzebne',
  consent_withdrawn: 'wycofasz zgodę',
  objection: 'wniesiesz sprzeciw, a nie mamy nadrzędnych podstaw do dalszego przetwarzania',
};

/** The Polish sentences of the facts of issue 27 (see lawful-keys.ts), in the terms of the RODO. */
export const plLawful: LawfulWording = {
  whenYouUse: (service) => `gdy korzystasz z usługi ${service}`,
  marketingChannel: {
    email: 'pocztą elektroniczną',
    sms: 'SMS-em',
    phone: 'telefonicznie',
    post: 'pocztą tradycyjną',
    in_app: 'w naszej aplikacji lub na naszej stronie',
  },
  softOptIn: (channels, objection) =>
    `Te wiadomości wysyłamy Ci ${h.and(channels)} bez pytania o zgodę wyłącznie dlatego, że kupujesz u nas: dotyczą naszych własnych produktów lub usług podobnych do tych, które od nas nabywasz (art. 13 ust. 2 dyrektywy 2002/58/WE). W każdej chwili możesz bezpłatnie z nich zrezygnować: ${sentence(objection)}`,
  specialConditionLaw: (law) => `Przepis, który to przewiduje: ${sentence(law)}`,
  publicAuthorityForPurposes: 'Organy publiczne, w celach wskazanych w tabeli powyżej',
  recipientsNotRecorded: (activities, email) =>
    `Nie odnotowaliśmy jeszcze, kto otrzymuje Twoje dane w następujących celach: ${activities}. Zapytaj nas pod adresem ${email}, a udzielimy Ci informacji.`,
  jointRights:
    'Niezależnie od treści uzgodnienia możesz wykonywać przysługujące Ci na mocy RODO prawa wobec każdego z administratorów (art. 26 ust. 3 RODO).',
  sourceNotNamed: (reason) => `Nie możemy wskazać każdego źródła. ${sentence(reason)}`,
  art22Exception: (exception, law) => {
    switch (exception) {
      case 'contract':
        return 'Możemy podjąć tę decyzję, ponieważ jest ona niezbędna do zawarcia lub wykonania umowy z Tobą (art. 22 ust. 2 lit. a RODO).';
      case 'law':
        return `Decyzję tę dopuszczają przepisy prawa (art. 22 ust. 2 lit. b RODO)${law ? `: ${sentence(law)}` : '.'}`;
      case 'explicit_consent':
        return 'Podejmujemy tę decyzję wyłącznie za Twoją wyraźną zgodą (art. 22 ust. 2 lit. c RODO).';
    }
  },
  art22Safeguards: (byLaw, humanIntervention, expressView, contest) =>
    `Masz prawo do uzyskania interwencji ludzkiej z naszej strony, do wyrażenia własnego stanowiska i do zakwestionowania decyzji (${byLaw ? 'art. 22 ust. 2 lit. b i motyw 71 RODO' : 'art. 22 ust. 3 RODO'}).${
      humanIntervention ? ` Jak uzyskać interwencję człowieka: ${sentence(humanIntervention)}` : ''
    }${expressView ? ` Jak wyrazić swoje stanowisko: ${sentence(expressView)}` : ''}${contest ? ` Jak zakwestionować decyzję: ${sentence(contest)}` : ''}`,
  erasure: (grounds, keptByLaw) =>
    `Prawo do usunięcia danych („prawo do bycia zapomnianym”): możesz żądać usunięcia danych, na przykład gdy ${h.or(grounds.map((g) => erasureGround[g]))} (art. 17 RODO)${
      keptByLaw
        ? '; dane, które musimy przechowywać na podstawie przepisów prawa lub do wykonania zadania w interesie publicznym, usuwamy, gdy przestaje to być konieczne (art. 17 ust. 3 lit. b RODO)'
        : ''
    }.`,
  rightAutomatedDecision:
    'Prawo do tego, by nie podlegać decyzji opartej wyłącznie na zautomatyzowanym przetwarzaniu, w tym profilowaniu, która wywołuje wobec Ciebie skutki prawne lub w podobny sposób istotnie na Ciebie wpływa, poza przypadkami i z zabezpieczeniami opisanymi w części „Zautomatyzowane podejmowanie decyzji i profilowanie” (art. 22 RODO).',
  rightComplaint: 'Prawo do wniesienia skargi do organu nadzorczego (art. 77 RODO), opisane w części „Skarga do organu nadzorczego”.',
};
