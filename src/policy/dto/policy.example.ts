import { exampleId } from '../../examples/example-ids';

/** The Swagger UI example of a new policy: the notice for the example registry's service, for its customers. */
export const POLICY_EXAMPLE = {
  title: 'LiveChat Instagram channel - Privacy notice for customers',
  serviceId: exampleId('service', 'svc-instagram'),
  dataSubjectCategoryIds: [exampleId('data_subject_category', 'ds-users')],
  language: 'en',
  languages: ['en', 'pl'],
  options: { noticeDays: 30 },
};

/** A PATCH changes only what it names. */
export const POLICY_PATCH_EXAMPLE = { options: { noticeDays: 14 } };
