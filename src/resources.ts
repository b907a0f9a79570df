import { policiesResource } from './policy/policies.resource';
import { ResourceCatalogue } from './registry/shared/resource-catalogue';
import type { CrudDefinition } from './registry/shared/resource-definition';
import { RESOURCE_DEFINITIONS } from './registry/shared/resource-registry';

/**
 * Everything on the one CRUD mechanism: the registry's resources, then the policies (whose scope refers to
 * registry items, so deleting a service a policy names is refused). Composed here, at the root, because the
 * record must not know what is generated from it; the order is the order referrers are listed in a 409.
 */
export const CRUD_DEFINITIONS: readonly CrudDefinition[] = [...RESOURCE_DEFINITIONS, policiesResource as unknown as CrudDefinition];

/** The catalogue every RegistryService looks reference targets and referrers up in. */
export const RESOURCE_CATALOGUE = new ResourceCatalogue(CRUD_DEFINITIONS);
