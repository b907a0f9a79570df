import type { Recipient } from '../../domain/registry-snapshot';
import { declaring } from '../shared/field-link';
import { TRANSLATABLE } from '../../domain/translations';
import { CreateRecipientDto } from './dto/create-recipient.dto';
import type { ResourceDefinition } from '../shared/resource-definition';
import { RecipientEntity } from './recipient.entity';
import { RECIPIENT_EXAMPLE, RECIPIENT_PATCH_EXAMPLE } from './dto/recipient.example';

export const recipientsResource: ResourceDefinition<RecipientEntity> = {
  entityType: 'recipient',
  translatable: TRANSLATABLE.recipient,
  collection: 'recipients',
  entity: declaring<Recipient>()(RecipientEntity),
  label: 'recipient',
  path: 'recipients',
  createDto: declaring<Recipient>()(CreateRecipientDto),
  examples: { create: RECIPIENT_EXAMPLE, update: RECIPIENT_PATCH_EXAMPLE },
  relations: [],
  filters: { country: { property: 'country' }, type: { property: 'type' } },
  sortable: ['name', 'type', 'country', 'createdAt', 'updatedAt'],
  nameOf: (r) => r.name,
};
