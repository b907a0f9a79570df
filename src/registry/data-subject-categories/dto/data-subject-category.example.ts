/** The Swagger UI example of a new category of data subjects. */
export const DATA_SUBJECT_CATEGORY_EXAMPLE = {
  name: 'Job applicants',
  description: 'People who apply for a job with us, through our website or by e-mail.',
  usesServices: false,
  relationship: 'when you apply for a job with us',
  translations: { pl: { name: 'Kandydaci do pracy', relationship: 'gdy ubiegasz się u nas o pracę' } },
};

/** A PATCH changes only what it names: a clearer description. */
export const DATA_SUBJECT_CATEGORY_PATCH_EXAMPLE = {
  description: 'People who apply for a job with us, through our website, by e-mail or through a recruitment agency.',
};
