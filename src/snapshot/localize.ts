import { ISO_DURATION } from '../common/validators';
import type { PolicyLanguage } from '../domain/languages';
import { COLLECTION_OF } from './as-of';
import type { EntityType } from '../domain/entity-types';
import type { RegistrySnapshot } from '../domain/registry-snapshot';
import { type TranslatedText, type Translations, TRANSLATABLE, textAt, withTextAt } from '../domain/translations';

/** A base text that has no translation into a language a notice is written in. */
export interface MissingTranslation {
  entityType: EntityType;
  entityId: string;
  /** The translatable field, a dot path for nested ones */
  field: string;
  language: PolicyLanguage;
}

/** The language the registry's own texts are written in: the controller's `language`, English without a controller. */
export function baseLanguage(snapshot: RegistrySnapshot): PolicyLanguage {
  return snapshot.controller?.language ?? 'en';
}

/** A text that needs translating: non-empty, and not an ISO 8601 duration (a tracker's `P1Y`, which the notice words itself). */
function needsTranslation(value: unknown): value is TranslatedText {
  if (Array.isArray(value)) return value.some((v) => typeof v === 'string' && v.trim() !== '');
  return typeof value === 'string' && value.trim() !== '' && !ISO_DURATION.test(value.trim());
}

type Entry = { id: string; translations?: Translations };

function localizeEntry<T extends Entry>(item: T, type: EntityType, language: PolicyLanguage, missing: MissingTranslation[]): T {
  let localized = item;
  for (const field of TRANSLATABLE[type]) {
    if (!needsTranslation(textAt(item, field))) continue;
    const translation = item.translations?.[language]?.[field];
    if (translation === undefined) missing.push({ entityType: type, entityId: item.id, field, language });
    else localized = withTextAt(localized, field, translation);
  }
  return localized;
}

/**
 * The snapshot as a notice in `language` reads it: every translatable text replaced by its translation
 * into that language, and the list of base texts that have none (kept as they are, for the
 * `translation-missing` finding to name). In the base language the snapshot comes back unchanged.
 * Ids and versions stay, so the provenance of a localized notice is that of the registry.
 */
export function localizeSnapshot(
  snapshot: RegistrySnapshot,
  language: PolicyLanguage,
): { snapshot: RegistrySnapshot; missing: MissingTranslation[] } {
  if (language === baseLanguage(snapshot)) return { snapshot, missing: [] };
  const missing: MissingTranslation[] = [];
  const localized: RegistrySnapshot = {
    ...snapshot,
    controller: snapshot.controller ? localizeEntry(snapshot.controller, 'controller', language, missing) : null,
  };
  for (const [type, collection] of Object.entries(COLLECTION_OF) as [Exclude<EntityType, 'controller'>, keyof RegistrySnapshot][]) {
    const items = snapshot[collection] as Entry[];
    (localized as unknown as Record<string, Entry[]>)[collection] = items.map((item) => localizeEntry(item, type, language, missing));
  }
  return { snapshot: localized, missing };
}
