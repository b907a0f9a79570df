/**
 * The Swagger UI example of a new collection point: the example registry's contact form, which collects
 * identity, contact details and the message to answer an enquiry (links by ref).
 */
export const COLLECTION_POINT_EXAMPLE = {
  name: 'Contact form',
  ref: 'contact-form',
  serviceId: 'svc-instagram',
  processingActivityIds: ['act-contact'],
  dataCategoryIds: ['cat-identity', 'cat-contact', 'cat-content'],
  translations: { pl: { name: 'Formularz kontaktowy' }, de: { name: 'Kontaktformular' } },
};

/** A PATCH changes only what it names: a clearer name. */
export const COLLECTION_POINT_PATCH_EXAMPLE = { name: 'Contact form on the help page' };
