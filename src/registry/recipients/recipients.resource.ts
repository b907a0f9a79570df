import type { FieldError } from '../../common/errors';
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
  relations: [{ field: 'engagedBy', target: 'recipient', many: false, summary: 'engagedByRecipient' }],
  filters: { country: { property: 'country' }, type: { property: 'type' } },
  sortable: ['name', 'type', 'country', 'createdAt', 'updatedAt'],
  nameOf: (r) => r.name,
  validate(r) {
    const errors: FieldError[] = [];
    if (r.engagedBy != null && r.type !== 'sub_processor')
      errors.push({
        path: 'engagedBy',
        message: 'engagedBy is only for a sub_processor (Art. 28(2), (4)); set it to null when changing the type',
      });
    if (r.engagedBy != null && r.id !== undefined && r.engagedBy === r.id)
      errors.push({ path: 'engagedBy', message: 'a recipient cannot have engaged itself' });
    return errors;
  },
};
