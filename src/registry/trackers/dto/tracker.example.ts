/**
 * The Swagger UI example of a new tracker: a strictly necessary cookie of the website's chat, serving the
 * example registry's "Answering enquiries" activity (no consent needed, so no opt-out); links by ref.
 */
export const TRACKER_EXAMPLE = {
  name: 'Chat session cookie',
  kind: 'cookie',
  category: 'strictly_necessary',
  provider: 'LiveChat Integrations',
  party: 'first',
  purpose: 'Keeps the chat on our website connected to your conversation while you move between pages.',
  duration: 'Until you close the browser',
  serviceIds: ['svc-instagram'],
  processingActivityId: 'act-contact',
  dataCategoryIds: ['cat-device-id'],
  translations: {
    pl: {
      name: 'Plik cookie sesji czatu',
      purpose: 'Utrzymuje połączenie czatu na naszej stronie z Twoją rozmową, gdy przechodzisz między stronami.',
      duration: 'Do zamknięcia przeglądarki',
    },
  },
};

/** A PATCH changes only what it names: the provider under its full legal name. */
export const TRACKER_PATCH_EXAMPLE = { provider: 'LiveChat Integrations sp. z o.o.' };
