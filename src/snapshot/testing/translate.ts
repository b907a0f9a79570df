import type { PolicyLanguage } from '../../domain/languages';
import { COLLECTION_OF } from '../as-of';
import type { EntityType } from '../../domain/entity-types';
import type { RegistrySnapshot } from '../../domain/registry-snapshot';
import { type TranslatedText, type Translations, TRANSLATABLE, textAt } from '../../domain/translations';

type Entry = { id: string; translations: Translations };

/** A translation that shows where it came from: `[pl] To deliver what you ordered.` */
export const marked = (language: PolicyLanguage, text: string): string => `[${language}] ${text}`;

function translateEntry<T extends Entry>(item: T, type: EntityType, language: PolicyLanguage): T {
  const fields: Record<string, TranslatedText> = {};
  for (const field of TRANSLATABLE[type]) {
    const text = textAt(item, field);
    if (typeof text === 'string' && text.trim() !== '') fields[field] = marked(language, text);
    else if (Array.isArray(text) && text.length > 0) fields[field] = (text as string[]).map((t) => marked(language, t));
  }
  return { ...item, translations: { ...item.translations, [language]: fields } };
}

/** The snapshot with every translatable text translated into `language` (marked, so a test can tell it apart). */
export function translatedInto(snapshot: RegistrySnapshot, language: PolicyLanguage): RegistrySnapshot {
  const out: RegistrySnapshot = {
    ...snapshot,
    controller: snapshot.controller ? translateEntry(snapshot.controller, 'controller', language) : null,
  };
  for (const [type, collection] of Object.entries(COLLECTION_OF) as [Exclude<EntityType, 'controller'>, keyof RegistrySnapshot][]) {
    (out as unknown as Record<string, Entry[]>)[collection] = (snapshot[collection] as Entry[]).map((item) =>
      translateEntry(item, type, language),
    );
  }
  return out;
}

/** The snapshot with one translation of one entry taken out. */
export function withoutTranslation(snapshot: RegistrySnapshot, type: EntityType, id: string, field: string): RegistrySnapshot {
  const drop = <T extends Entry>(item: T): T =>
    item.id !== id
      ? item
      : {
          ...item,
          translations: Object.fromEntries(
            Object.entries(item.translations).map(([language, fields]) => [
              language,
              Object.fromEntries(Object.entries(fields ?? {}).filter(([f]) => f !== field)),
            ]),
          ),
        };
  if (type === 'controller') return { ...snapshot, controller: snapshot.controller ? drop(snapshot.controller) : null };
  const collection = COLLECTION_OF[type];
  return { ...snapshot, [collection]: (snapshot[collection] as Entry[]).map(drop) };
}
