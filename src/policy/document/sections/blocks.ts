import type { EntityRef, EntityType } from '../../../domain/entity-types';
import type { ProcessingActivity } from '../../../domain/registry-snapshot';
import type { Block, ListItem } from '../model';

type Versioned = { id: string; version: number };

/** The provenance of a sentence: the registry entry, at its version. */
export const ref = (type: EntityType, item: Versioned): EntityRef => ({ type, id: item.id, version: item.version });

/** Unique refs in first-seen order, so that provenance is deterministic. */
export function uniqueRefs(refs: EntityRef[]): EntityRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const key = `${r.type}:${r.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export const paragraph = (text: string, sources: EntityRef[]): Block => ({ kind: 'paragraph', text, sources: uniqueRefs(sources) });
export const list = (intro: string | null, items: ListItem[]): Block => ({
  kind: 'list',
  intro,
  items,
  sources: uniqueRefs(items.flatMap((i) => i.sources)),
});

export function activityRefs(activities: ProcessingActivity[]): EntityRef[] {
  return activities.map((a) => ref('processing_activity', a));
}

/** The items with these ids, in the items' own (snapshot) order. */
export function byIds<T extends { id: string }>(items: T[], ids: Iterable<string>): T[] {
  const wanted = new Set(ids);
  return items.filter((item) => wanted.has(item.id));
}
