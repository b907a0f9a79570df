import type { PolicyLanguage } from './languages';
import type { EntityType } from './entity-types';

/** A translated text: a string, or a list of strings where the base field is a list (a category's examples). */
export type TranslatedText = string | string[];

/**
 * An entry's free texts in other languages: language → translatable field (a dot path for nested
 * fields, `automatedDecision.logic`) → text. The base text, in the controller's `language`, stays in
 * the fields themselves.
 */
export type Translations = Partial<Record<PolicyLanguage, Record<string, TranslatedText>>>;

/**
 * The free texts of each entry type that reach a notice, and so can (and for a notice in another
 * language must) be translated. Slugs, URLs, e-mail addresses, country codes, durations in ISO 8601
 * and legal names (the controller's, a tracker's provider) are the same in every language and absent here.
 */
export const TRANSLATABLE: Record<EntityType, readonly string[]> = {
  controller: ['supervisoryAuthority.name', 'representative.address', 'notApplicable.dpo', 'notApplicable.representative'],
  service: ['name'],
  data_category: ['name', 'description', 'examples'],
  data_subject_category: ['name', 'relationship'],
  recipient: ['name', 'description', 'jointArrangement', 'contactPoint'],
  transfer: ['safeguards', 'copyInstructions'],
  retention_rule: ['criteria', 'legalReference'],
  security_measure: ['name', 'description'],
  tracker: ['name', 'purpose', 'duration', 'optOut'],
  collection_point: ['name'],
  processing_activity: [
    'name',
    'purpose',
    'legitimateInterest',
    'legalObligation',
    'consentMechanism',
    'consentWithdrawal',
    'criminalDataAuthorisation',
    'specialCategoryLaw',
    'sources',
    'sourceUnnamedReason',
    'automatedDecision.logic',
    'automatedDecision.significance',
    'automatedDecision.exceptionLaw',
    'automatedDecision.humanIntervention',
    'automatedDecision.expressView',
    'automatedDecision.contest',
    'softOptIn.objection',
    'requirement.consequences',
    'notApplicable.retention',
    'notApplicable.securityMeasures',
    'notApplicable.recipients',
  ],
};

/** The value at a dot path of an item (`requirement.consequences`); undefined where a step is missing. */
export function textAt(item: object, path: string): unknown {
  let value: unknown = item;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** A copy of an item with the value at a dot path replaced; the objects on the path are copied, the rest shared. */
export function withTextAt<T extends object>(item: T, path: string, text: TranslatedText): T {
  const [key, ...rest] = path.split('.');
  const own = item as Record<string, unknown>;
  if (rest.length === 0) return { ...own, [key]: text } as T;
  const inner = own[key];
  if (inner === null || typeof inner !== 'object') return item;
  return { ...own, [key]: withTextAt(inner, rest.join('.'), text) } as T;
}

/**
 * The translations left once the base texts at `changed` paths have changed: a translation of a text
 * that is no longer the text would tell readers of that language something the registry no longer says,
 * so it goes, and the policies in that language report it missing (`translation-missing`) until it is
 * translated again. Null when nothing is dropped.
 */
export function withoutStaleTranslations(
  translations: Translations,
  before: object,
  after: object,
  fields: readonly string[],
): Translations | null {
  const changed = fields.filter((path) => JSON.stringify(textAt(before, path) ?? null) !== JSON.stringify(textAt(after, path) ?? null));
  if (changed.length === 0) return null;
  let dropped = false;
  const kept: Translations = {};
  for (const [language, texts] of Object.entries(translations) as [PolicyLanguage, Record<string, TranslatedText>][]) {
    const left = Object.fromEntries(Object.entries(texts).filter(([path]) => !changed.includes(path)));
    if (Object.keys(left).length !== Object.keys(texts).length) dropped = true;
    if (Object.keys(left).length > 0) kept[language] = left;
  }
  return dropped ? kept : null;
}
