import type { EntityType } from '../../domain/entity-types';
import type { CrudDefinition } from './resource-definition';

/**
 * Everything on the one CRUD mechanism: the registry's resources and what is built on them (policies,
 * whose scope refers to registry items). Composed at the application root (src/resources.ts) and
 * provided to every RegistryService, so that the record never names what is generated from it. The
 * reference checks (422 missing targets, 409 referrers) and the `{id,ref,name}` summaries look targets up here.
 */
export class ResourceCatalogue {
  constructor(readonly definitions: readonly CrudDefinition[]) {}

  /** The definition of an entity type; bound, so that it can be handed on as a function. */
  readonly definitionOf = (type: EntityType): CrudDefinition => {
    const def = this.definitions.find((d) => d.entityType === type);
    if (!def) throw new Error(`No resource definition for ${type}`);
    return def;
  };
}
