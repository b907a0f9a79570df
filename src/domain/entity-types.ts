/** Entity type names as used in provenance, audit events and findings. */
export const ENTITY_TYPES = [
  'controller',
  'service',
  'data_category',
  'data_subject_category',
  'recipient',
  'transfer',
  'retention_rule',
  'security_measure',
  'tracker',
  'processing_activity',
  'collection_point',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Where a generated block or a finding comes from. */
export interface EntityRef {
  type: EntityType;
  id: string;
  version: number;
}
