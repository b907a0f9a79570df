/** The Swagger UI example of a new policy: the notice for the example registry's service, for its customers (linked by refs). */
export const POLICY_EXAMPLE = {
  title: 'LiveChat Instagram channel - Privacy notice for customers',
  serviceId: 'svc-instagram',
  dataSubjectCategoryIds: ['ds-users'],
  language: 'en',
  languages: ['en', 'pl'],
  options: { noticeDays: 30 },
  translations: { pl: { title: 'Kanał LiveChat na Instagramie – informacja o prywatności dla klientów' } },
};

/**
 * A PATCH changes only what it names: here the title, in both of the policy's languages (a new title
 * without its translation would leave the Polish notice without one). Not `options`: an object is
 * replaced whole, so a PATCH of `options.noticeDays` alone would clear the policy's other options.
 */
export const POLICY_PATCH_EXAMPLE = {
  title: 'Privacy notice for customers of the LiveChat Instagram channel',
  translations: { pl: { title: 'Informacja o prywatności dla klientów kanału LiveChat na Instagramie' } },
};

/**
 * The Swagger UI example of publishing: the first version of a notice, in effect from the moment it is
 * published (no `effectiveFrom`), changing nothing that was published before (`material: false`).
 */
export const PUBLISH_VERSION_EXAMPLE = { changeSummary: 'First version of this privacy notice.', material: false };
