/**
 * The Swagger UI example of a new collection point: a sign-up form of the example registry's service, which
 * collects identity and contact details to conclude the contract (links by ref; the example registry's own
 * `contact-form` and `cookie-settings` are taken).
 */
export const COLLECTION_POINT_EXAMPLE = {
  name: 'Sign-up form',
  ref: 'sign-up-form',
  serviceId: 'svc-instagram',
  processingActivityIds: ['act-contract'],
  dataCategoryIds: ['cat-identity', 'cat-contact'],
  translations: { pl: { name: 'Formularz rejestracji' }, de: { name: 'Registrierungsformular' } },
};

/** A PATCH changes only what it names: a clearer name. */
export const COLLECTION_POINT_PATCH_EXAMPLE = { name: 'Sign-up form on the pricing page' };
