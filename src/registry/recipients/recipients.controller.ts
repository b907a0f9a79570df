import { createRegistryController } from '../shared/registry.controller';
import { RecipientQuery } from './dto/recipient.query';
import { RecipientResponse } from './dto/recipient.response';
import { UpdateRecipientDto } from './dto/update-recipient.dto';
import { recipientsResource } from './recipients.resource';

export class RecipientsController extends createRegistryController(recipientsResource, {
  singular: 'Recipient',
  plural: 'Recipients',
  description: 'Art. 30(1)(d): the recipients to whom data are disclosed, including those in third countries, with their role and country.',
  updateDto: UpdateRecipientDto,
  queryDto: RecipientQuery,
  response: RecipientResponse,
}) {}
