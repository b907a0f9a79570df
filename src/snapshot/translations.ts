import type { FieldError } from '../common/errors';
import { POLICY_LANGUAGES, type PolicyLanguage } from './languages';
import type { EntityType } from './registry-snapshot';

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
  data_subject_category: ['name'],
  recipient: ['name', 'description', 'jointArrangement', 'contactPoint'],
  transfer: ['safeguards', 'copyInstructions'],
  retention_rule: ['criteria', 'legalReference'],
  security_measure: ['name', 'description'],
  tracker: ['name', 'purpose', 'duration', 'optOut'],
  processing_activity: [
    'name',
    'purpose',
    'legitimateInterest',
    'legalObligation',
    'consentMechanism',
    'consentWithdrawal',
    'criminalDataAuthorisation',
    'sources',
    'automatedDecision.logic',
    'automatedDecision.significance',
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

/** What a translation of one field must be, as the base field is validated: its length, and whether it is a list. */
export interface TextFieldSpec {
  maxLength: number;
  /** The base field is a list of strings; then the most items it holds */
  array: { maxSize: number } | null;
}

/** Where the `translations` of one kind of entry may write, and how. */
export interface TranslatableSpec {
  /** Singular, for messages: "processing activity" */
  label: string;
  fields: readonly string[];
  /** The rule of the base field at a path */
  fieldSpec(path: string): TextFieldSpec;
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The errors of a `translations` value, each at its path (`translations.pl.purpose`): languages must be
 * policy languages, fields declared translatable, values non-empty texts no longer than the base
 * field allows (lists of them where the base field is a list). Empty for a valid value.
 */
export function translationErrors(value: unknown, spec: TranslatableSpec, prefix = 'translations'): FieldError[] {
  if (value === undefined) return [];
  if (!isRecord(value))
    return [{ path: prefix, message: `${prefix} must be an object: language → field → text, e.g. {"pl": {"name": "…"}}` }];
  const errors: FieldError[] = [];
  const translatable = spec.fields.length > 0 ? spec.fields.join(', ') : 'none';
  for (const [language, fields] of Object.entries(value)) {
    const at = `${prefix}.${language}`;
    if (!(POLICY_LANGUAGES as readonly string[]).includes(language)) {
      errors.push({ path: at, message: `${at}: ${language} is not a policy language; languages: ${POLICY_LANGUAGES.join(', ')}` });
      continue;
    }
    if (!isRecord(fields)) {
      errors.push({ path: at, message: `${at} must be an object: field → text` });
      continue;
    }
    for (const [field, text] of Object.entries(fields)) {
      const path = `${at}.${field}`;
      if (!spec.fields.includes(field)) {
        errors.push({ path, message: `${path} is not a translatable field of ${spec.label}; translatable: ${translatable}` });
        continue;
      }
      const { maxLength, array } = spec.fieldSpec(field);
      const textError = (t: unknown, where: string): FieldError | null =>
        typeof t !== 'string' || t.trim() === ''
          ? { path: where, message: `${where} must be a non-empty text` }
          : t.length > maxLength
            ? { path: where, message: `${where} must be at most ${maxLength} characters, as ${field} itself` }
            : null;
      if (array) {
        if (!Array.isArray(text)) errors.push({ path, message: `${path} must be a list of texts, as ${field} itself` });
        else if (text.length > array.maxSize) errors.push({ path, message: `${path} must hold at most ${array.maxSize} texts` });
        else text.forEach((t, i) => errors.push(...[textError(t, `${path}[${i}]`)].filter((e): e is FieldError => e !== null)));
      } else {
        const error = textError(text, path);
        if (error) errors.push(error);
      }
    }
  }
  return errors;
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
