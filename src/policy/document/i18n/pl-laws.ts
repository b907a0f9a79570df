import type { LawsWording } from '../sections/laws';

/** Polskie zdania części każdej z ustaw (issue 24). */
export const plLaws: LawsWording = {
  lawNames: {
    gdpr: 'ogólne rozporządzenie o ochronie danych (UE) 2016/679 („RODO”)',
    uk_gdpr: 'brytyjskie UK GDPR wraz z ustawą Data Protection Act 2018',
    ch_fadp: 'szwajcarska federalna ustawa o ochronie danych („FADP”)',
  },
  regulations: (laws) => `Wszystkie te kwestie regulują: ${laws}, a także inne obowiązujące nas przepisy o ochronie danych.`,
  ukRepresentative: (name, email, address) => `Naszym przedstawicielem w Zjednoczonym Królestwie jest ${name}, ${address}, ${email}.`,
  swissRepresentative: (name, email, address) => `Naszym przedstawicielem w Szwajcarii jest ${name}, ${address}, ${email}.`,
  complaintUk: (authority, website) =>
    `Na podstawie UK GDPR możesz złożyć skargę do organu nadzorczego Zjednoczonego Królestwa: ${authority}${website ? ` (${website})` : ''}.`,
  complaintSwiss: (authority, website) =>
    `Na podstawie FADP możesz zgłosić swoje zastrzeżenia do szwajcarskiego organu ochrony danych: ${authority}${website ? ` (${website})` : ''}.`,
  fadpStatesIntro:
    'Zgodnie z FADP podajemy państwa poza Szwajcarią, do których ujawniamy dane osobowe, wraz z zabezpieczeniem, na którym się opieramy:',
  fadpState: (state, recipients, ground) => {
    const how: Record<NonNullable<typeof ground>, string> = {
      listed: 'państwo to znajduje się na liście Rady Federalnej państw zapewniających odpowiedni poziom ochrony danych',
      swiss_dpf: 'odbiorca posiada certyfikację w ramach szwajcarsko-amerykańskich ram ochrony danych (Swiss–US Data Privacy Framework)',
      guarantee: 'standardowe klauzule ochrony danych, gwarancja w rozumieniu art. 16 ust. 2 FADP',
      exception: 'wyjątek przewidziany w art. 17 FADP',
    };
    return `${state} (${recipients})${ground ? `: ${how[ground]}.` : '.'}`;
  },
  ukToolsIntro:
    'Gdy Twoje dane opuszczają Zjednoczone Królestwo, opieramy się na następujących narzędziach przekazywania prawa brytyjskiego:',
  ukTransfer: (recipient, country, tool) => {
    const names = {
      uk_idta: 'umowa International Data Transfer Agreement (IDTA) wydana przez Information Commissioner’s Office',
      uk_addendum: 'brytyjski aneks (UK Addendum) do standardowych klauzul umownych UE, wydany przez Information Commissioner’s Office',
      uk_extension: 'brytyjskie rozszerzenie (UK Extension) ram ochrony danych UE–USA, w którym odbiorca posiada certyfikację',
      adequacy: 'brytyjskie przepisy o odpowiednim stopniu ochrony',
    };
    return `${recipient} (${country}): ${names[tool]}.`;
  },
  storageRule: (country, consent, strictlyNecessary) =>
    `${country}: przechowywanie informacji na Twoim urządzeniu lub uzyskiwanie do nich dostępu wymaga Twojej zgody (${consent})${
      strictlyNecessary ? `, chyba że jest to niezbędne do świadczenia usługi, o którą prosisz (${strictlyNecessary})` : ''
    }.`,
};
