/**
 * The Swagger UI example of PUT /controller: the example registry's controller, exactly as first start
 * loads it (a unit test keeps the two equal), so sending it unchanged on a fresh install changes nothing.
 * Identity first, then contact, authority, and what is not applicable, in the order a DPO fills them in.
 */
export const CONTROLLER_PROFILE_EXAMPLE = {
  legalName: 'LiveChat Integrations',
  registeredAddress: {
    street: 'Hiacyntowa 14',
    postalCode: '55-095',
    city: 'Mirków',
    country: 'PL',
  },
  registrationNumber: '0001013695',
  email: 'contact@livechat-integrations.com',
  phone: null,
  website: 'https://livechat-integrations.com',
  supervisoryAuthority: {
    name: 'President of the Personal Data Protection Office (Prezes Urzędu Ochrony Danych Osobowych, PUODO)',
    country: 'PL',
    website: 'https://uodo.gov.pl',
  },
  minimumAge: 16,
  dpo: null,
  representative: null,
  ukRepresentative: null,
  swissRepresentative: null,
  notApplicable: {
    dpo: 'The law does not require us to appoint one: our core activities involve neither large-scale regular and systematic monitoring of people nor large-scale processing of special categories of data (Art. 37(1) GDPR).',
    representative: 'We are established in the European Union (Poland), so Art. 27 GDPR does not apply to us.',
  },
  language: 'en',
  gpcHonouredSince: null,
  translations: {
    pl: {
      'supervisoryAuthority.name': 'Prezes Urzędu Ochrony Danych Osobowych (PUODO)',
      'notApplicable.dpo':
        'Przepisy nie wymagają od nas wyznaczenia inspektora ochrony danych: nasza główna działalność nie polega ani na regularnym i systematycznym monitorowaniu osób na dużą skalę, ani na przetwarzaniu na dużą skalę szczególnych kategorii danych (art. 37 ust. 1 RODO).',
      'notApplicable.representative': 'Mamy siedzibę w Unii Europejskiej (w Polsce), dlatego art. 27 RODO nas nie dotyczy.',
    },
  },
};
