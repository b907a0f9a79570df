/** The Swagger UI example of a new recipient: a processor in the controller's own country, bound by an Art. 28 agreement. */
export const RECIPIENT_EXAMPLE = {
  name: 'Accounting office',
  type: 'processor',
  country: 'PL',
  description: 'The accounting office that keeps our books and prepares our tax returns, on our instructions only.',
  dpaReference: 'Data processing agreement under Art. 28(3) GDPR',
  dpfCertified: false,
  // A category of recipients, named in each language; a named company ("LiveChat, Inc.") would say legalEntity: true.
  legalEntity: false,
  translations: {
    pl: {
      name: 'Biuro rachunkowe',
      description: 'Biuro rachunkowe, które prowadzi nasze księgi i przygotowuje deklaracje podatkowe, wyłącznie na nasze polecenie.',
    },
  },
};

/** A PATCH changes only what it names: the processing agreement was renewed. */
export const RECIPIENT_PATCH_EXAMPLE = { dpaReference: 'Data processing agreement under Art. 28(3) GDPR, renewed 2026' };
