import { Index } from 'typeorm';
import type { CrudDefinition } from './resource-definition';

/**
 * Declares an index on (property, id) for every sortable property of every resource, so that a list
 * page is read from an index in either direction, however deep, by offset or by cursor. Derived from
 * the definitions: a property made sortable gets its index (and `migration:check` asks for its migration).
 */
export function declareSortIndexes(definitions: readonly CrudDefinition[]): void {
  for (const def of definitions) for (const property of def.sortable) Index([property, 'id'])(def.entity);
}
