/** The Swagger UI example of a new category of data subjects. */
export const DATA_SUBJECT_CATEGORY_EXAMPLE = {
  name: 'Job applicants',
  description: 'People who apply for a job with us, through our website or by e-mail.',
  usesServices: false,
  translations: { pl: { name: 'Kandydaci do pracy' } },
};

/** A PATCH changes only what it names: a clearer description. */
export const DATA_SUBJECT_CATEGORY_PATCH_EXAMPLE = {
  description: 'People who apply for a job with us, through our website, by e-mail or through a recruitment agency.',
};
