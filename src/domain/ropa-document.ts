import type {
  ControllerProfile,
  DataCategory,
  DataSubjectCategory,
  EntityMeta,
  ProcessingActivity,
  Recipient,
  RegistrySnapshot,
  RetentionRule,
  SecurityMeasure,
  Service,
  Tracker,
  CollectionPoint,
  Transfer,
} from './registry-snapshot';

/**
 * The registry as one JSON document: what `GET /exports/ropa?format=json` returns and what
 * `POST /imports/ropa` accepts. Every item carries a `ref`; relation fields (`…Id`, `…Ids`) hold refs
 * of other items in the same document. An export writes each item's stored ref (links as the refs of
 * the items they name), and an import stores each ref that is a valid one (lower-case letters, digits
 * and hyphens, not a UUID); a hand-written file may use any unique string ("Cat_Email"), which the
 * import stores as its slug, and a ref in the shape of a UUID (files exported before refs were stored)
 * is replaced by the slug of the item's name.
 */
export const ROPA_DOCUMENT_FORMAT = 'ropa-registry/1';

type Item<T extends EntityMeta> = Omit<T, keyof EntityMeta> & { ref: string };

export interface RopaDocument {
  format: typeof ROPA_DOCUMENT_FORMAT;
  controller: Omit<ControllerProfile, keyof EntityMeta> | null;
  services: Item<Service>[];
  dataCategories: Item<DataCategory>[];
  dataSubjectCategories: Item<DataSubjectCategory>[];
  recipients: Item<Recipient>[];
  transfers: Item<Transfer>[];
  retentionRules: Item<RetentionRule>[];
  securityMeasures: Item<SecurityMeasure>[];
  trackers: Item<Tracker>[];
  processingActivities: Item<ProcessingActivity>[];
  collectionPoints: Item<CollectionPoint>[];
}

/** The collections of a snapshot / document, in the order an import must create them. */
export const REGISTRY_COLLECTIONS = [
  'services',
  'dataCategories',
  'dataSubjectCategories',
  'recipients',
  'transfers',
  'retentionRules',
  'securityMeasures',
  'processingActivities',
  'trackers',
  'collectionPoints',
] as const satisfies readonly (keyof RegistrySnapshot & keyof RopaDocument)[];
export type RegistryCollection = (typeof REGISTRY_COLLECTIONS)[number];
