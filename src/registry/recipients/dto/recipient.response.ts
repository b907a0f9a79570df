import { IntersectionType } from '@nestjs/swagger';
import { RegistryItemMeta } from '../../shared/registry-item.response';
import { CreateRecipientDto } from './create-recipient.dto';

export class RecipientResponse extends IntersectionType(CreateRecipientDto, RegistryItemMeta) {}
