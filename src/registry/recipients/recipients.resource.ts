import type { Recipient } from '../../domain/registry-snapshot';
import { declaring } from '../shared/field-link';
import { TRANSLATABLE } from '../../domain/translations';
import { CreateRecipientDto } from './dto/create-recipient.dto';
import type { ResourceDefinition } from '../shared/resource-definition';
import { RecipientEntity } from './recipient.entity';

export const recipientsResource: ResourceDefinition<RecipientEntity> = {
  entityType: 'recipient',
  translatable: TRANSLATABLE.recipient,
  collection: 'recipients',
  entity: declaring<Recipient>()(RecipientEntity),
  label: 'recipient',
  path: 'recipients',
  createDto: declaring<Recipient>()(CreateRecipientDto),
  relations: [],
  filters: { country: { property: 'country' }, type: { property: 'type' } },
  sortable: ['name', 'type', 'country', 'createdAt', 'updatedAt'],
  nameOf: (r) => r.name,
};
