import type { ResourceDefinition } from '../shared/resource-definition';
import { RecipientEntity } from './recipient.entity';

export const recipientsResource: ResourceDefinition<RecipientEntity> = {
  entityType: 'recipient',
  entity: RecipientEntity,
  label: 'recipient',
  path: 'recipients',
  relations: [],
  filters: { country: { property: 'country' }, type: { property: 'type' } },
  sortable: ['name', 'type', 'country', 'createdAt', 'updatedAt'],
  nameOf: (r) => r.name,
};
