import { assignRefs, isUuid, isValidRef } from '../domain/refs';
import type { ResourceDefinition } from '../registry/shared/resource-definition';

/**
 * The ref each item of a document's list is stored with: its own when it is a valid ref, the slug of it
 * when it is some other string ("Cat_Email" → "cat-email"), the slug of the item's name when it is a UUID
 * (a document exported before refs were stored used ids); de-duplicated with `-2`, `-3`… in document order.
 */
export function storedRefs(def: ResourceDefinition, list: readonly Record<string, unknown>[]): Map<string, string> {
  const items = list.filter((item): item is Record<string, unknown> & { ref: string } => typeof item?.ref === 'string');
  const nameOf = (item: Record<string, unknown>): string => {
    const name = def.nameOf(item as never) as unknown;
    return typeof name === 'string' ? name : '';
  };
  const refs = assignRefs(
    items.map((item) => ({
      given: isValidRef(item.ref) ? item.ref : null,
      name: isUuid(item.ref) ? nameOf(item) : item.ref,
      type: def.entityType,
    })),
    new Set(),
  );
  return new Map(items.map((item, i) => [item.ref, refs[i]]));
}
