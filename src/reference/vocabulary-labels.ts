/**
 * How the registry's vocabulary reads in Swagger descriptions and the exports, each label citing its
 * article: roles, recipient types, retention triggers, collection methods, tracker kinds and categories.
 */
import type { ActivityRole, CollectionMethod, RecipientType, RetentionTrigger, TrackerCategory, TrackerKind } from '../domain/vocabulary';

export const ACTIVITY_ROLE_LABELS: Record<ActivityRole, string> = {
  controller: 'we decide why and how (Art. 30(1) record)',
  joint_controller: 'we decide jointly with another controller (Art. 26, Art. 30(1) record)',
  processor: 'we process on behalf of another controller (Art. 30(2) record)',
};

export const RECIPIENT_TYPE_LABELS: Record<RecipientType, string> = {
  processor: 'processor acting on our instructions (Art. 28)',
  sub_processor: 'sub-processor engaged by one of our processors (Art. 28(4))',
  joint_controller: 'joint controller (Art. 26)',
  independent_controller: 'independent controller with its own privacy policy',
  public_authority: 'public authority, when the law requires it',
  internal: 'our own personnel',
};

/**
 * A processor or sub-processor as the processor record (Art. 30(2)) names it: when we act as processor,
 * whoever processes for us is our sub-processor, engaged with the controller's written authorisation
 * (Art. 28(2)) and bound by the same obligations (Art. 28(4)).
 */
export const OUR_SUB_PROCESSOR_LABEL = "our sub-processor, engaged with the controller's authorisation (Art. 28(2), (4))";

export const RETENTION_TRIGGER_LABELS: Record<RetentionTrigger, string> = {
  collection: 'from the time the data are collected',
  end_of_contract: 'from the end of the contract',
  consent_withdrawal: 'until consent is withdrawn',
  last_activity: 'from the last activity',
  claims_expiry: 'until claims related to the contract expire',
  other: 'from the event described in the criteria',
};

export const COLLECTION_METHOD_LABELS: Record<CollectionMethod, string> = {
  provided: 'provided by the data subject',
  observed: 'observed from the use of the service',
  derived: 'derived or inferred from other data',
  third_party: 'obtained from a third party (Art. 14)',
};

export const TRACKER_KIND_LABELS: Record<TrackerKind, string> = {
  cookie: 'cookie',
  web_beacon: 'web beacon',
  pixel: 'tracking pixel',
  local_storage: 'local storage',
  sdk: 'software development kit',
};

export const TRACKER_CATEGORY_LABELS: Record<TrackerCategory, string> = {
  strictly_necessary: 'strictly necessary (no consent needed, ePrivacy Art. 5(3))',
  functional: 'functional (consent)',
  analytics: 'analytics (consent)',
  marketing: 'marketing (consent)',
};
