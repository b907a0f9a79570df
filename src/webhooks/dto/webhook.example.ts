import { exampleId } from '../../examples/example-ids';

/**
 * The Swagger UI example of a new endpoint: the website's CMS, told when a notice of the example
 * registry's service comes into effect. `active` is left to its default (active).
 */
export const WEBHOOK_EXAMPLE = {
  url: 'https://cms.example.com/hooks/ropa',
  description: 'Website CMS: rebuilds the privacy page',
  events: ['policy.version.effective'],
  serviceIds: [exampleId('service', 'svc-instagram')],
};

/** A PATCH changes only what it names: the CMS also wants to hear of a version as soon as it is published. */
export const WEBHOOK_PATCH_EXAMPLE = { events: ['policy.version.published', 'policy.version.effective'] };

/** Rotating: the old secret keeps signing for a day beside the new one. */
export const ROTATE_SECRET_EXAMPLE = { gracePeriodSeconds: 86_400 };
